## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = Galka cajaladaha codka la dhisay (caadi ahaan: NLN_AUDIO_DIR, haddii kale target/audio)
# audience: learner
assess-replay-hint = Qor r oo riix Enter si aad su'aasha mar kale u maqasho.
assess-no-player = Lama helin ciyaare cod (la isku dayay: { $players }): su'aalaha qoraal keliya ayaa lagu muujinayaa. Ku rakib mid, tusaale ffmpeg (ffplay) ama mpv, si aad u maqasho.
assess-player-failed = Ciyaaraha codka { $player } ma ciyaarin karin cajaladdan: { $reason }
