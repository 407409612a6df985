## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = ፎልደር ናይ ዝተሰርሑ ድምጺ ክሊፓት (ንቡር፦ NLN_AUDIO_DIR፣ እንተዘይኮይኑ target/audio)
# audience: learner
assess-replay-hint = ነቲ ሕቶ እንደገና ንምስማዕ r ጽሓፍ እሞ Enter ጠውቕ።
assess-no-player = ተጻዋቲ ድምጺ ኣይተረኽበን (ዝተፈተኑ፦ { $players }): ሕቶታት ብጽሑፍ ጥራይ ይረኣዩ ኣለዉ። ንምስማዖም ሓደ ኣእቱ፣ ንኣብነት ffmpeg (ffplay) ወይ mpv።
assess-player-failed = ተጻዋቲ ድምጺ { $player } ነዚ ክሊፕ ከጻውቶ ኣይከኣለን፦ { $reason }
