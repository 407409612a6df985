## Item-fit and DIF plots (fa, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = برای هر گویه یک نمودار برازش نیز در این پوشه رسم شود (fit-ITEM.svg): میانگین نمره مشاهده‌شده در برابر مورد انتظار در هر گروه نمره کل، با دامنه ۹۵ ٪ مدل
cli-dif-opt-plot = برای هر گویه بررسی‌شده و گروه کانونی یک نمودار DIF نیز در این پوشه رسم شود (dif-FOCAL-ITEM.svg): منحنی هر گروه بر حسب نمره همتاسازی، با آماره‌ها
plot-title-fit = برازش گویه: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }، درجه آزادی = { $df }، p = { $p }
plot-axis-summed-score = نمره کل (همه گویه‌های فرم)
plot-axis-proportion-right = نسبت پاسخ درست
plot-axis-mean-item-score = میانگین نمره گویه
plot-legend-observed = مشاهده‌شده
plot-legend-expected = مورد انتظار مدل
plot-legend-model-range = دامنه ۹۵ ٪ مدل
plot-title-dif = DIF: { $item }، { $focal } در برابر { $reference }
plot-dif-statistics-mh = مانتل–هنزل: Δ = { $delta }، طبقه ETS { $class }
plot-dif-statistics-lr = رگرسیون لجستیک: p یکنواخت = { $uniform }، p غیریکنواخت = { $nonuniform }، ΔR² = { $r2 }
plot-dif-flagged = برای بازبینی علامت خورده
plot-axis-matching-total = نمره کل (همتاسازی؛ بدون گویه‌های علامت‌خورده)
plot-axis-matching-theta = توانایی EAP (همتاسازی، لوجیت)
plot-legend-reference = { $group } (مرجع)
plot-legend-focal = { $group } (کانونی)
plot-legend-no-dif = هر دو گروه، بدون DIF
