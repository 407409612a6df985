## Item-fit and DIF plots (ps, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = په دې فولډر کې د هرې پوښتنې لپاره د برابرۍ یو ګراف هم رسم کړئ (fit-ITEM.svg): په هره ټولیزه نمره ډله کې لیدل شوې منځنۍ نمره د تمه شوې په وړاندې، د ماډل ۹۵ ٪ حد سره
cli-dif-opt-plot = په دې فولډر کې د هرې څېړل شوې پوښتنې او تمرکز ډلې لپاره د DIF یو ګراف هم رسم کړئ (dif-FOCAL-ITEM.svg): د هرې ډلې منحني د سمون نمرې پر بنسټ، د شمېرنو سره
plot-title-fit = د پوښتنې برابري: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }، د آزادۍ درجې = { $df }، p = { $p }
plot-axis-summed-score = ټولیزه نمره (د فورم ټولې پوښتنې)
plot-axis-proportion-right = د سمو ځوابونو تناسب
plot-axis-mean-item-score = د پوښتنې منځنۍ نمره
plot-legend-observed = لیدل شوی
plot-legend-expected = د ماډل له مخې تمه شوی
plot-legend-model-range = د ماډل ۹۵ ٪ حد
plot-title-dif = DIF: { $item }، { $focal } د { $reference } په وړاندې
plot-dif-statistics-mh = مانټل–هینزل: Δ = { $delta }، د ETS ټولګی { $class }
plot-dif-statistics-lr = لوجستیک رګرېشن: یو شان p = { $uniform }، نا یو شان p = { $nonuniform }، ΔR² = { $r2 }
plot-dif-flagged = د بیاکتنې لپاره نښه شوی
plot-axis-matching-total = ټولیزه نمره (سمون؛ نښه شوې پوښتنې پرته)
plot-axis-matching-theta = د EAP وړتیا (سمون، لوجیټ)
plot-legend-reference = { $group } (مرجع)
plot-legend-focal = { $group } (تمرکز)
plot-legend-no-dif = دواړه ډلې، بې DIF
