## Інтерфейс командного рядка і звіти (українська). Змінні заповнює програма.

## Довідка
cli-about = Визначити рівень дорослих учнів за рівнями цифрової грамотності NLN за допомогою короткого адаптивного тесту.
cli-heading-commands = Команди
cli-heading-options = Параметри
cli-opt-help = Показати цю довідку
cli-opt-version = Показати версію
cli-opt-lang = Мова завдань і повідомлень (наприклад, en, fr, fr-CA); типово — з NLN_LANG або LANG
cli-opt-bank = Який вміст використати: теку банку (з bank.yaml) або теку вмісту (з framework.yaml); типово — вбудований банк
cli-opt-bank-name = Який банк із теки вмісту використати
cli-opt-seed = Початкове значення генератора випадкових чисел: те саме значення і ті самі відповіді дають той самий тест
cli-opt-json = Вивести результат у форматі JSON у стандартний вивід
cli-assess-about = Провести оцінювання в терміналі; на кожне питання відповідають його номером
cli-assess-opt-save = Зберігати сесію в цей файл після кожної відповіді (продовжити її можна з --resume)
cli-assess-opt-resume = Продовжити сесію, збережену з --save
cli-assess-opt-no-access = Пропустити питання про доступ (пристрої, підключення, електронна пошта …)
cli-assess-opt-audio = Відтворювати кожне завдання й відповідь аудіопрогравачем із PATH (r = прослухати ще раз)
cli-assess-opt-max-items = Найбільша кількість оцінюваних питань
cli-assess-opt-method = Метод оцінки результату: eap, map, mle або wle
cli-validate-about = Перевірити теку вмісту (рамку, рівні, банки і мови) та вивести всі знайдені помилки
cli-validate-opt-dir = Тека вмісту (наприклад, assessments/) або тека банку
cli-validate-opt-locales = Тека мов, яку треба перевірити разом із вмістом (типово — тека locales поруч із текою вмісту)
cli-simulate-about = Провести змодельованих учнів через адаптивний тест і показати довжину тесту, точність і правильність визначення рівня
cli-simulate-opt-n = Кількість змодельованих учнів
cli-simulate-opt-distribution = Розподіл здібностей: normal (середнє 0, СВ 1) або uniform (від -3,5 до 3,5)
cli-simulate-opt-no-exposure = Не застосовувати обмеження частоти показу завдань

## Оцінювання
assess-intro = Оцінювання цифрової грамотності NLN — { $bank } (версія { $version })
assess-provisional = Примітка: цей банк ще не відкалібровано на реальних відповідях; результати орієнтовні.
assess-instructions = Введіть номер вашої відповіді й натисніть Enter. 0 = Я не знаю. q = зупинитися (ваші відповіді збережуться, якщо ви використовуєте --save).
assess-access-heading = Про вас (без оцінки)
assess-question = Питання { $number }
assess-audio-missing = Аудіо: для цього завдання немає
assess-choose = Ваша відповідь:
assess-order-hint = Введіть номери в правильному порядку через пробіл (наприклад: 2 1 3).
assess-hotspot-hint = Виберіть місце на екрані:
assess-task-hint = Для того, хто оцінює: запишіть, як пройшло виконання завдання.
assess-invalid = Ця відповідь не підходить. Спробуйте ще раз.
assess-saved = Сесію збережено у файлі { $file }.
assess-resumed = Продовжено сесію, у якій є { $count ->
        [one] { $count } відповідь
        [few] { $count } відповіді
        [many] { $count } відповідей
       *[other] { $count } відповіді
    }.
assess-stopped = Зупинено до кінця. Кількість відповідей: { $count }.
assess-input-ended = Введення закінчилося до завершення тесту.
answer-dont-know = Я не знаю

