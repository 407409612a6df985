## Item-fit and DIF plots (ar, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = ارسم أيضًا مخطط مطابقة لكل بند في هذا المجلد (fit-ITEM.svg): متوسط الدرجة الملاحظ مقابل المتوقع في كل مجموعة درجة كلية، مع نطاق النموذج 95 %
cli-dif-opt-plot = ارسم أيضًا مخطط DIF لكل بند مدروس ومجموعة بؤرية في هذا المجلد (dif-FOCAL-ITEM.svg): منحنى كل مجموعة على درجة المطابقة، مع الإحصاءات
plot-title-fit = مطابقة البند: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }، درجات الحرية = { $df }، p = { $p }
plot-axis-summed-score = الدرجة الكلية (كل بنود النموذج)
plot-axis-proportion-right = نسبة الإجابات الصحيحة
plot-axis-mean-item-score = متوسط درجة البند
plot-legend-observed = الملاحظ
plot-legend-expected = المتوقع من النموذج
plot-legend-model-range = نطاق النموذج 95 %
plot-title-dif = DIF: { $item }، { $focal } مقابل { $reference }
plot-dif-statistics-mh = مانتل–هانزل: Δ = { $delta }، فئة ETS { $class }
plot-dif-statistics-lr = الانحدار اللوجستي: p المنتظم = { $uniform }، p غير المنتظم = { $nonuniform }، ΔR² = { $r2 }
plot-dif-flagged = مُعلَّم للمراجعة
plot-axis-matching-total = الدرجة الكلية (للمطابقة؛ دون البنود المُعلَّمة)
plot-axis-matching-theta = قدرة EAP (للمطابقة، لوجيت)
plot-legend-reference = { $group } (المرجعية)
plot-legend-focal = { $group } (البؤرية)
plot-legend-no-dif = المجموعتان معًا، دون DIF
