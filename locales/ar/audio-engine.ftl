## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = لم يُعثر على espeak-ng من PyPI ‏(espeakng-loader). ثبّته في بيئة افتراضية: { "\u2068" }python3 -m venv .venv && .venv/bin/pip install espeakng-loader{ "\u2069" }، ثم ضع { "\u2068" }.venv/bin{ "\u2069" } أولًا في PATH أو اضبط NLN_ESPEAK_NG_DIR على مجلد الحزمة.
audio-engine-pypi-version = مكتبة espeak-ng في { $folder } إصدارها { $found }؛ يحتاج محرك PyPI إلى { $wanted } أو أحدث.
audio-engine-unknown = محرك كلام غير معروف { $engine } في voices.yaml (المعروفة: { $known }).
