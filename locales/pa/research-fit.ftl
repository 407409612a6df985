## Item and person fit, DIF, standard setting and plots (pa, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = ਜਾਂਚੋ ਕਿ ਬੈਂਕ ਦੇ ਪੈਰਾਮੀਟਰ ਜਵਾਬ ਡੇਟਾ ਨਾਲ ਕਿੰਨੇ ਮੇਲ ਖਾਂਦੇ ਹਨ: S-X² ਆਈਟਮ ਫਿੱਟ, infit/outfit ਮੀਨ ਸਕੁਏਅਰ, ਵਿਅਕਤੀ ਫਿੱਟ lz
cli-fit-opt-min-expected = ਕੁੱਲ-ਅੰਕ ਸਮੂਹਾਂ ਨੂੰ ਤਦ ਤੱਕ ਮਿਲਾਓ ਜਦ ਤੱਕ ਹਰ ਅਨੁਮਾਨਿਤ ਗਿਣਤੀ ਘੱਟੋ-ਘੱਟ ਇੰਨੀ ਨਾ ਹੋਵੇ (mirt ਦਾ mincell; 0 ਕੁਝ ਨਹੀਂ ਮਿਲਾਉਂਦਾ)
cli-fit-opt-persons = ਆਈਟਮ ਸਾਰਣੀ ਦੀ ਥਾਂ ਹਰ ਵਿਅਕਤੀ ਦਾ lz ਦਿਖਾਓ
cli-fit-opt-csv = CSV ਛਾਪੋ (ਆਈਟਮ, ਜਾਂ --persons ਨਾਲ ਵਿਅਕਤੀ)
fit-items-header = ਆਈਟਮ, ਮਾਡਲ, S-X², df, p, RMSEA, infit (z), outfit (z); * = p 0.01 ਤੋਂ ਘੱਟ ਜਾਂ ਮੀਨ ਸਕੁਏਅਰ 0.7–1.3 ਤੋਂ ਬਾਹਰ
fit-persons-header = id, EAP ਥੀਟਾ, lz, ਜਵਾਬ ਦਿੱਤੀਆਂ ਆਈਟਮਾਂ; * = lz { $cut } ਤੋਂ ਘੱਟ
fit-s-x2-used = S-X² ਨੇ ਸਾਰੀਆਂ ਆਈਟਮਾਂ ਦੇ ਜਵਾਬ ਦੇਣ ਵਾਲੇ { $persons ->
    [one] { $persons } ਵਿਅਕਤੀ
   *[other] { $persons } ਵਿਅਕਤੀਆਂ
} ਦੀ ਵਰਤੋਂ ਕੀਤੀ; { $skipped ->
    [one] { $skipped } ਕਤਾਰ ਵਿੱਚ ਇੱਕ ਆਈਟਮ ਨਹੀਂ ਸੀ ਅਤੇ ਉਹ ਛੱਡੀ ਗਈ।
   *[other] { $skipped } ਕਤਾਰਾਂ ਵਿੱਚ ਇੱਕ ਆਈਟਮ ਨਹੀਂ ਸੀ ਅਤੇ ਉਹ ਛੱਡੀਆਂ ਗਈਆਂ।
}
fit-s-x2-none = S-X² ਕੁੱਲ-ਅੰਕ ਸਮੂਹਾਂ ਦੀ ਤੁਲਨਾ ਕਰਦਾ ਹੈ ਅਤੇ ਉਹਨਾਂ ਵਿਅਕਤੀਆਂ ਦੀ ਲੋੜ ਹੈ ਜਿਨ੍ਹਾਂ ਨੇ ਸਾਰੀਆਂ ਆਈਟਮਾਂ ਦੇ ਜਵਾਬ ਦਿੱਤੇ (ਨਿਸ਼ਚਿਤ ਫਾਰਮ); ਕਿਸੇ ਨੇ ਨਹੀਂ ਦਿੱਤੇ, ਇਸ ਲਈ ਸਿਰਫ਼ infit, outfit ਅਤੇ lz ਦਿਖਾਏ ਗਏ ਹਨ।
fit-persons-flagged = { $persons ->
    [one] { $persons } ਵਿਅਕਤੀ
   *[other] { $persons } ਵਿਅਕਤੀਆਂ
} ਵਿੱਚੋਂ { $flagged } ਦਾ lz { $cut } ਤੋਂ ਘੱਟ ਹੈ (ਅਣਕਿਆਸੇ ਜਵਾਬ ਪੈਟਰਨ; --persons ਨਾਲ ਸੂਚੀ ਵੇਖੋ)।
fit-error-min-expected = --min-expected 0 ਤੋਂ 1000 ਤੱਕ ਦਾ ਅੰਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, { $value } ਨਹੀਂ।

