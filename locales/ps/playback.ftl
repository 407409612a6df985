## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = د جوړو شویو غږیزو کلیپونو فولډر (ډیفالټ: NLN_AUDIO_DIR، که نه target/audio)
# audience: learner
assess-replay-hint = د پوښتنې د بیا اورېدو لپاره r ولیکئ او Enter کېکاږئ.
assess-no-player = هېڅ غږ غږوونکی ونه موندل شو (ازمایل شوي: { $players }): پوښتنې یوازې د متن په بڼه ښودل کېږي. د اورېدو لپاره یو نصب کړئ، لکه ffmpeg ‏(ffplay) یا mpv.
assess-player-failed = غږ غږوونکي { $player } دا کلیپ ونشو غږولی: { $reason }
