# nln serve / nln agency: HTTP-сервіс і організації, що ним користуються. Текст для оцінювачів та ІТ.

cli-serve-about = Запустити HTTP/JSON-сервіс для систем прийому
cli-serve-opt-listen = Адреса для прослуховування (IP:PORT)
cli-serve-opt-database = База даних: sqlite:PATH (типово sqlite:nln.db) або postgres://…
cli-serve-opt-rate-limit = Дозволена кількість запитів на секунду для одного ключа (0 вимикає обмеження)
cli-serve-opt-sessions-per-hour = Дозволена кількість нових сесій на годину для одного ключа (0 вимикає обмеження)
cli-agency-about = Керувати організаціями, що користуються сервісом
cli-agency-add-about = Додати організацію та вивести її перший ключ API
cli-agency-opt-name = Назва організації
cli-agency-opt-retention = Скільки днів зберігати дані учнів перед видаленням

serve-listening = Сервіс nln слухає на { $url } (база даних: { $database }).
serve-openapi = Опис API: { $url }
serve-key-hint = Щоб отримати ключ організації, виконайте: { $command }
serve-error-start = Не вдалося запустити сервіс: { $reason }
serve-error-listen = «{ $address }» — не адреса для прослуховування; використайте IP:PORT, наприклад 127.0.0.1:8080.
serve-error-database = «{ $address }» — не адреса бази даних; використайте sqlite:PATH або postgres://…
agency-added = Організацію «{ $name }» додано (id { $id }).
agency-key-once = Нижче її ключ API, показаний лише цього разу: збережіть його надійно; сервіс зберігає тільки його хеш.
agency-error = Не вдалося додати організацію: { $reason }

serve-problem-unauthorized = Вхід не виконано
serve-problem-unauthorized-detail = Надішліть чинний ключ API або токен учня як «Authorization: Bearer …».
serve-problem-forbidden = Не дозволено
serve-problem-forbidden-detail = Цей ключ або токен не дозволяє цієї дії.
serve-problem-not-found = Не знайдено
serve-problem-not-found-detail = Тут немає нічого, що може бачити цей ключ або токен.
serve-problem-method-not-allowed = Метод не дозволено
serve-problem-method-not-allowed-detail = Ця адреса не приймає цей HTTP-метод.
serve-problem-bad-request = Хибний запит
serve-problem-bad-request-detail = Не вдалося прочитати запит: { $reason }
serve-problem-unsupported-media = Непідтримуваний тип вмісту
serve-problem-unsupported-media-detail = Надсилайте тіло як application/json: { $reason }
serve-problem-too-large = Запит завеликий
serve-problem-too-large-detail = Тіло перевищує обмеження в { $limit } байтів.
serve-problem-invalid-answer = Відповідь не підходить до завдання
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] Відповідь називає варіант, якого в цьому завданні немає.
    [score-out-of-range] Бал вищий, ніж дозволяє це завдання.
    [incomplete-order] Упорядкування має назвати кожен крок рівно один раз.
   *[wrong-kind] Такий тип відповіді не підходить до цього завдання; див. його answer_kinds.
}
serve-problem-wrong-sequence = Хибний порядковий номер
serve-problem-wrong-sequence-detail = Сесія чекає на відповідь номер { $expected }. Прочитайте сесію ще раз і дайте відповідь на завдання, яке вона показує.
serve-problem-not-pending = Завдання не чекає на відповідь
serve-problem-not-pending-detail = Це не те завдання, на яке чекає сесія. Прочитайте сесію ще раз і дайте відповідь на завдання, яке вона показує.
serve-problem-finished = Сесію завершено
serve-problem-finished-detail = Ця сесія завершилася й більше не приймає відповідей.
serve-problem-not-finished = Сесію ще не завершено
serve-problem-not-finished-detail = Результат буде готовий, коли сесія завершиться; зупиніть її раніше, щоб визначити рівень за наданими відповідями.
serve-problem-idempotency-key-required = Потрібен Idempotency-Key
serve-problem-idempotency-key-required-detail = Надсилайте унікальний заголовок Idempotency-Key (до 255 символів) з кожною відповіддю і той самий під час повторної спроби.
serve-problem-idempotency-key-reused = Idempotency-Key уже використано
serve-problem-idempotency-key-reused-detail = Цей Idempotency-Key використано для іншого запиту. Для нової відповіді використайте новий ключ.
serve-problem-rate-limited = Забагато запитів
serve-problem-rate-limited-detail = { $seconds ->
    [one] Забагато запитів для цього ключа. Спробуйте ще раз через { $seconds } секунду.
    [few] Забагато запитів для цього ключа. Спробуйте ще раз через { $seconds } секунди.
   *[other] Забагато запитів для цього ключа. Спробуйте ще раз через { $seconds } секунд.
}
serve-problem-unknown-bank = Невідомий банк завдань
serve-problem-unknown-bank-detail = У цьому сервісі немає банку завдань «{ $bank }».
serve-problem-unknown-language = Невідома мова
serve-problem-unknown-language-detail = «{ $language }» не належить до мов, які пропонує цей сервіс.
serve-problem-invalid-join-code = Невідомий код приєднання
serve-problem-invalid-join-code-detail = Цей код приєднання недійсний: можливо, його введено з помилкою, уже використано або строк його дії минув. Попросіть новий.
serve-problem-unavailable = Сервіс недоступний
serve-problem-unavailable-detail = Сервіс зараз не може зв'язатися зі своєю базою даних. Спробуйте трохи згодом; нічого підтвердженого не втрачено.
serve-problem-internal = Внутрішня помилка
serve-problem-internal-detail = На сервері сталася помилка. Нічого підтвердженого не втрачено; спробуйте ще раз.