cli-dif-about = ਕਿਸੇ ਵਿਅਕਤੀ ਕੋਵੇਰੀਏਟ ਦੇ ਸਮੂਹਾਂ ਵਿਚਕਾਰ ਆਈਟਮਾਂ ਦੇ ਵੱਖਰੇ ਕਾਰਜ (DIF) ਦੀ ਜਾਂਚ: Mantel–Haenszel (ETS A/B/C ਸ਼੍ਰੇਣੀਆਂ) ਅਤੇ ਲੌਜਿਸਟਿਕ ਰਿਗ੍ਰੈਸ਼ਨ; ਸਿਰਫ਼ ਨਿਸ਼ਾਨ, ਕੁਝ ਨਹੀਂ ਹਟਾਇਆ ਜਾਂਦਾ
cli-dif-opt-group = ਸਮੂਹ ਬਣਾਉਣ ਵਾਲਾ ਵਿਅਕਤੀ ਕੋਵੇਰੀਏਟ (ਜਿਵੇਂ cov_lang ਜਾਂ cov_mode)
cli-dif-opt-focal = ਫੋਕਲ ਸਮੂਹ (ਡਿਫ਼ਾਲਟ: ਹਵਾਲਾ ਸਮੂਹ ਤੋਂ ਇਲਾਵਾ ਹਰ ਸਮੂਹ, ਹਰ ਇੱਕ ਲਈ ਇੱਕ ਤੁਲਨਾ)
cli-dif-opt-reference = ਹਵਾਲਾ ਸਮੂਹ (ਡਿਫ਼ਾਲਟ: ਸਭ ਤੋਂ ਵੱਡਾ ਸਮੂਹ)
cli-dif-opt-csv = CSV ਛਾਪੋ (ਹਰ ਤੁਲਨਾ ਅਤੇ ਆਈਟਮ ਲਈ ਇੱਕ ਲਾਈਨ)
dif-comparison = { $group }: ਹਵਾਲਾ “{ $reference }”, ਫੋਕਲ “{ $focal }”
dif-matching-total = ਵਿਅਕਤੀਆਂ ਦਾ ਮੇਲ ਕੁੱਲ ਅੰਕ ਨਾਲ ਕੀਤਾ ਜਾਂਦਾ ਹੈ; ਪਹਿਲੇ ਦੌਰ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲੱਗੀਆਂ ਆਈਟਮਾਂ ਉਸ ਵਿੱਚੋਂ ਕੱਢੀਆਂ ਜਾਂਦੀਆਂ ਹਨ (ਸ਼ੁੱਧੀਕਰਨ)।
dif-matching-theta = ਹਰ ਕਿਸੇ ਨੇ ਹਰ ਆਈਟਮ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ: ਵਿਅਕਤੀਆਂ ਦਾ ਮੇਲ EAP ਯੋਗਤਾ ਨਾਲ ਹੁੰਦਾ ਹੈ (Mantel–Haenszel ਲਈ ਦਸ ਪਰਤਾਂ)।
dif-purified = ਮੇਲ ਵਾਲੇ ਕੁੱਲ ਅੰਕ ਵਿੱਚੋਂ ਕੱਢੀਆਂ: { $items }
dif-header = ਆਈਟਮ, ਜਵਾਬ ਹਵਾਲਾ/ਫੋਕਲ, MH ਡੈਲਟਾ, MH p, ETS ਸ਼੍ਰੇਣੀ, LR ਇਕਸਾਰ p, LR ਗੈਰ-ਇਕਸਾਰ p, LR ΔR²; * = ਸਮੀਖਿਆ ਲਈ ਨਿਸ਼ਾਨ (ਸ਼੍ਰੇਣੀ B ਜਾਂ C, ਜਾਂ LR p 0.01 ਤੋਂ ਘੱਟ ਅਤੇ ΔR² ਘੱਟੋ-ਘੱਟ 0.035)
dif-not-studied = ਅਧਿਐਨ ਨਹੀਂ ਕੀਤਾ (ਦਰਜੇਵਾਰ ਆਈਟਮ, ਜਾਂ ਕਿਸੇ ਸਮੂਹ ਵਿੱਚ ਜਵਾਬ ਨਹੀਂ)
dif-flagged = { $flagged ->
    [one] { $flagged } ਆਈਟਮ ਸਮੀਖਿਆ ਲਈ ਨਿਸ਼ਾਨਬੱਧ (ਹਟਾਈ ਨਹੀਂ)।
   *[other] { $flagged } ਆਈਟਮਾਂ ਸਮੀਖਿਆ ਲਈ ਨਿਸ਼ਾਨਬੱਧ (ਹਟਾਈਆਂ ਨਹੀਂ)।
}
dif-error-unknown-group = ਜਵਾਬ ਫ਼ਾਈਲ ਵਿੱਚ ਕੋਵੇਰੀਏਟ { $group } ਨਹੀਂ ਹੈ (ਇਸ ਵਿੱਚ ਹਨ: { $known })। ਲੰਬੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਕੋਵੇਰੀਏਟ cov_… ਕਾਲਮਾਂ ਵਿੱਚ ਹੁੰਦੇ ਹਨ।
dif-error-unknown-value = ਕੋਵੇਰੀਏਟ { $group } ਵਿੱਚ “{ $value }” ਸਮੂਹ ਨਹੀਂ ਹੈ (ਇਸ ਵਿੱਚ ਹਨ: { $known })।
dif-error-groups = ਕੋਵੇਰੀਏਟ { $group } ਨੂੰ ਘੱਟੋ-ਘੱਟ ਦੋ ਸਮੂਹ ਚਾਹੀਦੇ ਹਨ, ਵੱਖਰੇ ਹਵਾਲਾ ਅਤੇ ਫੋਕਲ ਸਮੂਹਾਂ ਨਾਲ।
cli-standard-setting-about = ਬੁੱਕਮਾਰਕ ਮਿਆਰ ਨਿਰਧਾਰਨ: ਕ੍ਰਮਬੱਧ ਆਈਟਮ ਕਿਤਾਬਚਾ ਛਾਪੋ, ਜਾਂ ਪੈਨਲ ਮੈਂਬਰਾਂ ਦੇ ਬੁੱਕਮਾਰਕਾਂ ਨੂੰ ਪ੍ਰਸਤਾਵਿਤ ਕੱਟ ਅੰਕਾਂ ਅਤੇ ਪੱਧਰ ਫ਼ਾਈਲ ਵਿੱਚ ਬਦਲੋ
cli-standard-setting-opt-bookmarks = ਬੁੱਕਮਾਰਕਾਂ ਦੀ CSV, ਕਾਲਮ panellist,level,page: ਕਿਤਾਬਚੇ ਦਾ ਆਖ਼ਰੀ ਪੰਨਾ ਜਿਸ ਉੱਤੇ ਉਸ ਪੱਧਰ ਦੇ ਕੱਟ ਉੱਤੇ ਖੜ੍ਹਾ ਸਿਖਿਆਰਥੀ ਮੁਹਾਰਤ ਰੱਖਦਾ ਹੈ
cli-standard-setting-opt-rp = ਕਿਤਾਬਚੇ ਨੂੰ ਕ੍ਰਮਬੱਧ ਕਰਨ ਵਾਲੀ ਜਵਾਬ ਸੰਭਾਵਨਾ (ਰਿਵਾਜ ਅਨੁਸਾਰ RP67)
cli-standard-setting-opt-out = ਪ੍ਰਸਤਾਵਿਤ ਕੱਟਾਂ (ਪੈਨਲ ਦਾ ਮੱਧਕ) ਅਤੇ ਉਹਨਾਂ ਦੇ ਸਰੋਤ ਨਾਲ ਪੱਧਰ ਫ਼ਾਈਲ ਇੱਥੇ ਲਿਖੋ
standard-setting-booklet-header = ਪੰਨਾ, ਆਈਟਮ, ਅੰਕ ਕਦਮ, RP{ $rp } ਸਥਾਨ (θ), ਇਸ θ ਉੱਤੇ ਅੱਜ ਦਾ ਪੱਧਰ
standard-setting-panel = { $panellists ->
    [one] { $panellists } ਪੈਨਲ ਮੈਂਬਰ
   *[other] { $panellists } ਪੈਨਲ ਮੈਂਬਰ
}, RP { $rp } ਉੱਤੇ { $pages } ਪੰਨਿਆਂ ਦਾ ਕਿਤਾਬਚਾ।
standard-setting-cuts-header = ਪੱਧਰ, ਮੌਜੂਦਾ ਕੱਟ, ਪ੍ਰਸਤਾਵਿਤ ਕੱਟ (ਮੱਧਕ), ਔਸਤ, SD, ਪੈਨਲ ਵਿੱਚ ਦਾਇਰਾ
standard-setting-written = { $path } ਲਿਖੀ ਗਈ, { $cuts ->
    [one] { $cuts } ਪ੍ਰਸਤਾਵਿਤ ਕੱਟ
   *[other] { $cuts } ਪ੍ਰਸਤਾਵਿਤ ਕੱਟ
} ਨਾਲ (ਸਥਿਤੀ: panel)।
standard-setting-error-rp = --rp 0 ਅਤੇ 1 ਦੇ ਵਿਚਕਾਰ ਸੰਭਾਵਨਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, { $value } ਨਹੀਂ।
standard-setting-error-level = ਪੱਧਰ “{ $level }” ਕੱਟ ਅੰਕ ਵਾਲਾ ਪੱਧਰ ਨਹੀਂ ਹੈ
standard-setting-error-page = ਪੰਨਾ { $page } ਕਿਤਾਬਚੇ ਦੇ ਆਖ਼ਰੀ ਪੰਨੇ { $pages } ਤੋਂ ਅੱਗੇ ਹੈ
standard-setting-error-empty = ਫ਼ਾਈਲ ਵਿੱਚ ਕੋਈ ਬੁੱਕਮਾਰਕ ਨਹੀਂ।
standard-setting-error-missing = ਪੈਨਲ ਮੈਂਬਰ “{ $panellist }” ਦਾ ਪੱਧਰ { $level } ਲਈ ਕੋਈ ਬੁੱਕਮਾਰਕ ਨਹੀਂ; ਹਰ ਮੈਂਬਰ ਇੱਕੋ ਪੱਧਰਾਂ ਲਈ ਬੁੱਕਮਾਰਕ ਲਗਾਉਂਦਾ ਹੈ।
standard-setting-error-decreasing = ਪੈਨਲ ਮੈਂਬਰ “{ $panellist }” ਨੇ ਉੱਚਾ ਪੱਧਰ ਨੀਵੇਂ ਪੱਧਰ ਤੋਂ ਪਹਿਲੇ ਪੰਨੇ ਉੱਤੇ ਲਗਾਇਆ ਹੈ।
standard-setting-error-order = ਪ੍ਰਸਤਾਵਿਤ ਕੱਟ, ਨਾ ਬਦਲੇ ਕੱਟਾਂ ਸਮੇਤ, ਪੱਧਰਾਂ ਨਾਲ ਨਹੀਂ ਵਧਦੇ; ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
data-error-bad-page = ਪੰਨਾ “{ $value }” 1 ਜਾਂ ਵੱਧ ਦਾ ਪੂਰਨ ਅੰਕ ਨਹੀਂ ਹੈ
data-error-duplicate-bookmark = ਪੈਨਲ ਮੈਂਬਰ “{ $panellist }” ਨੇ ਪੱਧਰ { $level } ਦੋ ਵਾਰ ਬੁੱਕਮਾਰਕ ਕੀਤਾ

