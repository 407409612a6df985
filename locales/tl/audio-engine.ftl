## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = Hindi nakita ang espeak-ng mula sa PyPI (espeakng-loader). I-install ito sa isang virtualenv: python3 -m venv .venv && .venv/bin/pip install espeakng-loader, saka ilagay ang .venv/bin sa unahan ng PATH o itakda ang NLN_ESPEAK_NG_DIR sa folder ng package.
audio-engine-pypi-version = Ang espeak-ng library sa { $folder } ay bersyon { $found }; kailangan ng PyPI engine ang { $wanted } o mas bago.
audio-engine-unknown = Hindi kilalang speech engine na { $engine } sa voices.yaml (kilala: { $known }).
