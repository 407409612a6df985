## Item-fit and DIF plots (uk, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = Також намалювати графік узгодженості для кожного завдання в цій теці (fit-ITEM.svg): спостережуваний і очікуваний середній бал у кожній групі за сумарним балом, з 95 % діапазоном моделі
cli-dif-opt-plot = Також намалювати графік DIF для кожного досліджуваного завдання і фокальної групи в цій теці (dif-FOCAL-ITEM.svg): крива кожної групи за балом зіставлення, зі статистиками
plot-title-fit = Узгодженість завдання: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, ст. св. = { $df }, p = { $p }
plot-axis-summed-score = Сумарний бал (усі завдання форми)
plot-axis-proportion-right = Частка правильних відповідей
plot-axis-mean-item-score = Середній бал за завдання
plot-legend-observed = Спостережуване
plot-legend-expected = Очікуване за моделлю
plot-legend-model-range = 95 % діапазон моделі
plot-title-dif = DIF: { $item }, { $focal } порівняно з { $reference }
plot-dif-statistics-mh = Мантел–Гензел: Δ = { $delta }, клас ETS { $class }
plot-dif-statistics-lr = Логістична регресія: p рівномірного = { $uniform }, p нерівномірного = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = позначено для перегляду
plot-axis-matching-total = Сумарний бал (зіставлення; без позначених завдань)
plot-axis-matching-theta = Здібність EAP (зіставлення, логіти)
plot-legend-reference = { $group } (референтна)
plot-legend-focal = { $group } (фокальна)
plot-legend-no-dif = Обидві групи, без DIF
