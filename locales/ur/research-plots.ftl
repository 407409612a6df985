## Item-fit and DIF plots (ur, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = اس فولڈر میں ہر آئٹم کے لیے ایک فٹ پلاٹ بھی بنائیں (fit-ITEM.svg): ہر مجموعی اسکور گروپ میں مشاہدہ شدہ بمقابلہ متوقع اوسط اسکور، ماڈل کی 95 % حد کے ساتھ
cli-dif-opt-plot = اس فولڈر میں ہر زیرِ مطالعہ آئٹم اور فوکل گروپ کے لیے ایک DIF پلاٹ بھی بنائیں (dif-FOCAL-ITEM.svg): میچنگ اسکور پر ہر گروپ کا خم، شماریات کے ساتھ
plot-title-fit = آئٹم فٹ: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }، آزادی کے درجے = { $df }، p = { $p }
plot-axis-summed-score = مجموعی اسکور (فارم کے تمام آئٹم)
plot-axis-proportion-right = درست جوابات کا تناسب
plot-axis-mean-item-score = آئٹم کا اوسط اسکور
plot-legend-observed = مشاہدہ شدہ
plot-legend-expected = ماڈل کے مطابق متوقع
plot-legend-model-range = ماڈل کی 95 % حد
plot-title-dif = DIF: { $item }، { $focal } بمقابلہ { $reference }
plot-dif-statistics-mh = مینٹل–ہینزل: Δ = { $delta }، ETS درجہ { $class }
plot-dif-statistics-lr = لاجسٹک ریگریشن: یکساں p = { $uniform }، غیر یکساں p = { $nonuniform }، ΔR² = { $r2 }
plot-dif-flagged = جائزے کے لیے نشان زد
plot-axis-matching-total = مجموعی اسکور (میچنگ؛ نشان زد آئٹم کے بغیر)
plot-axis-matching-theta = EAP صلاحیت (میچنگ، لاجٹ)
plot-legend-reference = { $group } (حوالہ)
plot-legend-focal = { $group } (فوکل)
plot-legend-no-dif = دونوں گروپ، DIF کے بغیر
