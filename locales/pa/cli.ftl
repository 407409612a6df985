## ਕਮਾਂਡ-ਲਾਈਨ ਇੰਟਰਫ਼ੇਸ ਅਤੇ ਰਿਪੋਰਟਾਂ (ਪੰਜਾਬੀ)। ਪਲੇਸਹੋਲਡਰ ਪ੍ਰੋਗਰਾਮ ਆਪ ਭਰਦਾ ਹੈ।

## ਮਦਦ ਵਾਲੀ ਲਿਖਤ
cli-about = ਇੱਕ ਛੋਟੇ ਅਨੁਕੂਲ (ਅਡੈਪਟਿਵ) ਟੈਸਟ ਨਾਲ ਬਾਲਗ ਸਿੱਖਿਆਰਥੀਆਂ ਦਾ NLN ਡਿਜੀਟਲ ਸਾਖਰਤਾ ਪੱਧਰ ਤੈਅ ਕਰੋ।
cli-heading-commands = ਕਮਾਂਡਾਂ
cli-heading-options = ਵਿਕਲਪ
cli-opt-help = ਇਹ ਮਦਦ ਵਿਖਾਓ
cli-opt-version = ਵਰਜਨ ਵਿਖਾਓ
cli-opt-lang = ਸਵਾਲਾਂ ਅਤੇ ਸੁਨੇਹਿਆਂ ਦੀ ਭਾਸ਼ਾ (ਜਿਵੇਂ en, fr, fr-CA); ਡਿਫ਼ਾਲਟ NLN_LANG ਜਾਂ LANG ਤੋਂ
cli-opt-bank = ਵਰਤਣ ਵਾਲੀ ਸਮੱਗਰੀ: ਬੈਂਕ ਫੋਲਡਰ (bank.yaml ਵਾਲਾ) ਜਾਂ ਸਮੱਗਰੀ ਫੋਲਡਰ (framework.yaml ਵਾਲਾ); ਡਿਫ਼ਾਲਟ: ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਸ਼ਾਮਲ ਬੈਂਕ
cli-opt-bank-name = ਸਮੱਗਰੀ ਫੋਲਡਰ ਦਾ ਕਿਹੜਾ ਬੈਂਕ ਵਰਤਣਾ ਹੈ
cli-opt-seed = ਰੈਂਡਮ ਸੀਡ: ਇੱਕੋ ਸੀਡ ਅਤੇ ਇੱਕੋ ਜਵਾਬਾਂ ਨਾਲ ਇੱਕੋ ਟੈਸਟ ਬਣਦਾ ਹੈ
cli-opt-json = ਨਤੀਜਾ JSON ਵਜੋਂ ਸਟੈਂਡਰਡ ਆਊਟਪੁੱਟ ਉੱਤੇ ਛਾਪੋ
cli-assess-about = ਟਰਮੀਨਲ ਵਿੱਚ ਮੁਲਾਂਕਣ ਚਲਾਓ, ਹਰ ਸਵਾਲ ਦਾ ਜਵਾਬ ਉਸ ਦੇ ਨੰਬਰ ਨਾਲ ਦਿਓ
cli-assess-opt-save = ਹਰ ਜਵਾਬ ਤੋਂ ਬਾਅਦ ਸੈਸ਼ਨ ਨੂੰ ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਸੇਵ ਕਰੋ (--resume ਨਾਲ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ)
cli-assess-opt-resume = --save ਨਾਲ ਸੇਵ ਕੀਤਾ ਸੈਸ਼ਨ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ
cli-assess-opt-no-access = ਪਹੁੰਚ ਬਾਰੇ ਸਵਾਲ ਛੱਡ ਦਿਓ (ਡਿਵਾਈਸ, ਕਨੈਕਸ਼ਨ, ਈਮੇਲ …)
cli-assess-opt-audio = ਹਰ ਸਵਾਲ ਅਤੇ ਜਵਾਬ ਨੂੰ PATH ਵਿੱਚ ਮਿਲੇ ਆਡੀਓ ਪਲੇਅਰ ਨਾਲ ਚਲਾਓ (r = ਦੁਬਾਰਾ ਸੁਣੋ)
cli-assess-opt-max-items = ਨੰਬਰਾਂ ਵਾਲੇ ਵੱਧ ਤੋਂ ਵੱਧ ਕਿੰਨੇ ਸਵਾਲ ਪੁੱਛਣੇ ਹਨ
cli-assess-opt-method = ਨਤੀਜੇ ਦਾ ਅਨੁਮਾਨ ਲਗਾਉਣ ਦਾ ਤਰੀਕਾ: eap, map, mle ਜਾਂ wle
cli-validate-about = ਸਮੱਗਰੀ ਫੋਲਡਰ (ਢਾਂਚਾ, ਪੱਧਰ, ਬੈਂਕ ਅਤੇ ਭਾਸ਼ਾਵਾਂ) ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਲੱਭੀ ਹਰ ਗ਼ਲਤੀ ਛਾਪੋ
cli-validate-opt-dir = ਸਮੱਗਰੀ ਫੋਲਡਰ (ਜਿਵੇਂ assessments/) ਜਾਂ ਬੈਂਕ ਫੋਲਡਰ
cli-validate-opt-locales = ਸਮੱਗਰੀ ਨਾਲ ਜਾਂਚਣ ਲਈ ਭਾਸ਼ਾ-ਫੋਲਡਰ (ਡਿਫ਼ਾਲਟ: ਸਮੱਗਰੀ ਫੋਲਡਰ ਦੇ ਨਾਲ ਵਾਲਾ locales ਫੋਲਡਰ)
cli-simulate-about = ਅਨੁਕੂਲ ਟੈਸਟ ਉੱਤੇ ਨਕਲੀ ਸਿੱਖਿਆਰਥੀ ਚਲਾਓ ਅਤੇ ਲੰਬਾਈ, ਸ਼ੁੱਧਤਾ ਅਤੇ ਪੱਧਰ ਤੈਅ ਕਰਨ ਦੀ ਸਟੀਕਤਾ ਦੀ ਰਿਪੋਰਟ ਦਿਓ
cli-simulate-opt-n = ਨਕਲੀ ਸਿੱਖਿਆਰਥੀਆਂ ਦੀ ਗਿਣਤੀ
cli-simulate-opt-distribution = ਯੋਗਤਾ ਦੀ ਵੰਡ: normal (ਔਸਤ 0, SD 1) ਜਾਂ uniform (-3.5 ਤੋਂ 3.5)
cli-simulate-opt-no-exposure = ਸਵਾਲਾਂ ਦੇ ਵਰਤੇ ਜਾਣ ਦੀਆਂ ਹੱਦਾਂ ਲਾਗੂ ਨਾ ਕਰੋ

