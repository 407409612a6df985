## Item-fit and DIF plots (tl, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = Gumuhit din ng isang plot ng fit bawat item sa folder na ito (fit-ITEM.svg): naobserbahan laban sa inaasahang karaniwang iskor sa bawat pangkat ng kabuuang iskor, kasama ang 95 % na saklaw ng modelo
cli-dif-opt-plot = Gumuhit din ng isang plot ng DIF bawat pinag-aralang item at focal na pangkat sa folder na ito (dif-FOCAL-ITEM.svg): ang kurba ng bawat pangkat ayon sa iskor na pantugma, kasama ang mga estadistika
plot-title-fit = Fit ng item: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, df = { $df }, p = { $p }
plot-axis-summed-score = Kabuuang iskor (lahat ng item ng form)
plot-axis-proportion-right = Bahagi ng tamang sagot
plot-axis-mean-item-score = Karaniwang iskor ng item
plot-legend-observed = Naobserbahan
plot-legend-expected = Inaasahan ng modelo
plot-legend-model-range = 95 % na saklaw ng modelo
plot-title-dif = DIF: { $item }, { $focal } laban sa { $reference }
plot-dif-statistics-mh = Mantel–Haenszel: Δ = { $delta }, klaseng ETS { $class }
plot-dif-statistics-lr = Logistic regression: uniform p = { $uniform }, non-uniform p = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = minarkahan para suriin
plot-axis-matching-total = Kabuuang iskor (pantugma; wala ang mga minarkahang item)
plot-axis-matching-theta = Kakayahang EAP (pantugma, logit)
plot-legend-reference = { $group } (sanggunian)
plot-legend-focal = { $group } (focal)
plot-legend-no-dif = Parehong pangkat, walang DIF
