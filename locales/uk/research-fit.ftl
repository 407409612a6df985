## Item and person fit, DIF, standard setting and plots (uk, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = Перевірити узгодженість параметрів банку з даними відповідей: узгодженість завдань S-X², середні квадрати infit/outfit, узгодженість осіб lz
cli-fit-opt-min-expected = Об'єднувати групи сумарного бала, доки кожна очікувана частота не сягне цього значення (mincell у mirt; 0 нічого не об'єднує)
cli-fit-opt-persons = Показати lz кожної особи замість таблиці завдань
cli-fit-opt-csv = Вивести CSV (завдання або особи з --persons)
fit-items-header = завдання, модель, S-X², ст. св., p, RMSEA, infit (z), outfit (z); * = p менше 0,01 або середній квадрат поза 0,7–1,3
fit-persons-header = id, тета EAP, lz, відповідей на завдання; * = lz менше { $cut }
fit-s-x2-used = S-X² використав { $persons ->
    [one] { $persons } особу, яка відповіла
    [few] { $persons } особи, які відповіли
   *[other] { $persons } осіб, які відповіли
} на всі завдання; { $skipped ->
    [one] { $skipped } рядок без одного завдання не враховано.
    [few] { $skipped } рядки без одного завдання не враховано.
   *[other] { $skipped } рядків без одного завдання не враховано.
}
fit-s-x2-none = S-X² порівнює групи сумарного бала й потребує осіб, які відповіли на всі завдання (фіксована форма); таких немає, тому показано лише infit, outfit і lz.
fit-persons-flagged = { $flagged } з { $persons ->
    [one] { $persons } особи мають
   *[other] { $persons } осіб мають
} lz менше { $cut } (неочікувані шаблони відповідей; список — з --persons).
fit-error-min-expected = --min-expected має бути числом від 0 до 1000, а не { $value }.

cli-dif-about = Перевірити завдання на диференційне функціонування між групами коваріати: Мантель–Гензель (класи ETS A/B/C) і логістична регресія; лише позначки, нічого не вилучається
cli-dif-opt-group = Коваріата особи, що визначає групи (напр. cov_lang або cov_mode)
cli-dif-opt-focal = Фокальна група (типово: кожна група, крім референтної, по одному порівнянню)
cli-dif-opt-reference = Референтна група (типово: найбільша група)
cli-dif-opt-csv = Вивести CSV (рядок на порівняння й завдання)
dif-comparison = { $group }: референтна «{ $reference }», фокальна «{ $focal }»
dif-matching-total = Осіб зіставлено за сумарним балом; завдання, позначені на першому проході, з нього вилучено (очищення).
dif-matching-theta = Не всі відповіли на всі завдання: осіб зіставлено за здібністю EAP (десять страт для Мантеля–Гензеля).
dif-purified = Вилучено із сумарного бала зіставлення: { $items }
dif-header = завдання, відповіді референтна/фокальна, дельта MH, p MH, клас ETS, p ЛР рівномірне, p ЛР нерівномірне, ΔR² ЛР; * = позначено для перегляду (клас B чи C або p ЛР менше 0,01 з ΔR² щонайменше 0,035)
dif-not-studied = не досліджено (градуйоване завдання або немає відповідей в одній із груп)
dif-flagged = { $flagged ->
    [one] { $flagged } завдання позначено для перегляду (не вилучено).
    [few] { $flagged } завдання позначено для перегляду (не вилучено).
   *[other] { $flagged } завдань позначено для перегляду (не вилучено).
}
dif-error-unknown-group = У файлі відповідей немає коваріати { $group } (є: { $known }). Довгі файли містять коваріати в стовпцях cov_….
dif-error-unknown-value = Коваріата { $group } не має групи «{ $value }» (є: { $known }).
dif-error-groups = Коваріата { $group } потребує щонайменше двох груп, із різними референтною та фокальною групами.
cli-standard-setting-about = Встановлення стандартів методом закладок: вивести впорядкований буклет завдань або перетворити закладки експертів на запропоновані порогові бали й файл рівнів
cli-standard-setting-opt-bookmarks = CSV закладок зі стовпцями panellist,level,page: остання сторінка буклета, яку опановує учень точно на порозі цього рівня
cli-standard-setting-opt-rp = Ймовірність відповіді, що впорядковує буклет (за домовленістю RP67)
cli-standard-setting-opt-out = Записати сюди файл рівнів із запропонованими порогами (медіана експертів) та їхнім походженням
standard-setting-booklet-header = сторінка, завдання, крок бала, положення RP{ $rp } (θ), рівень за цього θ зараз
standard-setting-panel = { $panellists ->
    [one] { $panellists } експерт
    [few] { $panellists } експерти
   *[other] { $panellists } експертів
}, буклет із { $pages } сторінок за RP { $rp }.
standard-setting-cuts-header = рівень, поточний поріг, запропонований поріг (медіана), середнє, SD, розмах між експертами
standard-setting-written = Записано { $path } з { $cuts ->
    [one] { $cuts } запропонованим порогом
   *[other] { $cuts } запропонованими порогами
} (статус: panel).
standard-setting-error-rp = --rp має бути ймовірністю між 0 і 1, а не { $value }.
standard-setting-error-level = рівень «{ $level }» не має порогового бала
standard-setting-error-page = сторінка { $page } виходить за останню сторінку буклета { $pages }
standard-setting-error-empty = у файлі немає закладок.
standard-setting-error-missing = експерт «{ $panellist }» не має закладки для рівня { $level }; кожен експерт ставить закладки для тих самих рівнів.
standard-setting-error-decreasing = експерт «{ $panellist }» поставив вищий рівень на ранішій сторінці, ніж нижчий.
standard-setting-error-order = Запропоновані пороги разом із непереглянутими не зростають з рівнями; нічого не записано.
data-error-bad-page = сторінка «{ $value }» не є цілим числом 1 або більше
data-error-duplicate-bookmark = експерт «{ $panellist }» позначив рівень { $level } двічі

cli-plot-about = Намалювати SVG-графіки банку: інформацію тесту з її стандартною похибкою та порогами рівнів, а також характеристичні й інформаційні криві кожного завдання
cli-plot-opt-out = Тека для SVG-файлів (створюється за потреби)
cli-plot-opt-items = Лише ці завдання (ідентифікатори через кому; типово: усі завдання з моделлю)
plot-title-test = Інформація тесту: банк { $bank } { $version } ({ $items } завдань)
plot-title-item = Завдання { $item } ({ $model })
plot-axis-theta = θ (здібність, логіти)
plot-axis-information = Інформація
plot-axis-se = Стандартна похибка
plot-axis-probability = Ймовірність
plot-legend-score = бал { $score }
plot-written = Записано графіків: { $count } до { $path }.
