## Item-fit and DIF plots (prs, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = برای هر پرسش یک نمودار برازش نیز در این پوشه رسم شود (fit-ITEM.svg): اوسط نمره دیده‌شده در برابر نمره متوقع در هر گروه نمره مجموعی، با ساحه ۹۵ ٪ مدل
cli-dif-opt-plot = برای هر پرسش بررسی‌شده و گروه کانونی یک نمودار DIF نیز در این پوشه رسم شود (dif-FOCAL-ITEM.svg): منحنی هر گروه بر حسب نمره همتاسازی، با احصائیه‌ها
plot-title-fit = برازش پرسش: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }، درجه آزادی = { $df }، p = { $p }
plot-axis-summed-score = نمره مجموعی (همه پرسش‌های فورم)
plot-axis-proportion-right = تناسب جواب درست
plot-axis-mean-item-score = اوسط نمره پرسش
plot-legend-observed = دیده‌شده
plot-legend-expected = متوقع از مدل
plot-legend-model-range = ساحه ۹۵ ٪ مدل
plot-title-dif = DIF: { $item }، { $focal } در برابر { $reference }
plot-dif-statistics-mh = مانتل–هنزل: Δ = { $delta }، صنف ETS { $class }
plot-dif-statistics-lr = رگرسیون لجستیک: p یکسان = { $uniform }، p نایکسان = { $nonuniform }، ΔR² = { $r2 }
plot-dif-flagged = برای بازبینی نشانی شده
plot-axis-matching-total = نمره مجموعی (همتاسازی؛ بدون پرسش‌های نشانی‌شده)
plot-axis-matching-theta = توانایی EAP (همتاسازی، لوجیت)
plot-legend-reference = { $group } (مرجع)
plot-legend-focal = { $group } (کانونی)
plot-legend-no-dif = هر دو گروه، بدون DIF
