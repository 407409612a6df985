## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = 未找到 PyPI 的 espeak-ng（espeakng-loader）。请在虚拟环境中安装：python3 -m venv .venv && .venv/bin/pip install espeakng-loader，然后把 .venv/bin 放在 PATH 最前面，或把 NLN_ESPEAK_NG_DIR 设为该包的文件夹。
audio-engine-pypi-version = { $folder } 中的 espeak-ng 库版本为 { $found }；PyPI 引擎需要 { $wanted } 或更新版本。
audio-engine-unknown = voices.yaml 中有未知的语音引擎 { $engine }（已知：{ $known }）。