## ਮੁਲਾਂਕਣ
assess-intro = NLN ਡਿਜੀਟਲ ਸਾਖਰਤਾ ਮੁਲਾਂਕਣ — { $bank } (ਵਰਜਨ { $version })
assess-provisional = ਨੋਟ: ਇਹ ਬੈਂਕ ਅਜੇ ਜਵਾਬਾਂ ਦੇ ਡਾਟਾ ਨਾਲ ਕੈਲੀਬਰੇਟ ਨਹੀਂ ਹੋਇਆ; ਨਤੀਜੇ ਸਿਰਫ਼ ਅੰਦਾਜ਼ਾ ਹਨ।
assess-instructions = ਆਪਣੀ ਪਸੰਦ ਦਾ ਨੰਬਰ ਲਿਖੋ, ਫਿਰ Enter ਦਬਾਓ। 0 = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ। q = ਰੁਕੋ (ਜੇ ਤੁਸੀਂ --save ਵਰਤਦੇ ਹੋ ਤਾਂ ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਰਹਿੰਦੇ ਹਨ)।
assess-access-heading = ਤੁਹਾਡੇ ਬਾਰੇ (ਇਸ ਦੇ ਨੰਬਰ ਨਹੀਂ ਲੱਗਦੇ)
assess-question = ਸਵਾਲ { $number }
assess-audio-missing = ਆਡੀਓ: ਇਸ ਸਵਾਲ ਲਈ ਕੋਈ ਨਹੀਂ
assess-choose = ਤੁਹਾਡਾ ਜਵਾਬ:
assess-order-hint = ਨੰਬਰ ਸਹੀ ਤਰਤੀਬ ਵਿੱਚ ਲਿਖੋ, ਵਿਚਕਾਰ ਖਾਲੀ ਥਾਂ ਛੱਡ ਕੇ (ਜਿਵੇਂ: 2 1 3)।
assess-hotspot-hint = ਸਕ੍ਰੀਨ ਉੱਤੇ ਥਾਂ ਚੁਣੋ:
assess-task-hint = ਮੁਲਾਂਕਣਕਾਰ: ਦਰਜ ਕਰੋ ਕਿ ਕੰਮ ਕਿਵੇਂ ਹੋਇਆ।
assess-invalid = ਇਹ ਜਵਾਬ ਠੀਕ ਨਹੀਂ ਬੈਠਦਾ। ਕਿਰਪਾ ਕਰ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
assess-saved = ਸੈਸ਼ਨ { $file } ਵਿੱਚ ਸੇਵ ਹੋ ਗਿਆ।
assess-resumed = { $count ->
        [one] { $count } ਜਵਾਬ
       *[other] { $count } ਜਵਾਬਾਂ
    } ਵਾਲਾ ਸੈਸ਼ਨ ਮੁੜ ਸ਼ੁਰੂ ਕੀਤਾ।
