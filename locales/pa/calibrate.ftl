## ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਅਤੇ ਖੋਜ (ਪੰਜਾਬੀ, ਮਸ਼ੀਨੀ ਖਰੜਾ)। ਖੋਜਕਾਰਾਂ ਲਈ: ਆਡੀਓ ਨਹੀਂ।

cli-calibrate-about = ਜਵਾਬਾਂ ਦੇ ਡਾਟਾ ਤੋਂ ਸਵਾਲਾਂ ਦੇ ਪੈਰਾਮੀਟਰਾਂ ਦਾ ਅੰਦਾਜ਼ਾ (MML-EM) ਅਤੇ ਲੋੜ ਹੋਵੇ ਤਾਂ ਬੈਂਕ ਦਾ ਕੈਲੀਬ੍ਰੇਟ ਕੀਤਾ ਨਵਾਂ ਸੰਸਕਰਣ ਲਿਖੋ
cli-research-opt-data = ਜਵਾਬਾਂ ਦੀ ਫ਼ਾਈਲ: ਲੰਮੀ CSV (id,item,resp) ਜਾਂ ਚੌੜੀ (ਹਰ ਸਵਾਲ ਲਈ ਇੱਕ ਕਾਲਮ, NA = ਨਹੀਂ ਦਿੱਤਾ)
cli-research-opt-format = ਫ਼ਾਈਲ ਦੀ ਬਣਤਰ: long ਜਾਂ wide (ਮੂਲ: ਸਿਰਲੇਖ ਤੋਂ ਪਛਾਣੀ ਜਾਂਦੀ)
cli-calibrate-opt-model = ਹਰ ਸਵਾਲ ਦਾ ਮਾਡਲ: rasch, 1pl, 2pl, 3pl ਜਾਂ grm
cli-calibrate-opt-items-model = ਸਵਾਲ,ਮਾਡਲ ਲਾਈਨਾਂ ਵਾਲੀ CSV ਫ਼ਾਈਲ ਜੋ ਕੁਝ ਸਵਾਲਾਂ ਨੂੰ ਹੋਰ ਮਾਡਲ ਦਿੰਦੀ ਹੈ
cli-calibrate-opt-anchor = ਉਹ ਬੈਂਕ ਜਿਸ ਦੇ ਸਵਾਲ ਆਪਣੇ ਪੈਰਾਮੀਟਰ ਰੱਖਦੇ ਹਨ (ਉਸ ਦੇ ਪੈਮਾਨੇ ਉੱਤੇ ਸਥਿਰ ਐਂਕਰ ਕੈਲੀਬ੍ਰੇਸ਼ਨ)
cli-calibrate-opt-out = ਨਵੇਂ ਪੈਰਾਮੀਟਰਾਂ ਵਾਲਾ ਬੈਂਕ, ਨਵੇਂ ਕੈਲੀਬ੍ਰੇਟ ਕੀਤੇ ਸੰਸਕਰਣ ਵਜੋਂ, ਇਸ ਫੋਲਡਰ ਵਿੱਚ ਲਿਖੋ
cli-calibrate-opt-version = ਲਿਖੇ ਬੈਂਕ ਦਾ ਸੰਸਕਰਣ (ਮੂਲ: ਅਗਲਾ ਛੋਟਾ ਸੰਸਕਰਣ)
cli-calibrate-opt-slope-prior = ਢਲਾਣਾਂ ਉੱਤੇ ਇਸ SD ਨਾਲ ਲੌਗ-ਨਾਰਮਲ ਪ੍ਰਾਇਰ (ਜਿਵੇਂ 0.5), ਖਿੰਡੇ ਅਨੁਕੂਲੀ ਡਾਟਾ ਲਈ
cli-calibrate-opt-no-se = ਮਿਆਰੀ ਗ਼ਲਤੀਆਂ ਨਾ ਕੱਢੋ (ਵੱਡੇ ਬੈਂਕਾਂ ਲਈ ਤੇਜ਼)
cli-score-about = ਜਵਾਬਾਂ ਦੀ ਫ਼ਾਈਲ ਵਿੱਚ ਹਰ ਵਿਅਕਤੀ ਦੀ ਯੋਗਤਾ, ਮਿਆਰੀ ਗ਼ਲਤੀ ਅਤੇ NLN ਪੱਧਰ ਦਾ ਅੰਦਾਜ਼ਾ
cli-score-opt-csv = CSV ਛਾਪੋ (id,theta,se,level,items)
cli-score-opt-eapsum = ਸਥਿਰ ਫ਼ਾਰਮ ਲਈ ਕੁੱਲ ਅੰਕਾਂ ਅਨੁਸਾਰ EAP ਸਾਰਣੀ ਛਾਪੋ (ਸਭ ਨੇ ਇੱਕੋ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿੱਤੇ)
cli-export-about = ਸੰਭਾਲੇ ਸੈਸ਼ਨਾਂ ਦੇ ਅੰਕਿਤ ਜਵਾਬ ਲੰਮੀ ਜਾਂ ਚੌੜੀ CSV ਵਜੋਂ ਨਿਰਯਾਤ ਕਰੋ
cli-export-opt-sessions = ਸੰਭਾਲੀਆਂ ਸੈਸ਼ਨ ਫ਼ਾਈਲਾਂ (JSON)
cli-export-opt-out = ਮਿਆਰੀ ਆਉਟਪੁੱਟ ਦੀ ਥਾਂ ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੋ

