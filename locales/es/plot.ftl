# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Dibujar también un mapa de Wright (wright-map.svg): las habilidades EAP de las personas de este archivo de respuestas junto a las ubicaciones de los ítems
plot-title-wright = Mapa de Wright: banco { $bank } { $version }
plot-axis-persons = Personas (número)
plot-axis-items = Ítems (número)
