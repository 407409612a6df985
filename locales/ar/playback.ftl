## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = مجلد المقاطع الصوتية المبنية (الافتراضي: NLN_AUDIO_DIR، وإلا target/audio)
# audience: learner
assess-replay-hint = اكتب r ثم اضغط Enter لتسمع السؤال مرة أخرى.
assess-no-player = لم يُعثر على مشغل صوت (جُرّب: { $players }): تُعرض الأسئلة نصًا فقط. ثبّت مشغلًا، مثل ffmpeg ‏(ffplay) أو mpv، لسماعها.
assess-player-failed = تعذّر على مشغل الصوت { $player } تشغيل هذا المقطع: { $reason }
