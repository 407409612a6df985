## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = Тека зібраних аудіозаписів (типово: NLN_AUDIO_DIR, інакше target/audio)
# audience: learner
assess-replay-hint = Введіть r і натисніть Enter, щоб прослухати запитання ще раз.
assess-no-player = Аудіопрогравач не знайдено (перевірено: { $players }): запитання показано лише текстом. Встановіть один, наприклад ffmpeg (ffplay) або mpv, щоб їх слухати.
assess-player-failed = Аудіопрогравач { $player } не зміг відтворити цей запис: { $reason }
