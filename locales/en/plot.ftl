# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Also draw a Wright map (wright-map.svg): the persons' EAP abilities from this response file beside the items' locations
plot-title-wright = Wright map: bank { $bank } { $version }
plot-axis-persons = Persons (count)
plot-axis-items = Items (count)
