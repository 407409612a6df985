## Item-fit and DIF plots (sw, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = Chora pia grafu ya ulinganifu kwa kila kipengele katika folda hii (fit-ITEM.svg): wastani wa alama ulioonekana dhidi ya uliotarajiwa katika kila kundi la alama jumla, pamoja na kiwango cha 95 % cha modeli
cli-dif-opt-plot = Chora pia grafu ya DIF kwa kila kipengele kilichochunguzwa na kundi lengwa katika folda hii (dif-FOCAL-ITEM.svg): mkunjo wa kila kundi kwa alama ya ulinganishaji, pamoja na takwimu
plot-title-fit = Ulinganifu wa kipengele: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, df = { $df }, p = { $p }
plot-axis-summed-score = Alama jumla (vipengele vyote vya fomu)
plot-axis-proportion-right = Uwiano wa majibu sahihi
plot-axis-mean-item-score = Wastani wa alama ya kipengele
plot-legend-observed = Kilichoonekana
plot-legend-expected = Kinachotarajiwa na modeli
plot-legend-model-range = Kiwango cha 95 % cha modeli
plot-title-dif = DIF: { $item }, { $focal } dhidi ya { $reference }
plot-dif-statistics-mh = Mantel–Haenszel: Δ = { $delta }, daraja la ETS { $class }
plot-dif-statistics-lr = Urejeshaji wa kilojistiki: p sawia = { $uniform }, p isiyo sawia = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = kimewekewa alama kwa mapitio
plot-axis-matching-total = Alama jumla (ulinganishaji; bila vipengele vilivyowekewa alama)
plot-axis-matching-theta = Uwezo wa EAP (ulinganishaji, logiti)
plot-legend-reference = { $group } (rejea)
plot-legend-focal = { $group } (lengwa)
plot-legend-no-dif = Makundi yote mawili, bila DIF