assess-stopped = ਅੰਤ ਤੋਂ ਪਹਿਲਾਂ ਰੋਕਿਆ ਗਿਆ। { $count ->
        [one] { $count } ਜਵਾਬ ਦਿੱਤਾ ਗਿਆ
       *[other] { $count } ਜਵਾਬ ਦਿੱਤੇ ਗਏ
    }।
assess-input-ended = ਟੈਸਟ ਪੂਰਾ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਇਨਪੁੱਟ ਖ਼ਤਮ ਹੋ ਗਿਆ।
answer-dont-know = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## ਨਤੀਜਾ
result-heading = ਨਤੀਜਾ
result-level = ਪੱਧਰ: { $name }
result-profile = ਪ੍ਰੋਫ਼ਾਈਲ: { $profile }
result-band = ਸੰਭਾਵਿਤ ਦਾਇਰਾ: NLN { $low } ਤੋਂ NLN { $high } ({ $confidence } % ਭਰੋਸਾ)
result-theta = ਯੋਗਤਾ ਦਾ ਅਨੁਮਾਨ: { $theta } (ਸਟੈਂਡਰਡ ਐਰਰ { $se }, { $method })
result-items = ਨੰਬਰਾਂ ਵਾਲੇ ਸਵਾਲ: { $count }। ਰੁਕਣ ਦਾ ਕਾਰਨ: { $reason }
result-capped = ਕੁੱਲ ਪੱਧਰ { $code } ਉੱਤੇ ਰੋਕਿਆ ਗਿਆ ਕਿਉਂਕਿ ਇੱਕ ਮੁੱਖ ਖੇਤਰ ਸਾਫ਼ ਤੌਰ 'ਤੇ ਨੀਵਾਂ ਹੈ (ਨਹੀਂ ਤਾਂ ਇਹ { $uncapped } ਹੁੰਦਾ)।
result-irregular = ਅਸਮਾਨ ਪ੍ਰੋਫ਼ਾਈਲ: ਮੁੱਖ ਖੇਤਰਾਂ ਵਿੱਚ ਦੋ ਜਾਂ ਵੱਧ ਪੱਧਰਾਂ ਦਾ ਫ਼ਰਕ ਹੈ।
result-areas-heading = ਖੇਤਰ
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items } ਸਵਾਲ — { $standing }
result-area-not-measured = { $code } { $name }: ਮਾਪਿਆ ਨਹੀਂ ਗਿਆ
result-area-few = (ਥੋੜ੍ਹੇ ਸਵਾਲ: ਧਿਆਨ ਨਾਲ ਪੜ੍ਹੋ)
result-can-do-heading = ਮੈਂ ਕਰ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ …
result-next-heading = ਅੱਗੇ ਸਿੱਖਣ ਲਈ ਕਦਮ
result-guidance-heading = ਸੇਵਾਵਾਂ
result-access-heading = ਪਹੁੰਚ (ਆਪਣੇ ਬਾਰੇ ਆਪ ਦੱਸਿਆ)
result-provisional = ਆਰਜ਼ੀ: ਜਦੋਂ ਤੱਕ ਬੈਂਕ ਕੈਲੀਬਰੇਟ ਨਹੀਂ ਹੁੰਦਾ, ਕੱਟ-ਸਕੋਰ ਅਤੇ ਸਵਾਲਾਂ ਦੇ ਮਾਪਦੰਡ ਮਾਹਰਾਂ ਨੇ ਤੈਅ ਕੀਤੇ ਹਨ।
result-review = ਸਵਾਲ { $locale } ਵਿੱਚ ਵਿਖਾਏ ਗਏ ({ $status })।
standing-strength = ਮਜ਼ਬੂਤੀ
standing-on_level = ਪੱਧਰ ਮੁਤਾਬਕ
standing-needs_support = ਮਦਦ ਦੀ ਲੋੜ
standing-not_measured = ਮਾਪਿਆ ਨਹੀਂ ਗਿਆ
guidance-phone-services = ਫ਼ੋਨ ਅਤੇ ਆਵਾਜ਼ ਵਾਲੇ ਸੁਨੇਹਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ ਵਰਤ ਸਕਦੇ ਹਨ
guidance-online-services = ਔਨਲਾਈਨ ਕਲਾਸਾਂ ਅਤੇ ਔਨਲਾਈਨ ਸੇਵਾਵਾਂ ਲਈ ਤਿਆਰ
guidance-independent = ਔਨਲਾਈਨ ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ ਅਤੇ ਨੌਕਰੀ ਲੱਭਣ ਵਿੱਚ ਆਤਮ-ਨਿਰਭਰ
guidance-met = ਹਾਂ
guidance-not_met = ਅਜੇ ਨਹੀਂ
guidance-unknown = ਪਤਾ ਨਹੀਂ (ਪਹੁੰਚ ਬਾਰੇ ਨਹੀਂ ਪੁੱਛਿਆ ਗਿਆ)
stop-precision = ਨਤੀਜਾ ਕਾਫ਼ੀ ਸਟੀਕ ਹੈ
stop-classified = ਪੱਧਰ ਤੈਅ ਹੋ ਗਿਆ ਹੈ
stop-max-items = ਵੱਧ ਤੋਂ ਵੱਧ ਸਵਾਲ ਪੁੱਛੇ ਜਾ ਚੁੱਕੇ ਹਨ
stop-bank-exhausted = ਕੋਈ ਸਵਾਲ ਬਾਕੀ ਨਹੀਂ ਰਿਹਾ
stop-none = ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = ਜਾਂਚਿਆ ਹੋਇਆ
review-machine-drafted = ਮਸ਼ੀਨ ਦਾ ਤਿਆਰ ਕੀਤਾ, ਅਜੇ ਜਾਂਚਿਆ ਨਹੀਂ
access-field-devices = ਡਿਵਾਈਸ
access-field-connection = ਕਨੈਕਸ਼ਨ
access-field-email_account = ਈਮੇਲ ਖਾਤਾ
access-field-reads_first_language = ਆਪਣੀ ਪਹਿਲੀ ਭਾਸ਼ਾ ਪੜ੍ਹ ਸਕਦੇ ਹਨ
access-field-assistive_needs = ਮਦਦ ਦੀਆਂ ਲੋੜਾਂ
access-field-preferred_channel = ਸੇਵਾ ਲੈਣ ਦਾ ਪਸੰਦੀਦਾ ਤਰੀਕਾ

