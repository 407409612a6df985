## Speech engines of the audio build.
audio-engine-pypi-missing = espeak-ng from PyPI (espeakng-loader) was not found. Install it in a virtualenv: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, then put .venv/bin first on the PATH or set NLN_ESPEAK_NG_DIR to the package folder.
audio-engine-pypi-version = The espeak-ng library in { $folder } is version { $found }; the PyPI engine needs { $wanted } or newer.
audio-engine-unknown = Unknown speech engine { $engine } in voices.yaml (known: { $known }).
