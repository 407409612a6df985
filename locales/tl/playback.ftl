## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = Folder ng mga nagawang audio clip (default: NLN_AUDIO_DIR, kung wala ay target/audio)
# audience: learner
assess-replay-hint = I-type ang r at pindutin ang Enter para marinig ulit ang tanong.
assess-no-player = Walang nakitang audio player (sinubukan: { $players }): teksto lang ang ipinapakita sa mga tanong. Mag-install ng isa, halimbawa ffmpeg (ffplay) o mpv, para marinig ang mga ito.
assess-player-failed = Hindi ma-play ng audio player na { $player } ang clip na ito: { $reason }
