## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = د PyPI espeak-ng ‏(espeakng-loader) ونه موندل شو. په virtualenv کې یې نصب کړئ: { "\u2068" }python3 -m venv .venv && .venv/bin/pip install espeakng-loader{ "\u2069" }، بیا { "\u2068" }.venv/bin{ "\u2069" } د PATH په سر کې کېږدئ یا NLN_ESPEAK_NG_DIR د کڅوړې فولډر ته وټاکئ.
audio-engine-pypi-version = په { $folder } کې د espeak-ng کتابتون نسخه { $found } ده؛ د PyPI انجن { $wanted } یا نوې ته اړتیا لري.
audio-engine-unknown = په voices.yaml کې نامعلوم غږ انجن { $engine } (پېژندل شوي: { $known }).
