# Content limits, session files and answer input (pa). Machine-drafted.
load-error-too-big = ਫ਼ਾਈਲ ਪੜ੍ਹਨ ਲਈ ਬਹੁਤ ਵੱਡੀ ਹੈ ਜਾਂ ਬਹੁਤ ਡੂੰਘੀ ਤਰ੍ਹਾਂ ਅੰਦਰ-ਅੰਦਰ ਹੈ ({ $detail })
load-error-implausible = IRT ਪੈਰਾਮੀਟਰ ਆਪਣੀ ਮੰਨਣਯੋਗ ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ ({ $detail })
cli-assess-opt-force = --save ਵਾਲੀ ਫ਼ਾਈਲ ਬਦਲੋ, ਭਾਵੇਂ ਉਹ ਸੰਭਾਲਿਆ ਸੈਸ਼ਨ ਨਾ ਹੋਵੇ
assess-how-to-answer = ਆਪਣੀ ਚੋਣ ਦਾ ਨੰਬਰ ਲਿਖੋ, ਫਿਰ Enter ਦਬਾਓ। 0 = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ। q = ਰੋਕੋ (ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਰਹਿੰਦੇ ਹਨ)।
assess-saving-to = ਤੁਹਾਡੇ ਜਵਾਬ { $file } ਵਿੱਚ ਸੰਭਾਲੇ ਗਏ ਹਨ
assess-resume-hint = ਬਾਅਦ ਵਿੱਚ ਜਾਰੀ ਰੱਖਣ ਲਈ ਚਲਾਓ: nln assess --resume { $file }
assess-interrupted = ਟੈਸਟ ਵਿੱਚ ਰੁਕਾਵਟ ਆ ਗਈ।
assess-type-number = 1 ਤੋਂ { $max } ਤੱਕ ਇੱਕ ਨੰਬਰ ਲਿਖੋ, ਜਾਂ ਜੇ ਨਹੀਂ ਪਤਾ ਤਾਂ 0, ਫਿਰ Enter ਦਬਾਓ।
assess-type-order = 1 ਤੋਂ { $max } ਤੱਕ ਦੇ ਨੰਬਰ ਸਹੀ ਕ੍ਰਮ ਵਿੱਚ, ਵਿਚਕਾਰ ਖਾਲੀ ਥਾਂ ਨਾਲ ਲਿਖੋ (ਜਿਵੇਂ: 2 1 3), ਜਾਂ ਜੇ ਨਹੀਂ ਪਤਾ ਤਾਂ 0।
error-not-regular-file = { $path } ਆਮ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ (ਇਹ ਲਿੰਕ, ਫੋਲਡਰ, ਪਾਈਪ ਜਾਂ ਡਿਵਾਈਸ ਹੈ), ਇਸ ਲਈ ਨਾ ਪੜ੍ਹੀ ਜਾਂਦੀ ਹੈ ਨਾ ਬਦਲੀ ਜਾਂਦੀ ਹੈ।
error-file-too-large = { $path } ਪੜ੍ਹਨ ਲਈ ਬਹੁਤ ਵੱਡੀ ਹੈ (ਬਾਈਟਾਂ ਵਿੱਚ ਹੱਦ: { $limit })।
error-too-many-files = { $path } ਵਿੱਚ ਪੜ੍ਹਨ ਲਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਫ਼ਾਈਲਾਂ ਹਨ (ਹੱਦ: { $limit })।
error-not-a-session = { $path } ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ ਅਤੇ ਇਸ ਟੈਸਟ ਦਾ ਸੰਭਾਲਿਆ ਸੈਸ਼ਨ ਨਹੀਂ ਹੈ। ਕੋਈ ਹੋਰ ਫ਼ਾਈਲ ਚੁਣੋ, ਜਾਂ ਬਦਲਣ ਲਈ --force ਜੋੜੋ।
error-session-in-use = { $path } ਇਸ ਵੇਲੇ ਚੱਲ ਰਹੇ ਕਿਸੇ ਹੋਰ ਟੈਸਟ ਦੀ ਵਰਤੋਂ ਵਿੱਚ ਹੈ।
error-no-saved-session = { $path } ਵਿੱਚ ਕੋਈ ਸੰਭਾਲਿਆ ਸੈਸ਼ਨ ਨਹੀਂ ਮਿਲਿਆ।