## Результат
result-heading = Результат
result-level = Рівень: { $name }
result-profile = Профіль: { $profile }
result-band = Імовірний діапазон: від NLN { $low } до NLN { $high } (довіра { $confidence } %)
result-theta = Оцінка здібностей: { $theta } (стандартна похибка { $se }, { $method })
result-items = Оцінюваних питань: { $count }. Причина зупинки: { $reason }
result-capped = Загальний рівень залишено на { $code }, бо одна з основних сфер явно нижча (інакше він був би { $uncapped }).
result-irregular = Нерівний профіль: основні сфери відрізняються на два рівні або більше.
result-areas-heading = Сфери
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), питань: { $items } — { $standing }
result-area-not-measured = { $code } { $name }: не оцінено
result-area-few = (мало питань: тлумачте обережно)
result-can-do-heading = Я можу …
result-next-heading = Що вчити далі
result-guidance-heading = Послуги
result-access-heading = Доступ (зі слів учня)
result-provisional = Попередньо: порогові бали та параметри завдань встановили експерти; так буде, доки банк не відкалібровано.
result-review = Завдання показано мовою { $locale } ({ $status }).
standing-strength = сильна сторона
standing-on_level = на рівні
standing-needs_support = потрібна підтримка
standing-not_measured = не оцінено
guidance-phone-services = Може користуватися послугами телефоном і голосовими повідомленнями
guidance-online-services = Готовий до онлайн-занять і онлайн-послуг
guidance-independent = Самостійно користується державними онлайн-послугами і шукає роботу
guidance-met = так
guidance-not_met = ще ні
guidance-unknown = невідомо (про доступ не питали)
stop-precision = результат достатньо точний
stop-classified = рівень визначено
stop-max-items = поставлено найбільшу кількість питань
stop-bank-exhausted = питань не залишилося
stop-none = не завершено
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = перевірено
review-machine-drafted = машинний переклад, ще не перевірено
access-field-devices = Пристрої
access-field-connection = Підключення
access-field-email_account = Обліковий запис електронної пошти
access-field-reads_first_language = Читає рідною мовою
access-field-assistive_needs = Потреби в підтримці
access-field-preferred_channel = Зручний спосіб отримання послуг

## Перевірка
validate-ok = { $path }: помилок немає (завдань у банку { $bank }: { $items }; перевірено мов: { $locales }).
validate-errors = { $path }: знайдено помилок: { $count }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: бракує повідомлення `{ $id }`
validate-missing-audio = { $locale }: в audio.yaml бракує аудіозапису `{ $id }`
validate-coverage = Завдань за рівнями: { $coverage }
validate-no-banks = У { $path } не знайдено жодного банку (очікується banks/<назва>/bank.yaml).

load-error-syntax = не вдається прочитати або не відповідає формату: { $detail }
load-error-missing-field = бракує обов'язкового поля
load-error-invalid-value = недійсне значення: { $detail }
load-error-duplicate-id = повторюваний ідентифікатор { $detail }
load-error-unknown-competence = невідома компетентність { $detail }
load-error-unknown-source = невідоме джерело відповідності { $detail }
load-error-non-positive-a = розрізнювальна здатність a має бути більшою за 0 (отримано { $detail })
load-error-guessing-range = параметр вгадування c має бути не менше 0 і менше 1 (отримано { $detail })
load-error-unordered-thresholds = градуйовані пороги мають строго зростати (отримано { $detail })
load-error-threshold-count = категорії балів і пороги не збігаються (категорії/пороги: { $detail })
load-error-key-not-option = ключ відповіді { $detail } не є одним із варіантів або зон завдання
load-error-model-type = ця модель не може оцінювати цей тип завдання ({ $detail })
load-error-unordered-cuts = порогові бали мають зростати разом із рівнем ({ $detail })
load-error-level-sequence = рівні мають іти 0, 1, 2 … без пропусків (очікувано/отримано: { $detail })
load-error-missing-file = файл не знайдено: { $detail }
load-error-competence-without-items = для компетентності { $detail } у банку немає жодного завдання
load-error-bad-message-id = недійсний ідентифікатор повідомлення Fluent: { $detail }

## Моделювання
simulate-progress = Змодельовано учнів: { $done } з { $total }
simulate-heading = Моделювання: учнів — { $n }, початкове значення { $seed }, банк { $bank }
simulate-items = Середня кількість оцінюваних питань: { $mean } (найбільше: { $max })
simulate-rmse = Середньоквадратична похибка (RMSE) здібностей: { $rmse }; зміщення: { $bias }; середня стандартна похибка: { $se }
simulate-accuracy = Визначено їхній справжній рівень: { $exact } %; з похибкою не більше одного рівня: { $within } %
simulate-exposure = Найвища частота показу завдання: { $rate } %
simulate-stops = Причини зупинки: { $reasons }
simulate-level-line = Справжній рівень { $code }: учнів — { $n }, точно { $exact } %, з похибкою до одного рівня { $within } %, питань: { $items }

## Помилки
error-read = Не вдається прочитати { $path }: { $reason }
error-write = Не вдається записати { $path }: { $reason }
error-not-content = У { $path } немає ні framework.yaml (тека вмісту), ні bank.yaml (тека банку).
error-session-file = { $path } не є збереженою сесією: { $reason }
error-session = Сесію неможливо продовжити: { $reason }
error-content = У вмісті є помилки:
error-locales = У мовних файлах є помилки:
clip-status-pending = ще не записано
clip-status-recorded = записано
clip-status-synthesized = синтезоване мовлення
