## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = بنائی گئی آڈیو کلپس کا فولڈر (پہلے سے طے شدہ: NLN_AUDIO_DIR، ورنہ target/audio)
# audience: learner
assess-replay-hint = سوال دوبارہ سننے کے لیے r لکھیں اور Enter دبائیں۔
assess-no-player = کوئی آڈیو پلیئر نہیں ملا (آزمائے گئے: { $players }): سوالات صرف متن کی صورت میں دکھائے جا رہے ہیں۔ انہیں سننے کے لیے ایک انسٹال کریں، مثلاً ffmpeg ‏(ffplay) یا mpv۔
assess-player-failed = آڈیو پلیئر { $player } یہ کلپ نہیں چلا سکا: { $reason }
