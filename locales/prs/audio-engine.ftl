## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = espeak-ng از PyPI ‏(espeakng-loader) پیدا نشد. آن را در یک virtualenv نصب کنید: { "\u2068" }python3 -m venv .venv && .venv/bin/pip install espeakng-loader{ "\u2069" }، بعد { "\u2068" }.venv/bin{ "\u2069" } را اول PATH بگذارید یا NLN_ESPEAK_NG_DIR را پوشه بسته بسازید.
audio-engine-pypi-version = کتابخانه espeak-ng در { $folder } نسخه { $found } است؛ موتور PyPI به { $wanted } یا جدیدتر ضرورت دارد.
audio-engine-unknown = موتور گفتار ناشناخته { $engine } در voices.yaml (شناخته‌شده: { $known }).
