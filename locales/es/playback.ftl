## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = Carpeta de los audios generados (por defecto: NLN_AUDIO_DIR, si no target/audio)
# audience: learner
assess-replay-hint = Escriba r y pulse Intro para escuchar la pregunta otra vez.
assess-no-player = No se encontró ningún reproductor de audio (probados: { $players }): las preguntas se muestran solo como texto. Instale uno, por ejemplo ffmpeg (ffplay) o mpv, para escucharlas.
assess-player-failed = El reproductor de audio { $player } no pudo reproducir este audio: { $reason }
