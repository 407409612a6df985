# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Chora pia ramani ya Wright (wright-map.svg): uwezo wa EAP wa watu kutoka faili hii ya majibu kando ya maeneo ya vipengee
plot-title-wright = Ramani ya Wright: benki { $bank } { $version }
plot-axis-persons = Watu (idadi)
plot-axis-items = Vipengee (idadi)
