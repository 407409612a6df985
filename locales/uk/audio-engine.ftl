## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = espeak-ng з PyPI (espeakng-loader) не знайдено. Встановіть його у virtualenv: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, потім поставте .venv/bin першим у PATH або вкажіть теку пакета в NLN_ESPEAK_NG_DIR.
audio-engine-pypi-version = Бібліотека espeak-ng у { $folder } має версію { $found }; рушію з PyPI потрібна { $wanted } або новіша.
audio-engine-unknown = Невідомий рушій мовлення { $engine } у voices.yaml (відомі: { $known }).
