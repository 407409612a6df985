## Audio: `nln audio` (assessor and maintainer messages; Punjabi, machine-drafted)

cli-audio-about = ਸਿੱਖਣ ਵਾਲੇ ਦੇ ਸੁਨੇਹਿਆਂ ਦੀ ਆਵਾਜ਼: ਸੂਚੀਆਂ ਦੀ ਯੋਜਨਾ, ਕਲਿੱਪ ਬਣਾਉਣਾ, ਮਨੁੱਖੀ ਆਵਾਜ਼ ਵਿੱਚ ਰਿਕਾਰਡ ਕਰਨਾ
cli-audio-plan-about = ਹਰ ਭਾਸ਼ਾ ਦੀ audio.yaml ਮੌਜੂਦਾ ਸੁਨੇਹਿਆਂ ਅਤੇ ਸਵਾਲਾਂ ਤੋਂ ਮੁੜ ਲਿਖੋ (ਉਹਨਾਂ ਨੂੰ ਬਦਲਣ ਤੋਂ ਬਾਅਦ ਚਲਾਓ)
cli-audio-plan-opt-check = ਕੁਝ ਨਾ ਬਦਲੋ; ਜੇ ਕੋਈ ਸੂਚੀ ਤਾਜ਼ਾ ਨਹੀਂ ਤਾਂ ਫੇਲ੍ਹ ਹੋਵੋ
cli-audio-opt-locales = ਭਾਸ਼ਾਵਾਂ ਦਾ ਫੋਲਡਰ (ਮੂਲ: locales)
audio-unknown-locale = { $locale } ਸੂਚੀ ਵਿੱਚ ਦਿੱਤੀ ਭਾਸ਼ਾ ਨਹੀਂ ({ $listed })।
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } ਕਲਿੱਪ
       *[other] { $clips } ਕਲਿੱਪਾਂ
    } ({ $synthesized } ਕੰਪਿਊਟਰ ਨਾਲ ਬਣੀਆਂ, { $recorded } ਰਿਕਾਰਡ ਕੀਤੀਆਂ, { $needs } ਰਿਕਾਰਡ ਕਰਨੀਆਂ ਬਾਕੀ)
audio-plan-unchanged = { $path } ਤਾਜ਼ਾ ਹੈ।
audio-plan-written = { $path } ਲਿਖੀ ਗਈ ({ $count ->
        [one] { $count } ਇੰਦਰਾਜ ਬਦਲਿਆ
       *[other] { $count } ਇੰਦਰਾਜ ਬਦਲੇ
    })।
audio-plan-outdated = { $path } ਤਾਜ਼ਾ ਨਹੀਂ ({ $count ->
        [one] { $count } ਇੰਦਰਾਜ ਵੱਖਰਾ ਹੈ
       *[other] { $count } ਇੰਦਰਾਜ ਵੱਖਰੇ ਹਨ
    })।
audio-plan-check-failed = { $count ->
        [one] { $count } ਆਡੀਓ ਸੂਚੀ ਤਾਜ਼ਾ ਨਹੀਂ: `nln audio plan` ਚਲਾਓ।
       *[other] { $count } ਆਡੀਓ ਸੂਚੀਆਂ ਤਾਜ਼ਾ ਨਹੀਂ: `nln audio plan` ਚਲਾਓ।
    }
audio-stale = { $locale }: { $ref } ਦੀ ਰਿਕਾਰਡਿੰਗ ਪੁਰਾਣੇ ਪਾਠ ਦੀ ਹੈ: ਇਸਨੂੰ ਦੁਬਾਰਾ ਰਿਕਾਰਡ ਕਰੋ (ਉਦੋਂ ਤੱਕ ਰੱਖੀ ਜਾਵੇਗੀ)।
audio-unplanned-missing = { $locale }: { $ref } ਦੀ ਕੋਈ ਕਲਿੱਪ ਨਹੀਂ: ਸੁਨੇਹਾ { $message } ਮੌਜੂਦ ਨਹੀਂ।
audio-unplanned-placeables = { $locale }: { $ref } ਦੀ ਕੋਈ ਕਲਿੱਪ ਨਹੀਂ: ਸੁਨੇਹੇ { $message } ਵਿੱਚ ਵੇਰੀਏਬਲ ਹਨ; ਇਸਨੂੰ ਵੇਰੀਏਬਲਾਂ ਤੋਂ ਬਿਨਾਂ .speech ਰੂਪ ਦਿਓ।
clip-status-needs-recording = ਮਨੁੱਖੀ ਆਵਾਜ਼ ਵਿੱਚ ਰਿਕਾਰਡਿੰਗ ਚਾਹੀਦੀ ਹੈ
