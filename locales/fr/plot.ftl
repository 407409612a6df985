# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Dessiner aussi une carte de Wright (wright-map.svg) : les habiletés EAP des personnes de ce fichier de réponses à côté des positions des items
plot-title-wright = Carte de Wright : banque { $bank } { $version }
plot-axis-persons = Personnes (nombre)
plot-axis-items = Items (nombre)