## ਜਾਂਚ
validate-ok = { $path }: ਕੋਈ ਗ਼ਲਤੀ ਨਹੀਂ (ਬੈਂਕ { $bank } ਵਿੱਚ { $items } ਸਵਾਲ, { $locales ->
        [one] { $locales } ਭਾਸ਼ਾ ਜਾਂਚੀ
       *[other] { $locales } ਭਾਸ਼ਾਵਾਂ ਜਾਂਚੀਆਂ
    })।
validate-errors = { $path }: { $count ->
        [one] { $count } ਗ਼ਲਤੀ ਮਿਲੀ
       *[other] { $count } ਗ਼ਲਤੀਆਂ ਮਿਲੀਆਂ
    }।
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: ਸੁਨੇਹਾ `{ $id }` ਮੌਜੂਦ ਨਹੀਂ ਹੈ
validate-missing-audio = { $locale }: ਆਡੀਓ ਕਲਿੱਪ `{ $id }` audio.yaml ਵਿੱਚ ਮੌਜੂਦ ਨਹੀਂ ਹੈ
validate-coverage = ਪੱਧਰ ਮੁਤਾਬਕ ਸਵਾਲ: { $coverage }
validate-no-banks = { $path } ਵਿੱਚ ਕੋਈ ਬੈਂਕ ਨਹੀਂ ਮਿਲਿਆ (banks/<name>/bank.yaml ਦੀ ਉਮੀਦ ਸੀ)।

