## Item-fit and DIF plots (so, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = Sidoo kale ku sawir garaaf ku-habboonaan ah shay kasta galkan (fit-ITEM.svg): dhibcaha celceliska ee la arkay iyo kuwa la filayay koox kasta oo dhibco wadar ah, iyo xadka 95 % ee moodeelka
cli-dif-opt-plot = Sidoo kale ku sawir garaaf DIF ah shay kasta oo la daraaseeyay iyo koox diiradeed kasta galkan (dif-FOCAL-ITEM.svg): qalooca koox kasta marka loo eego dhibcaha isbarbardhigga, iyo tirakoobka
plot-title-fit = Ku-habboonaanta shayga: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, df = { $df }, p = { $p }
plot-axis-summed-score = Dhibcaha wadarta (dhammaan shayada foomka)
plot-axis-proportion-right = Saamiga jawaabaha saxda ah
plot-axis-mean-item-score = Celceliska dhibcaha shayga
plot-legend-observed = La arkay
plot-legend-expected = Waxa moodeelku filayo
plot-legend-model-range = Xadka 95 % ee moodeelka
plot-title-dif = DIF: { $item }, { $focal } iyo { $reference }
plot-dif-statistics-mh = Mantel–Haenszel: Δ = { $delta }, fasalka ETS { $class }
plot-dif-statistics-lr = Dib-u-celin logistic: p siman = { $uniform }, p aan sinnayn = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = loo calaamadeeyay dib-u-eegis
plot-axis-matching-total = Dhibcaha wadarta (isbarbardhig; shayada la calaamadeeyay la'aantood)
plot-axis-matching-theta = Awoodda EAP (isbarbardhig, logit)
plot-legend-reference = { $group } (tixraac)
plot-legend-focal = { $group } (diirad)
plot-legend-no-dif = Labada kooxood, DIF la'aan
