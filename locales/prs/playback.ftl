## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = پوشه فایل‌های آواز ساخته‌شده (پیش‌فرض: NLN_AUDIO_DIR، ورنه target/audio)
# audience: learner
assess-replay-hint = برای شنیدن دوباره سوال، r را بنویسید و Enter را فشار دهید.
assess-no-player = هیچ پخش‌کننده آواز پیدا نشد (آزمایش‌شده: { $players }): سوال‌ها تنها به شکل متن نشان داده می‌شوند. برای شنیدن آن‌ها یکی نصب کنید، مثلاً ffmpeg ‏(ffplay) یا mpv.
assess-player-failed = پخش‌کننده آواز { $player } نتوانست این فایل را پخش کند: { $reason }
