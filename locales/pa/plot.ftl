# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = ਰਾਈਟ ਨਕਸ਼ਾ (wright-map.svg) ਵੀ ਬਣਾਓ: ਇਸ ਜਵਾਬ ਫ਼ਾਈਲ ਤੋਂ ਵਿਅਕਤੀਆਂ ਦੀਆਂ EAP ਯੋਗਤਾਵਾਂ ਆਈਟਮਾਂ ਦੀਆਂ ਥਾਵਾਂ ਦੇ ਨਾਲ
plot-title-wright = ਰਾਈਟ ਨਕਸ਼ਾ: ਬੈਂਕ { $bank } { $version }
plot-axis-persons = ਵਿਅਕਤੀ (ਗਿਣਤੀ)
plot-axis-items = ਆਈਟਮਾਂ (ਗਿਣਤੀ)