cli-plot-about = ਬੈਂਕ ਦੇ SVG ਗ੍ਰਾਫ਼ ਬਣਾਓ: ਟੈਸਟ ਜਾਣਕਾਰੀ ਉਸ ਦੀ ਮਿਆਰੀ ਗ਼ਲਤੀ ਅਤੇ ਪੱਧਰ ਕੱਟਾਂ ਨਾਲ, ਅਤੇ ਹਰ ਆਈਟਮ ਦੇ ਗੁਣ ਅਤੇ ਜਾਣਕਾਰੀ ਵਕਰ
cli-plot-opt-out = SVG ਫ਼ਾਈਲਾਂ ਲਿਖਣ ਲਈ ਫੋਲਡਰ (ਨਾ ਹੋਵੇ ਤਾਂ ਬਣਾਇਆ ਜਾਂਦਾ ਹੈ)
cli-plot-opt-items = ਸਿਰਫ਼ ਇਹ ਆਈਟਮਾਂ (ਕੌਮੇ ਨਾਲ ਵੱਖ id; ਡਿਫ਼ਾਲਟ: ਮਾਡਲ ਵਾਲੀ ਹਰ ਆਈਟਮ)
plot-title-test = ਟੈਸਟ ਜਾਣਕਾਰੀ: ਬੈਂਕ { $bank } { $version } ({ $items } ਆਈਟਮਾਂ)
plot-title-item = ਆਈਟਮ { $item } ({ $model })
plot-axis-theta = θ (ਯੋਗਤਾ, ਲੌਜਿਟ)
plot-axis-information = ਜਾਣਕਾਰੀ
plot-axis-se = ਮਿਆਰੀ ਗ਼ਲਤੀ
plot-axis-probability = ਸੰਭਾਵਨਾ
plot-legend-score = ਅੰਕ { $score }
plot-written = { $count } ਗ੍ਰਾਫ਼ { $path } ਵਿੱਚ ਲਿਖੇ ਗਏ।