calibrate-progress = EM ਚੱਕਰ
calibrate-converged = { $cycles } ਚੱਕਰਾਂ ਬਾਅਦ ਇਕਸਾਰ ਹੋਇਆ ({ $items } ਸਵਾਲ, { $persons } ਵਿਅਕਤੀ)।
calibrate-not-converged = { $cycles } ਚੱਕਰਾਂ ਬਾਅਦ ਵੀ ਇਕਸਾਰ ਨਹੀਂ ਹੋਇਆ ({ $items } ਸਵਾਲ, { $persons } ਵਿਅਕਤੀ): ਅੰਦਾਜ਼ੇ ਸਾਵਧਾਨੀ ਨਾਲ ਵਰਤੋ।
calibrate-fit = ਲੌਗ-ਲਾਈਕਲੀਹੁੱਡ { $loglik }, AIC { $aic }, BIC { $bic }, { $parameters } ਪੈਰਾਮੀਟਰ।
calibrate-latent = ਲੁਕਵੀਂ ਵੰਡ: ਔਸਤ { $mean }, SD { $sd }।
calibrate-table-header = ਸਵਾਲ, ਮਾਡਲ, ਢਲਾਣ a (SE), ਥਾਂ b (SE), ਐਸਿੰਪਟੋਟ c (SE), ਜਵਾਬ; * = ਐਂਕਰ
calibrate-se-method = ਮਿਆਰੀ ਗ਼ਲਤੀਆਂ: { $method }।
calibrate-written = ਬੈਂਕ ਦਾ ਸੰਸਕਰਣ { $version } { $path } ਵਿੱਚ ਲਿਖਿਆ ({ $items } ਸਵਾਲ ਕੈਲੀਬ੍ਰੇਟ ਹੋਏ)।
calibrate-unknown-model = ਅਣਜਾਣ ਮਾਡਲ “{ $model }” (rasch, 1pl, 2pl, 3pl ਜਾਂ grm)
calibrate-unknown-item = ਸਵਾਲ “{ $item }” ਜਵਾਬਾਂ ਦੀ ਫ਼ਾਈਲ ਵਿੱਚ ਨਹੀਂ
calibrate-out-unknown-items = ਕੋਈ ਬੈਂਕ ਨਹੀਂ ਲਿਖਿਆ ਜਾ ਸਕਦਾ: ਇਹ ਸਵਾਲ ਬੈਂਕ { $bank } ਵਿੱਚ ਨਹੀਂ: { $items }
calibrate-out-invalid = ਕੈਲੀਬ੍ਰੇਟ ਕੀਤਾ ਬੈਂਕ ਲੋਡ ਨਾ ਹੁੰਦਾ:
calibrate-error-spec-count = ਮਾਡਲ ਜਵਾਬਾਂ ਦੀ ਫ਼ਾਈਲ ਦੇ ਸਵਾਲਾਂ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ।
calibrate-error-no-data = ਫ਼ਾਈਲ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਨਹੀਂ।
calibrate-error-no-variation = ਸਵਾਲ { $item }: ਹਰ ਜਵਾਬ ਦੇ ਅੰਕ ਇੱਕੋ ਹਨ, ਅੰਦਾਜ਼ੇ ਲਈ ਕੁਝ ਨਹੀਂ।
calibrate-error-not-dichotomous = ਸਵਾਲ { $item } ਦੇ ਅੰਕ { $score } ਹਨ, ਪਰ ਮਾਡਲ ਸਿਰਫ਼ 0 ਅਤੇ 1 ਦਿੰਦਾ ਹੈ (--model grm ਵਰਤੋ)।
calibrate-error-empty-category = ਸਵਾਲ { $item }: ਕਿਸੇ ਨੂੰ { $score } ਨਹੀਂ ਮਿਲੇ; ਅੰਕ ਮੁੜ ਕੋਡ ਕਰੋ ਤਾਂ ਜੋ ਹਰ ਸ਼੍ਰੇਣੀ ਵਰਤੀ ਜਾਵੇ।
calibrate-error-anchor-categories = ਐਂਕਰ ਸਵਾਲ { $item } ਦੀਆਂ { $categories } ਸ਼੍ਰੇਣੀਆਂ ਹਨ, ਪਰ ਡਾਟਾ ਵਿੱਚ ਅੰਕ { $score } ਹਨ।
calibrate-error-settings = ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਦੀ ਕੋਈ ਸੈਟਿੰਗ ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ।
calibrate-data-item-out-of-range = ਸਵਾਲ ਦਾ ਕਾਲਮ ਹੱਦ ਤੋਂ ਬਾਹਰ
calibrate-data-duplicate-item = ਇੱਕ ਕਤਾਰ ਵਿੱਚ ਇੱਕੋ ਸਵਾਲ ਦੋ ਵਾਰ
calibrate-data-bad-weight = ਕਤਾਰ ਦਾ ਭਾਰ ਜੋ ਧਨਾਤਮਕ ਸੰਖਿਆ ਨਹੀਂ
calibrate-data-score-too-large = ਬਹੁਤ ਵੱਡੇ ਅੰਕ

