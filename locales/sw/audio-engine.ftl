## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = espeak-ng ya PyPI (espeakng-loader) haikupatikana. Isakinishe kwenye virtualenv: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, kisha weka .venv/bin mwanzoni mwa PATH au weka NLN_ESPEAK_NG_DIR kuwa folda ya kifurushi.
audio-engine-pypi-version = Maktaba ya espeak-ng katika { $folder } ni toleo { $found }; injini ya PyPI inahitaji { $wanted } au jipya zaidi.
audio-engine-unknown = Injini ya sauti isiyojulikana { $engine } katika voices.yaml (zinazojulikana: { $known }).
