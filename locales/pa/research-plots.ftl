## Item-fit and DIF plots (pa, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = ਇਸ ਫੋਲਡਰ ਵਿੱਚ ਹਰ ਆਈਟਮ ਲਈ ਇੱਕ ਫਿੱਟ ਪਲਾਟ ਵੀ ਬਣਾਓ (fit-ITEM.svg): ਹਰ ਕੁੱਲ-ਅੰਕ ਸਮੂਹ ਵਿੱਚ ਵੇਖਿਆ ਬਨਾਮ ਉਮੀਦ ਕੀਤਾ ਔਸਤ ਅੰਕ, ਮਾਡਲ ਦੀ 95 % ਸੀਮਾ ਨਾਲ
cli-dif-opt-plot = ਇਸ ਫੋਲਡਰ ਵਿੱਚ ਹਰ ਅਧਿਐਨ ਕੀਤੀ ਆਈਟਮ ਅਤੇ ਫੋਕਲ ਸਮੂਹ ਲਈ ਇੱਕ DIF ਪਲਾਟ ਵੀ ਬਣਾਓ (dif-FOCAL-ITEM.svg): ਮਿਲਾਨ ਅੰਕ ਉੱਤੇ ਹਰ ਸਮੂਹ ਦੀ ਵਕਰ, ਅੰਕੜਿਆਂ ਨਾਲ
plot-title-fit = ਆਈਟਮ ਫਿੱਟ: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }, ਆਜ਼ਾਦੀ ਦਰਜੇ = { $df }, p = { $p }
plot-axis-summed-score = ਕੁੱਲ ਅੰਕ (ਫਾਰਮ ਦੀਆਂ ਸਾਰੀਆਂ ਆਈਟਮਾਂ)
plot-axis-proportion-right = ਸਹੀ ਜਵਾਬਾਂ ਦਾ ਅਨੁਪਾਤ
plot-axis-mean-item-score = ਆਈਟਮ ਦਾ ਔਸਤ ਅੰਕ
plot-legend-observed = ਵੇਖਿਆ ਗਿਆ
plot-legend-expected = ਮਾਡਲ ਅਨੁਸਾਰ ਉਮੀਦ
plot-legend-model-range = ਮਾਡਲ ਦੀ 95 % ਸੀਮਾ
plot-title-dif = DIF: { $item }, { $focal } ਬਨਾਮ { $reference }
plot-dif-statistics-mh = ਮੈਂਟਲ–ਹੈਂਜ਼ਲ: Δ = { $delta }, ETS ਸ਼੍ਰੇਣੀ { $class }
plot-dif-statistics-lr = ਲੌਜਿਸਟਿਕ ਰਿਗਰੈਸ਼ਨ: ਇਕਸਾਰ p = { $uniform }, ਗੈਰ-ਇਕਸਾਰ p = { $nonuniform }, ΔR² = { $r2 }
plot-dif-flagged = ਸਮੀਖਿਆ ਲਈ ਨਿਸ਼ਾਨਬੱਧ
plot-axis-matching-total = ਕੁੱਲ ਅੰਕ (ਮਿਲਾਨ; ਨਿਸ਼ਾਨਬੱਧ ਆਈਟਮਾਂ ਤੋਂ ਬਿਨਾਂ)
plot-axis-matching-theta = EAP ਯੋਗਤਾ (ਮਿਲਾਨ, ਲੌਜਿਟ)
plot-legend-reference = { $group } (ਹਵਾਲਾ)
plot-legend-focal = { $group } (ਫੋਕਲ)
plot-legend-no-dif = ਦੋਵੇਂ ਸਮੂਹ, DIF ਤੋਂ ਬਿਨਾਂ
