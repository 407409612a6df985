# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = ካርታ Wright (wright-map.svg) እውን ሕንጸጽ፦ ካብዚ ፋይል መልስታት ናይ ሰባት EAP ክእለታት ኣብ ጎኒ ቦታታት ኣቕሓታት
plot-title-wright = ካርታ Wright፦ ባንኪ { $bank } { $version }
plot-axis-persons = ሰባት (ቁጽሪ)
plot-axis-items = ኣቕሓታት (ቁጽሪ)
