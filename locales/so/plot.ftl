# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Sidoo kale sawir khariidadda Wright (wright-map.svg): awoodaha EAP ee dadka ee faylkan jawaabaha oo ag yaal goobaha su'aalaha
plot-title-wright = Khariidadda Wright: bangiga { $bank } { $version }
plot-axis-persons = Dadka (tirada)
plot-axis-items = Su'aalaha (tirada)
