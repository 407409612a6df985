### Завдання з кількома екранами (українська, machine-drafted)

# audience: learner
assess-tap-through-hint = Торкніться екрана або виберіть місце зі списку. Кожне правильне місце відкриває наступний екран.
assess-tap-screen = Екран { $number } з { $count }
response-error-bad-path = Дотики, записані для питання { $item }, не відповідають його екранам.
session-error-bad-taps = Збережені дотики в питанні { $item } не ведуть через його екрани.
# audience: learner
web-tap-through-hint = Виконайте завдання на телефоні: на кожному екрані торкніться правильного місця.