data-error-csv = ਖ਼ਰਾਬ CSV: { $reason }
data-error-empty = ਫ਼ਾਈਲ ਖ਼ਾਲੀ ਹੈ
data-error-missing-column = ਕਾਲਮ “{ $column }” ਨਹੀਂ ਹੈ
data-error-duplicate-column = ਕਾਲਮ “{ $column }” ਦੋ ਵਾਰ ਆਇਆ ਹੈ
data-error-no-items = ਸਵਾਲਾਂ ਦਾ ਕੋਈ ਕਾਲਮ ਨਹੀਂ
data-error-bad-score = ਅੰਕ “{ $value }” 0 ਜਾਂ ਵੱਧ ਦੀ ਪੂਰੀ ਸੰਖਿਆ ਨਹੀਂ (NA ਜਾਂ ਖ਼ਾਲੀ = ਨਹੀਂ ਦਿੱਤਾ)
data-error-empty-id = ਖ਼ਾਲੀ ਪਛਾਣ
data-error-duplicate-response = ਵਿਅਕਤੀ “{ $person }” ਨੇ ਸਵਾਲ “{ $item }” ਦਾ ਜਵਾਬ ਦੋ ਵਾਰ ਦਿੱਤਾ
data-error-duplicate-person = ਵਿਅਕਤੀ “{ $person }” ਦੀਆਂ ਦੋ ਕਤਾਰਾਂ ਹਨ
data-error-covariate-conflict = ਵਿਅਕਤੀ “{ $person }”: ਸਹਿ-ਚਲ { $name } ਇੱਕੋ ਸਮੇਂ “{ $first }” ਅਤੇ “{ $second }” ਹੈ
data-error-unknown-item = ਸਵਾਲ “{ $item }” ਬੈਂਕ { $bank } ਵਿੱਚ ਨਹੀਂ ਜਾਂ ਉਸ ਦਾ IRT ਮਾਡਲ ਨਹੀਂ।

score-header = ਪਛਾਣ, ਥੀਟਾ, SE, NLN ਪੱਧਰ, ਜਵਾਬ ਦਿੱਤੇ ਸਵਾਲ ({ $method }); * = ਖੋਜ ਦੀ ਹੱਦ ਉੱਤੇ MLE
score-out-of-range = ਵਿਅਕਤੀ { $person }, ਸਵਾਲ { $item }: ਅੰਕ { $score } ਸਵਾਲ ਦੇ ਸਭ ਤੋਂ ਵੱਧ ਅੰਕ { $max } ਤੋਂ ਉੱਪਰ ਹਨ।
score-not-fixed-form = ਕੁੱਲ ਅੰਕਾਂ ਦੀ EAP ਸਾਰਣੀ ਲਈ ਸਥਿਰ ਫ਼ਾਰਮ ਚਾਹੀਦਾ ਹੈ: ਸਭ ਨੇ ਇੱਕੋ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦੇਣੇ ਹਨ।
score-eapsum-header = ਕੁੱਲ ਅੰਕ, EAP ਥੀਟਾ, SD, ਦੇਖੇ ਵਿਅਕਤੀ, ਅਨੁਮਾਨਿਤ ਵਿਅਕਤੀ

export-error-session = { $path }: ਸੰਭਾਲਿਆ ਸੈਸ਼ਨ ਨਹੀਂ ({ $reason })