load-error-syntax = ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ ਜਾਂ ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਨਹੀਂ ਬੈਠਦਾ: { $detail }
load-error-missing-field = ਲੋੜੀਂਦਾ ਖ਼ਾਨਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ
load-error-invalid-value = ਮੁੱਲ ਠੀਕ ਨਹੀਂ ਹੈ: { $detail }
load-error-duplicate-id = ਦੋਹਰੀ id { $detail }
load-error-unknown-competence = ਅਣਜਾਣ ਯੋਗਤਾ { $detail }
load-error-unknown-source = ਮੇਲ-ਸਾਰਣੀ (crosswalk) ਦਾ ਅਣਜਾਣ ਸਰੋਤ { $detail }
load-error-non-positive-a = ਵਿਤਕਰਾ-ਮਾਪ (discrimination) a 0 ਤੋਂ ਵੱਧ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ (ਮਿਲਿਆ { $detail })
load-error-guessing-range = ਅੰਦਾਜ਼ਾ-ਮਾਪ (guessing) c ਘੱਟੋ-ਘੱਟ 0 ਅਤੇ 1 ਤੋਂ ਘੱਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ (ਮਿਲਿਆ { $detail })
load-error-unordered-thresholds = ਦਰਜਾਬੰਦ ਹੱਦਾਂ (thresholds) ਲਗਾਤਾਰ ਵਧਦੀਆਂ ਹੋਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ (ਮਿਲਿਆ { $detail })
load-error-threshold-count = ਸਕੋਰ ਸ਼੍ਰੇਣੀਆਂ ਅਤੇ ਹੱਦਾਂ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀਆਂ (ਸ਼੍ਰੇਣੀਆਂ/ਹੱਦਾਂ: { $detail })
load-error-key-not-option = ਜਵਾਬ-ਕੁੰਜੀ { $detail } ਸਵਾਲ ਦੇ ਵਿਕਲਪਾਂ ਜਾਂ ਖੇਤਰਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ
load-error-model-type = ਇਹ ਮਾਡਲ ਇਸ ਕਿਸਮ ਦੇ ਸਵਾਲ ਦੇ ਨੰਬਰ ਨਹੀਂ ਲਗਾ ਸਕਦਾ ({ $detail })
load-error-unordered-cuts = ਕੱਟ-ਸਕੋਰ ਪੱਧਰ ਦੇ ਨਾਲ ਵਧਣੇ ਚਾਹੀਦੇ ਹਨ ({ $detail })
load-error-level-sequence = ਪੱਧਰ 0, 1, 2 … ਬਿਨਾਂ ਕਿਸੇ ਖੱਪੇ ਦੇ ਚੱਲਣੇ ਚਾਹੀਦੇ ਹਨ (ਉਮੀਦ/ਮਿਲਿਆ: { $detail })
load-error-missing-file = ਫ਼ਾਈਲ ਨਹੀਂ ਮਿਲੀ: { $detail }
load-error-competence-without-items = ਯੋਗਤਾ { $detail } ਦਾ ਬੈਂਕ ਵਿੱਚ ਕੋਈ ਸਵਾਲ ਨਹੀਂ ਹੈ
load-error-bad-message-id = ਇਹ Fluent ਸੁਨੇਹੇ ਦੀ ਠੀਕ id ਨਹੀਂ ਹੈ: { $detail }

