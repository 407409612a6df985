## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = PyPI ਦਾ espeak-ng (espeakng-loader) ਨਹੀਂ ਮਿਲਿਆ। ਇਸਨੂੰ virtualenv ਵਿੱਚ ਇੰਸਟਾਲ ਕਰੋ: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, ਫਿਰ .venv/bin ਨੂੰ PATH ਵਿੱਚ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਰੱਖੋ ਜਾਂ NLN_ESPEAK_NG_DIR ਨੂੰ ਪੈਕੇਜ ਦਾ ਫੋਲਡਰ ਬਣਾਓ।
audio-engine-pypi-version = { $folder } ਵਿੱਚ espeak-ng ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਵਰਜਨ { $found } ਹੈ; PyPI ਇੰਜਣ ਨੂੰ { $wanted } ਜਾਂ ਨਵਾਂ ਚਾਹੀਦਾ ਹੈ।
audio-engine-unknown = voices.yaml ਵਿੱਚ ਅਣਜਾਣ ਬੋਲੀ ਇੰਜਣ { $engine } (ਜਾਣੇ-ਪਛਾਣੇ: { $known })।
