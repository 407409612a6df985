## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = ਬਣਾਈਆਂ ਆਡੀਓ ਕਲਿੱਪਾਂ ਦਾ ਫੋਲਡਰ (ਮੂਲ: NLN_AUDIO_DIR, ਨਹੀਂ ਤਾਂ target/audio)
# audience: learner
assess-replay-hint = ਸਵਾਲ ਦੁਬਾਰਾ ਸੁਣਨ ਲਈ r ਲਿਖੋ ਅਤੇ Enter ਦਬਾਓ।
assess-no-player = ਕੋਈ ਆਡੀਓ ਪਲੇਅਰ ਨਹੀਂ ਮਿਲਿਆ (ਅਜ਼ਮਾਏ: { $players }): ਸਵਾਲ ਸਿਰਫ਼ ਲਿਖਤ ਵਿੱਚ ਦਿਖਾਏ ਜਾ ਰਹੇ ਹਨ। ਸੁਣਨ ਲਈ ਇੱਕ ਇੰਸਟਾਲ ਕਰੋ, ਜਿਵੇਂ ffmpeg (ffplay) ਜਾਂ mpv।
assess-player-failed = ਆਡੀਓ ਪਲੇਅਰ { $player } ਇਹ ਕਲਿੱਪ ਨਹੀਂ ਚਲਾ ਸਕਿਆ: { $reason }
