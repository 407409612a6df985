## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = No se encontró espeak-ng de PyPI (espeakng-loader). Instálelo en un virtualenv: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, y ponga .venv/bin primero en el PATH o indique la carpeta del paquete en NLN_ESPEAK_NG_DIR.
audio-engine-pypi-version = La biblioteca espeak-ng de { $folder } es la versión { $found }; el motor de PyPI necesita { $wanted } o posterior.
audio-engine-unknown = Motor de voz desconocido { $engine } en voices.yaml (conocidos: { $known }).
