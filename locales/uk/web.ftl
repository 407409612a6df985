# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = Українська
web-choose-language = Оберіть свою мову
web-change-language = Обрати іншу мову
web-join-heading = Ваш код тесту
web-join-help = Ваш оцінювач дає вам код. Введіть його тут.
web-join-label = Код тесту
web-join-button = Почати
web-join-invalid = Цей код не працює. Перевірте його або попросіть в оцінювача новий код.
web-familiar-heading = Перед початком
web-familiar-not-scored = Ця вправа не зараховується.
web-familiar-play = Торкніться кнопки звуку, щоб почути слова.
web-familiar-tap = Щоб відповісти, торкніться своєї відповіді. Спробуйте зараз: торкніться зірки.
web-familiar-star = Зірка
web-familiar-done = Молодець!
web-familiar-dont-know = Якщо ви не знаєте відповіді, торкніться «Я не знаю». Це нормально.
web-begin = Почати тест
web-read-aloud = Читати вголос автоматично
web-play = Слухати
web-stop = Зупинити звук
web-order-hint = Торкайтеся кроків у правильному порядку. Щоб змінити, торкніться «Почати знову».
web-order-done = Готово
web-order-again = Почати знову
web-hotspot-hint = Торкніться правильного місця на зображенні.
web-hotspot-list = Або оберіть місце з цього списку:
web-about-you = Про вас. Це не зараховується.
web-wait-assessor = Зараз оцінювач дивиться, як ви виконуєте завдання. Будь ласка, зачекайте.
web-saving = Зберігаємо вашу відповідь…
web-offline = З'єднання втрачено. Вашу відповідь збережено. Пробуємо ще раз.
web-error = Щось пішло не так. Будь ласка, зверніться до оцінювача.
web-end-heading = Дякуємо. Ви закінчили.
web-end-next = Ваші відповіді збережено. Оцінювач поговорить з вами про подальші кроки. Можете закрити цю сторінку.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Перевірка цифрових навичок
web-question-number = Питання { $number }

## Assessor view

web-assessor-title = Сторінка оцінювача
web-assessor-forget-key = Забути ключ
web-assessor-key-heading = Увійдіть за допомогою ключа вашої організації
web-assessor-key-label = Ключ API організації
web-assessor-key-hint = Зберігається лише в цій вкладці браузера, доки ви її не закриєте.
web-assessor-key-use = Використати цей ключ
web-assessor-key-wrong = Цей ключ не працює. Введіть його знову.
web-assessor-start-heading = Почати сесію
web-assessor-learner-ref = Код учня
web-assessor-learner-ref-hint = Код вашої організації для учня: літери, цифри, крапки, дефіси. Ніколи не ім'я.
web-assessor-language = Мова учня
web-assessor-assisted = Я сиджу поруч з учнем і записую спостережувані завдання
web-assessor-start = Почати сесію
web-assessor-session-heading = Сесія триває
web-assessor-answered = Відповідей досі
web-assessor-code = Код входу для пристрою учня:
web-assessor-code-help = Учень відкриває цю адресу на своєму пристрої або сканує QR-код і вводить код. Якщо сторінку закрито, той самий код знову відкриває тест на тому самому питанні.
web-assessor-qr = QR-код посилання для приєднання: скануйте його камерою телефона
web-assessor-new-code = Новий код входу
web-assessor-stop = Завершити сесію зараз
web-assessor-task = Спостережуване завдання: запишіть, як воно пройшло
web-assessor-result = Результат
web-assessor-print = Надрукувати результат
web-assessor-print-learner = Надрукувати сторінку для учня
web-assessor-new = Почати іншу сесію

## Printed result

web-report-heading = Результат з цифрової грамотності
web-report-profile = Профіль за галузями
web-report-can-do = Уміє
web-report-next = Наступні кроки
web-report-based-on = На чому ґрунтується цей результат
web-report-items = Відповідей на питання
web-report-range = Ймовірний діапазон рівнів
web-report-precision = Стандартна похибка (логіти)
web-report-calibration = Калібрування
web-report-language = Мова тесту
web-report-session = Сесія
web-report-time = Дата (UTC)
web-report-not-measured = не виміряно
web-home-heading = Мої цифрові навички
web-home-can = Я вмію
web-home-next = Далі я навчуся
