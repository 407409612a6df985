## Item-fit and DIF plots (es, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = Dibujar además un gráfico de ajuste por ítem en esta carpeta (fit-ITEM.svg): puntuación media observada frente a esperada en cada grupo de puntuación total, con el intervalo del 95 % del modelo
cli-dif-opt-plot = Dibujar además un gráfico de DIF por ítem estudiado y grupo focal en esta carpeta (dif-FOCAL-ITEM.svg): la curva de cada grupo según la puntuación de emparejamiento, con los estadísticos
plot-title-fit = Ajuste del ítem: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, gl = { $df }, p = { $p }
plot-axis-summed-score = Puntuación total (todos los ítems del formulario)
plot-axis-proportion-right = Proporción de aciertos
plot-axis-mean-item-score = Puntuación media del ítem
plot-legend-observed = Observado
plot-legend-expected = Esperado por el modelo
plot-legend-model-range = Intervalo del 95 % del modelo
plot-title-dif = DIF: { $item }, { $focal } frente a { $reference }
plot-dif-statistics-mh = Mantel–Haenszel: Δ = { $delta }, clase ETS { $class }
plot-dif-statistics-lr = Regresión logística: p uniforme = { $uniform }, p no uniforme = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = marcado para revisión
plot-axis-matching-total = Puntuación total (emparejamiento; sin los ítems marcados)
plot-axis-matching-theta = Habilidad EAP (emparejamiento, logits)
plot-legend-reference = { $group } (referencia)
plot-legend-focal = { $group } (focal)
plot-legend-no-dif = Ambos grupos, sin DIF
