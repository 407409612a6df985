# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = د رایټ نقشه (wright-map.svg) هم رسم کړئ: د دې ځوابونو له دوتنې د کسانو EAP وړتیاوې د توکو د ځایونو تر څنګ
plot-title-wright = د رایټ نقشه: بانک { $bank } { $version }
plot-axis-persons = کسان (شمېر)
plot-axis-items = توکي (شمېر)
