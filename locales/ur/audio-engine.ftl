## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = PyPI کا espeak-ng ‏(espeakng-loader) نہیں ملا۔ اسے virtualenv میں انسٹال کریں: { "\u2068" }python3 -m venv .venv && .venv/bin/pip install espeakng-loader{ "\u2069" }، پھر { "\u2068" }.venv/bin{ "\u2069" } کو PATH میں سب سے پہلے رکھیں یا NLN_ESPEAK_NG_DIR کو پیکج کا فولڈر بنائیں۔
audio-engine-pypi-version = { $folder } میں espeak-ng لائبریری کا ورژن { $found } ہے؛ PyPI انجن کو { $wanted } یا نیا چاہیے۔
audio-engine-unknown = voices.yaml میں نامعلوم اسپیچ انجن { $engine } (معلوم: { $known })۔
