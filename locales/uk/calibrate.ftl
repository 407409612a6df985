## Калібрування й дослідження (українська, машинна чернетка). Для дослідників: без аудіо.

cli-calibrate-about = Оцінити параметри завдань за даними відповідей (MML-EM) і за потреби записати калібровану версію банку
cli-research-opt-data = Файл відповідей: довгий CSV (id,item,resp) або широкий (стовпець на завдання, NA = не давалося)
cli-research-opt-format = Формат файлу: long або wide (типово: визначається за заголовком)
cli-calibrate-opt-model = Модель для кожного завдання: rasch, 1pl, 2pl, 3pl або grm
cli-calibrate-opt-items-model = CSV-файл рядків завдання,модель, що дає деяким завданням іншу модель
cli-calibrate-opt-anchor = Банк, завдання якого зберігають свої параметри (калібрування з фіксованими якорями на його шкалу)
cli-calibrate-opt-out = Записати банк із новими параметрами як нову калібровану версію в цю теку
cli-calibrate-opt-version = Версія записаного банку (типово: наступна мінорна версія)
cli-calibrate-opt-slope-prior = Логнормальний апріорний розподіл нахилів із цим СВ (напр. 0.5) для розріджених адаптивних даних
cli-calibrate-opt-no-se = Не обчислювати стандартні похибки (швидше для великих банків)
cli-score-about = Оцінити здібність, стандартну похибку й рівень NLN кожної особи у файлі відповідей
cli-score-opt-csv = Вивести CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Вивести таблицю EAP за сумарним балом для фіксованої форми (усі відповідали на ті самі завдання)
cli-export-about = Експортувати оцінені відповіді збережених сесій як довгий або широкий CSV
cli-export-opt-sessions = Файли збережених сесій (JSON)
cli-export-opt-out = Записати в цей файл замість стандартного виводу

calibrate-progress = Цикли EM
calibrate-converged = Збіжність за { $cycles ->
    [one] { $cycles } цикл
    [few] { $cycles } цикли
   *[other] { $cycles } циклів
} ({ $items } завдань, { $persons } осіб).
calibrate-not-converged = Немає збіжності після { $cycles ->
    [one] { $cycles } циклу
   *[other] { $cycles } циклів
} ({ $items } завдань, { $persons } осіб): користуйтеся оцінками обережно.
calibrate-fit = Лог-правдоподібність { $loglik }, AIC { $aic }, BIC { $bic }, параметрів: { $parameters }.
calibrate-latent = Латентний розподіл: середнє { $mean }, СВ { $sd }.
calibrate-table-header = завдання, модель, нахил a (СП), положення b (СП), асимптота c (СП), відповіді; * = якір
calibrate-se-method = Стандартні похибки: { $method }.
calibrate-written = Версію банку { $version } записано в { $path } (відкалібровано завдань: { $items }).
calibrate-unknown-model = невідома модель «{ $model }» (rasch, 1pl, 2pl, 3pl або grm)
calibrate-unknown-item = завдання «{ $item }» немає у файлі відповідей
calibrate-out-unknown-items = Банк не можна записати: цих завдань немає в банку { $bank }: { $items }
calibrate-out-invalid = Калібрований банк не завантажився б:
calibrate-error-spec-count = Моделі не відповідають завданням файлу відповідей.
calibrate-error-no-data = У файлі немає відповідей.
calibrate-error-no-variation = Завдання { $item }: усі відповіді мають однаковий бал, оцінювати нічого.
calibrate-error-not-dichotomous = Завдання { $item } має бал { $score }, а модель оцінює лише 0 і 1 (використайте --model grm).
calibrate-error-empty-category = Завдання { $item }: ніхто не отримав { $score }; перекодуйте бали, щоб кожна категорія вживалася.
calibrate-error-anchor-categories = Якірне завдання { $item } має категорій: { $categories }, а в даних є бал { $score }.
calibrate-error-settings = Параметр калібрування поза допустимими межами.
calibrate-data-item-out-of-range = стовпець завдання поза межами
calibrate-data-duplicate-item = те саме завдання двічі в рядку
calibrate-data-bad-weight = вага рядка, що не є додатним числом
calibrate-data-score-too-large = завеликий бал

data-error-csv = хибний CSV: { $reason }
data-error-empty = файл порожній
data-error-missing-column = бракує стовпця «{ $column }»
data-error-duplicate-column = стовпець «{ $column }» трапляється двічі
data-error-no-items = немає стовпців завдань
data-error-bad-score = бал «{ $value }» не є цілим числом від 0 (NA або порожньо = не давалося)
data-error-empty-id = порожній ідентифікатор
data-error-duplicate-response = особа «{ $person }» двічі відповіла на завдання «{ $item }»
data-error-duplicate-person = особа «{ $person }» має два рядки
data-error-covariate-conflict = особа «{ $person }»: коваріата { $name } водночас «{ $first }» і «{ $second }»
data-error-unknown-item = Завдання «{ $item }» немає в банку { $bank } або воно не має моделі IRT.

score-header = id, тета, СП, рівень NLN, відповідей ({ $method }); * = ОМП на межі пошуку
score-out-of-range = Особа { $person }, завдання { $item }: бал { $score } вищий за найвищий бал завдання { $max }.
score-not-fixed-form = Таблиця EAP за сумарним балом потребує фіксованої форми: усі мають відповісти на ті самі завдання.
score-eapsum-header = сумарний бал, тета EAP, СВ, спостережено осіб, очікувано осіб

export-error-session = { $path }: це не збережена сесія ({ $reason })
