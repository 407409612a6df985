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
cli-audio-build-about = ਆਡੀਓ ਫੋਲਡਰ ਵਿੱਚ ਹਰ ਗੁੰਮ ਕਲਿੱਪ ਬਣਾਓ (ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼, ਚੁੱਪ ਕੱਟ ਕੇ, ਆਵਾਜ਼ ਦਾ ਪੱਧਰ ਬਰਾਬਰ ਕਰ ਕੇ, Opus ਅਤੇ ਬਦਲਵੀਂ MP3)
cli-audio-build-opt-check = ਕੁਝ ਨਾ ਬਦਲੋ; ਜੇ ਸਿੱਖਣ ਵਾਲੇ ਦੇ ਕਿਸੇ ਸੁਨੇਹੇ ਦੀ ਕਲਿੱਪ ਨਹੀਂ, ਜਾਂ ਕਲਿੱਪ ਪੁਰਾਣੀ ਹੈ ਜਾਂ ਰਿਕਾਰਡਿੰਗ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਫੇਲ੍ਹ ਹੋਵੋ
cli-audio-opt-out = ਆਡੀਓ ਫੋਲਡਰ (ਮੂਲ: NLN_AUDIO_DIR, ਨਹੀਂ ਤਾਂ target/audio)
audio-tool-missing = { $program } ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ; ਆਡੀਓ ਬਣਾਉਣ ਲਈ ਇਹ ਚਾਹੀਦਾ ਹੈ। Debian ਜਾਂ Ubuntu ਉੱਤੇ: apt-get install { $package }
audio-needs-recording = { $locale } ਦੀ ਕੋਈ ਵਰਤਣਯੋਗ ਕੰਪਿਊਟਰੀ ਆਵਾਜ਼ ਨਹੀਂ: { $count ->
        [one] { $count } ਕਲਿੱਪ ਨੂੰ ਮਨੁੱਖੀ ਰਿਕਾਰਡਿੰਗ ਚਾਹੀਦੀ ਹੈ
       *[other] { $count } ਕਲਿੱਪਾਂ ਨੂੰ ਮਨੁੱਖੀ ਰਿਕਾਰਡਿੰਗ ਚਾਹੀਦੀ ਹੈ
    } (ਵੇਖੋ `nln audio script --lang { $locale }`)।
audio-recording-not-imported = { $locale }: ਰਿਕਾਰਡਿੰਗ { $file } ਮੌਜੂਦ ਨਹੀਂ: ਇਸਨੂੰ `nln audio import` ਨਾਲ ਲਿਆਓ।
audio-clips-not-built = { $locale }: { $folder } ਵਿੱਚ { $count ->
        [one] { $count } ਕਲਿੱਪ ਨਹੀਂ ਬਣੀ
       *[other] { $count } ਕਲਿੱਪਾਂ ਨਹੀਂ ਬਣੀਆਂ
    }: `nln audio build --lang { $locale }` ਚਲਾਓ।
audio-clip-failed = { $file } ਨਹੀਂ ਬਣ ਸਕੀ: { $reason }
audio-progress = { $locale } ਦੀਆਂ ਕਲਿੱਪਾਂ ਬਣ ਰਹੀਆਂ ਹਨ
audio-built = { $locale }: { $folder } ਵਿੱਚ { $built ->
        [one] { $built } ਕਲਿੱਪ ਬਣੀ
       *[other] { $built } ਕਲਿੱਪਾਂ ਬਣੀਆਂ
    }।
audio-check-failed = { $count ->
        [one] { $count } ਆਡੀਓ ਸਮੱਸਿਆ ਮਿਲੀ।
       *[other] { $count } ਆਡੀਓ ਸਮੱਸਿਆਵਾਂ ਮਿਲੀਆਂ।
    }
