## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = espeak-ng de PyPI (espeakng-loader) est introuvable. Installez-le dans un virtualenv : python3 -m venv .venv && .venv/bin/pip install espeakng-loader, puis mettez .venv/bin en tête du PATH ou indiquez le dossier du paquet dans NLN_ESPEAK_NG_DIR.
audio-engine-pypi-version = La bibliothèque espeak-ng de { $folder } est en version { $found } ; le moteur PyPI demande { $wanted } ou plus récent.
audio-engine-unknown = Moteur de synthèse inconnu { $engine } dans voices.yaml (connus : { $known }).
