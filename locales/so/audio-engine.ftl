## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = Lama helin espeak-ng ee PyPI (espeakng-loader). Ku rakib virtualenv: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, kadibna .venv/bin dhig bilowga PATH ama NLN_ESPEAK_NG_DIR u dhig galka xirmada.
audio-engine-pypi-version = Maktabadda espeak-ng ee { $folder } waa nooca { $found }; mishiinka PyPI wuxuu u baahan yahay { $wanted } ama ka cusub.
audio-engine-unknown = Mishiin hadal aan la aqoon { $engine } oo ku jira voices.yaml (kuwa la yaqaan: { $known }).
