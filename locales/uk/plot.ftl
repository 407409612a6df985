# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Також намалювати карту Райта (wright-map.svg): EAP-оцінки здібностей осіб із цього файлу відповідей поруч із положеннями завдань
plot-title-wright = Карта Райта: банк { $bank } { $version }
plot-axis-persons = Особи (кількість)
plot-axis-items = Завдання (кількість)