## ਸਿਮੂਲੇਸ਼ਨ
simulate-progress = { $total } ਵਿੱਚੋਂ { $done } ਸਿੱਖਿਆਰਥੀਆਂ ਦਾ ਸਿਮੂਲੇਸ਼ਨ ਹੋ ਗਿਆ
simulate-heading = ਸਿਮੂਲੇਸ਼ਨ: { $n } ਸਿੱਖਿਆਰਥੀ, ਸੀਡ { $seed }, ਬੈਂਕ { $bank }
simulate-items = ਨੰਬਰਾਂ ਵਾਲੇ ਸਵਾਲਾਂ ਦੀ ਔਸਤ: { $mean } (ਵੱਧ ਤੋਂ ਵੱਧ: { $max })
simulate-rmse = ਯੋਗਤਾ RMSE: { $rmse }; ਝੁਕਾਅ (bias): { $bias }; ਔਸਤ ਸਟੈਂਡਰਡ ਐਰਰ: { $se }
simulate-accuracy = ਆਪਣੇ ਅਸਲ ਪੱਧਰ ਉੱਤੇ ਰੱਖੇ ਗਏ: { $exact } %; ਇੱਕ ਪੱਧਰ ਦੇ ਅੰਦਰ: { $within } %
simulate-exposure = ਕਿਸੇ ਸਵਾਲ ਦੇ ਵਰਤੇ ਜਾਣ ਦੀ ਸਭ ਤੋਂ ਵੱਧ ਦਰ: { $rate } %
simulate-stops = ਰੁਕਣ ਦੇ ਕਾਰਨ: { $reasons }
simulate-level-line = ਅਸਲ ਪੱਧਰ { $code }: { $n } ਸਿੱਖਿਆਰਥੀ, ਬਿਲਕੁਲ ਸਹੀ { $exact } %, ਇੱਕ ਪੱਧਰ ਦੇ ਅੰਦਰ { $within } %, { $items } ਸਵਾਲ

## ਗ਼ਲਤੀਆਂ
error-read = { $path } ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: { $reason }
error-write = { $path } ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: { $reason }
error-not-content = { $path } ਵਿੱਚ ਨਾ framework.yaml (ਸਮੱਗਰੀ ਫੋਲਡਰ) ਹੈ ਅਤੇ ਨਾ bank.yaml (ਬੈਂਕ ਫੋਲਡਰ)।
error-session-file = { $path } ਸੇਵ ਕੀਤਾ ਸੈਸ਼ਨ ਨਹੀਂ ਹੈ: { $reason }
error-session = ਸੈਸ਼ਨ ਅੱਗੇ ਨਹੀਂ ਚੱਲ ਸਕਦਾ: { $reason }
error-content = ਸਮੱਗਰੀ ਵਿੱਚ ਗ਼ਲਤੀਆਂ ਹਨ:
error-locales = ਭਾਸ਼ਾ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਗ਼ਲਤੀਆਂ ਹਨ:
clip-status-pending = ਅਜੇ ਰਿਕਾਰਡ ਨਹੀਂ ਹੋਇਆ
clip-status-recorded = ਰਿਕਾਰਡ ਕੀਤਾ ਹੋਇਆ
clip-status-synthesized = ਮਸ਼ੀਨੀ ਆਵਾਜ਼
