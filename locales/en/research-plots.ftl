## Item-fit and DIF plots (English). Researcher-facing: no audio clips.

cli-fit-opt-plot = Also draw one item-fit plot per item into this folder (fit-ITEM.svg): observed against expected mean score in each summed-score group, with the model's 95 % range
cli-dif-opt-plot = Also draw one DIF plot per studied item and focal group into this folder (dif-FOCAL-ITEM.svg): each group's curve over the matching score, with the statistics
plot-title-fit = Item fit: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, df = { $df }, p = { $p }
plot-axis-summed-score = Summed score (all items of the form)
plot-axis-proportion-right = Proportion right
plot-axis-mean-item-score = Mean item score
plot-legend-observed = Observed
plot-legend-expected = Expected by the model
plot-legend-model-range = Model's 95 % range
plot-title-dif = DIF: { $item }, { $focal } against { $reference }
plot-dif-statistics-mh = Mantel–Haenszel: Δ = { $delta }, ETS class { $class }
plot-dif-statistics-lr = Logistic regression: uniform p = { $uniform }, non-uniform p = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = flagged for review
plot-axis-matching-total = Total score (matching; flagged items left out)
plot-axis-matching-theta = EAP ability (matching, logits)
plot-legend-reference = { $group } (reference)
plot-legend-focal = { $group } (focal)
plot-legend-no-dif = Both groups, no DIF
