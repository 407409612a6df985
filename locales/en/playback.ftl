## Playing the clips in the terminal (nln assess --audio).
cli-assess-opt-audio-dir = Folder of the built audio clips (default: NLN_AUDIO_DIR, else target/audio)
# audience: learner
assess-replay-hint = Type r and press Enter to hear the question again.
assess-no-player = No audio player found (tried { $players }): the questions are shown as text only. Install one, for example ffmpeg (ffplay) or mpv, to hear them.
assess-player-failed = The audio player { $player } could not play this clip: { $reason }
