## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = Folda ya sauti zilizotengenezwa (chaguo-msingi: NLN_AUDIO_DIR, vinginevyo target/audio)
# audience: learner
assess-replay-hint = Andika r kisha ubonyeze Enter kusikiliza swali tena.
assess-no-player = Hakuna kicheza sauti kilichopatikana (vilivyojaribiwa: { $players }): maswali yanaonyeshwa kama maandishi tu. Sakinisha kimoja, kwa mfano ffmpeg (ffplay) au mpv, ili uyasikie.
assess-player-failed = Kicheza sauti { $player } hakikuweza kucheza sauti hii: { $reason }
