# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = Gumuhit din ng Wright map (wright-map.svg): ang mga EAP na kakayahan ng mga tao mula sa file ng mga sagot na ito katabi ng mga lokasyon ng mga item
plot-title-wright = Wright map: bangko { $bank } { $version }
plot-axis-persons = Mga tao (bilang)
plot-axis-items = Mga item (bilang)
