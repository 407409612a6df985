# Content limits, session files and answer input (uk). Machine-drafted.
load-error-too-big = файл завеликий або має завелику вкладеність, щоб його прочитати ({ $detail })
load-error-implausible = параметр IRT поза правдоподібним діапазоном ({ $detail })
cli-assess-opt-force = Замінити файл --save, навіть якщо це не збережений сеанс
assess-how-to-answer = Відповідайте номером свого вибору і натисніть Enter. 0 = Я не знаю. q = зупинити (ваші відповіді зберігаються).
assess-saving-to = Ваші відповіді збережено в { $file }
assess-resume-hint = Щоб продовжити пізніше, виконайте: nln assess --resume { $file }
assess-interrupted = Тест перервано.
assess-type-number = Введіть одне число від 1 до { $max } або 0, якщо не знаєте, і натисніть Enter.
assess-type-order = Введіть числа від 1 до { $max } у правильному порядку через пробіл (наприклад: 2 1 3) або 0, якщо не знаєте.
error-not-regular-file = { $path } — не звичайний файл (це посилання, тека, канал або пристрій), тому його не читають і не замінюють.
error-file-too-large = { $path } завеликий для читання (межа в байтах: { $limit }).
error-too-many-files = { $path } містить забагато файлів для читання (межа: { $limit }).
error-not-a-session = { $path } уже існує і не є збереженим сеансом цього тесту. Виберіть інший файл або додайте --force, щоб замінити його.
error-session-in-use = { $path } зараз використовує інший запущений тест.
error-no-saved-session = У { $path } не знайдено збереженого сеансу.