cli-audio-script-about = ਆਵਾਜ਼ ਕਲਾਕਾਰ ਲਈ ਰਿਕਾਰਡਿੰਗ ਸਕ੍ਰਿਪਟ ਲਿਖੋ: ਹਰ ਪਾਠ, ਉਸਦੀ ਫਾਈਲ ਦਾ ਨਾਂ, ਅਤੇ ਉਹ ਕਿੱਥੇ ਸੁਣਿਆ ਜਾਂਦਾ ਹੈ
cli-audio-script-opt-output = ਸਕ੍ਰਿਪਟ ਇਸ ਫਾਈਲ ਵਿੱਚ ਲਿਖੋ (ਮੂਲ: ਮਿਆਰੀ ਆਉਟਪੁੱਟ)
cli-audio-import-about = ਆਵਾਜ਼ ਕਲਾਕਾਰ ਦੀਆਂ ਰਿਕਾਰਡਿੰਗਾਂ ਲਿਆਓ: ਲੰਬਾਈ ਅਤੇ ਆਵਾਜ਼ ਦਾ ਪੱਧਰ ਜਾਂਚੋ, ਇਨਕੋਡ ਕਰੋ, audio.yaml ਤਾਜ਼ਾ ਕਰੋ
cli-audio-import-opt-dir = ਰਿਕਾਰਡਿੰਗਾਂ ਵਾਲਾ ਫੋਲਡਰ, ਸਕ੍ਰਿਪਟ ਵਾਂਗ ਨਾਵਾਂ ਨਾਲ
cli-audio-import-opt-speaker = ਬੋਲਣ ਵਾਲੇ ਦਾ ਕੋਡ ਜੋ ਹਰ ਰਿਕਾਰਡਿੰਗ ਨਾਲ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ (ਜਿਵੇਂ F03)
audio-script-heading = ਰਿਕਾਰਡਿੰਗ ਸਕ੍ਰਿਪਟ: { $locale } ({ $count } ਪਾਠ)
audio-script-instructions = ਹਰ ਪਾਠ ਸ਼ਾਂਤੀ ਨਾਲ ਅਤੇ ਥੋੜ੍ਹਾ ਹੌਲੀ ਪੜ੍ਹੋ, ਜਿਵੇਂ ਕਿਸੇ ਅਜਿਹੇ ਬਾਲਗ ਨਾਲ ਗੱਲ ਕਰ ਰਹੇ ਹੋਵੋ ਜੋ ਕੰਪਿਊਟਰ ਲਈ ਨਵਾਂ ਹੈ। ਸ਼ਾਂਤ ਕਮਰੇ ਵਿੱਚ, ਮਾਈਕ੍ਰੋਫੋਨ ਤੋਂ ਲਗਭਗ 20 ਸੈਂਟੀਮੀਟਰ ਦੂਰ ਰਿਕਾਰਡ ਕਰੋ। ਹਰ ਪਾਠ ਨੂੰ ਉਸਦੀ ਆਪਣੀ WAV ਫਾਈਲ (48 kHz) ਵਿੱਚ ਬਿਲਕੁਲ ਦਿਖਾਏ ਨਾਂ ਨਾਲ ਸੰਭਾਲੋ, ਪਹਿਲਾਂ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਥੋੜ੍ਹੀ ਚੁੱਪ ਨਾਲ।
audio-script-context = ਕਿੱਥੇ ਸੁਣਿਆ ਜਾਂਦਾ ਹੈ: { $context }
audio-script-role-prompt = ਆਈਟਮ { $item } ਦਾ ਸਵਾਲ
audio-script-role-option = ਆਈਟਮ { $item } ਦਾ ਇੱਕ ਜਵਾਬ
audio-script-role-region = ਆਈਟਮ { $item } ਦੀ ਤਸਵੀਰ ਉੱਤੇ ਇੱਕ ਥਾਂ
audio-script-role-category = ਆਈਟਮ { $item } ਲਈ ਮੁਲਾਂਕਣਕਾਰ ਦਾ ਦਰਜਾ
audio-script-role-screen = ਟੈਸਟ ਦੀ ਕੋਈ ਹਦਾਇਤ ਜਾਂ ਬਟਨ
audio-script-picture = ਤਸਵੀਰ: { $file }
audio-script-english = ਅੰਗਰੇਜ਼ੀ: { $text }
audio-script-say = ਕਹੋ:
audio-script-written = ਰਿਕਾਰਡਿੰਗ ਸਕ੍ਰਿਪਟ { $path } ਵਿੱਚ ਲਿਖੀ ਗਈ ({ $count } ਪਾਠ)।
audio-import-one-locale = ਲਿਆਉਣ ਲਈ --lang ਨਾਲ ਬਿਲਕੁਲ ਇੱਕ ਭਾਸ਼ਾ ਦਿਓ।
audio-import-rejected = { $file } ਨਹੀਂ ਲਿਆਂਦੀ ਗਈ: { $reason }
audio-reason-name = ਫਾਈਲ ਦਾ ਨਾਂ ਸਕ੍ਰਿਪਟ ਵਾਂਗ <clip>.<hash>.wav ਨਹੀਂ ਹੈ।
audio-reason-unknown = { $ref } ਨਾਂ ਦੀ ਕੋਈ ਕਲਿੱਪ ਨਹੀਂ।
audio-reason-stale = ਇਹ { $ref } ਦੇ ਪੁਰਾਣੇ ਪਾਠ ਤੋਂ ਰਿਕਾਰਡ ਹੋਈ; ਮੌਜੂਦਾ ਪਾਠ ਰਿਕਾਰਡ ਕਰੋ (ਨਵੀਂ ਸਕ੍ਰਿਪਟ ਵੇਖੋ)।
audio-reason-unreadable = ਇਸਨੂੰ WAV ਫਾਈਲ ਵਜੋਂ ਨਹੀਂ ਪੜ੍ਹਿਆ ਜਾ ਸਕਦਾ ({ $detail })।
audio-reason-duration = ਬੋਲਣ ਦੀ ਲੰਬਾਈ { $seconds } ਸਕਿੰਟ ਹੈ; ਕਲਿੱਪ { $min } ਤੋਂ { $max } ਸਕਿੰਟ ਦੀ ਹੁੰਦੀ ਹੈ।
audio-reason-quiet = ਆਵਾਜ਼ ਬਹੁਤ ਧੀਮੀ ਹੈ ({ $lufs } LUFS, ਘੱਟੋ-ਘੱਟ { $min } ਚਾਹੀਦਾ): ਮਾਈਕ੍ਰੋਫੋਨ ਦੇ ਨੇੜੇ ਰਿਕਾਰਡ ਕਰੋ।
audio-reason-clipped = ਆਵਾਜ਼ ਵਿਗੜੀ ਹੋਈ ਹੈ (ਪੱਧਰ ਵੱਧ ਤੋਂ ਵੱਧ ਤੱਕ ਪਹੁੰਚ ਗਿਆ): ਮਾਈਕ੍ਰੋਫੋਨ ਤੋਂ ਥੋੜ੍ਹਾ ਦੂਰ ਰਿਕਾਰਡ ਕਰੋ।
audio-import-done = { $locale }: { $count ->
        [one] { $count } ਰਿਕਾਰਡਿੰਗ ਲਿਆਂਦੀ ਗਈ
       *[other] { $count } ਰਿਕਾਰਡਿੰਗਾਂ ਲਿਆਂਦੀਆਂ ਗਈਆਂ
    }, { $rejected } ਰੱਦ।
