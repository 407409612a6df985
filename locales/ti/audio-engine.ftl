## Speech engines of the audio build. Machine-drafted.
audio-engine-pypi-missing = espeak-ng ካብ PyPI (espeakng-loader) ኣይተረኽበን። ኣብ virtualenv ኣእትዎ፦ python3 -m venv .venv && .venv/bin/pip install espeakng-loader፣ ድሕሪኡ .venv/bin ኣብ መጀመርታ PATH ኣቐምጦ ወይ NLN_ESPEAK_NG_DIR ናብ ፎልደር ናይቲ ጥቕሎ ኣቐምጦ።
audio-engine-pypi-version = ናይ espeak-ng ላይብረሪ ኣብ { $folder } ስሪት { $found } እዩ፤ ሞተር PyPI { $wanted } ወይ ሓድሽ የድልዮ።
audio-engine-unknown = ኣብ voices.yaml ዘይፍለጥ ሞተር ዘረባ { $engine } (ዝፍለጡ፦ { $known })።
