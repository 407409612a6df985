## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = پوشه فایل‌های صوتی ساخته‌شده (پیش‌فرض: NLN_AUDIO_DIR، وگرنه target/audio)
# audience: learner
assess-replay-hint = برای شنیدن دوباره سؤال، r را بنویسید و Enter را بزنید.
assess-no-player = هیچ پخش‌کننده صدایی پیدا نشد (امتحان‌شده: { $players }): سؤال‌ها فقط به صورت متن نشان داده می‌شوند. برای شنیدن آن‌ها یکی نصب کنید، مثلاً ffmpeg ‏(ffplay) یا mpv.
assess-player-failed = پخش‌کننده صدا { $player } نتوانست این فایل را پخش کند: { $reason }
