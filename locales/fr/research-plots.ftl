## Item-fit and DIF plots (fr, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = Dessiner aussi un graphique d'ajustement par item dans ce dossier (fit-ITEM.svg) : score moyen observé contre attendu dans chaque groupe de score total, avec l'intervalle à 95 % du modèle
cli-dif-opt-plot = Dessiner aussi un graphique de DIF par item étudié et groupe focal dans ce dossier (dif-FOCAL-ITEM.svg) : la courbe de chaque groupe selon le score d'appariement, avec les statistiques
plot-title-fit = Ajustement de l'item : { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, ddl = { $df }, p = { $p }
plot-axis-summed-score = Score total (tous les items du formulaire)
plot-axis-proportion-right = Proportion de réponses justes
plot-axis-mean-item-score = Score moyen à l'item
plot-legend-observed = Observé
plot-legend-expected = Attendu par le modèle
plot-legend-model-range = Intervalle à 95 % du modèle
plot-title-dif = DIF : { $item }, { $focal } contre { $reference }
plot-dif-statistics-mh = Mantel–Haenszel : Δ = { $delta }, classe ETS { $class }
plot-dif-statistics-lr = Régression logistique : p uniforme = { $uniform }, p non uniforme = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = signalé pour révision
plot-axis-matching-total = Score total (appariement ; items signalés exclus)
plot-axis-matching-theta = Habileté EAP (appariement, logits)
plot-legend-reference = { $group } (référence)
plot-legend-focal = { $group } (focal)
plot-legend-no-dif = Les deux groupes, sans DIF
