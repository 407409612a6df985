## Adaptive test replayed on recorded responses (prs, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = اجرای دوباره آزمون انطباقی روی جواب‌های ثبت‌شده (فایل جواب‌ها مانند آنچه nln calibrate می‌خواند، دراز یا پهن): هر شخص به پرسش‌هایی که آزمون انتخاب می‌کند با نمره ثبت‌شده‌اش جواب می‌دهد و سطح آزمون با سطح همه جواب‌هایش مقایسه می‌شود
cli-simulate-opt-missing = با {"\u2068"}--responses{"\u2069"}، وقتی آزمون پرسشی را انتخاب می‌کند که شخص جواب ثبت‌شده‌ای برای آن ندارد: skip (پیش‌فرض: گذشتن از آن و انتخاب بعدی) یا stop (ختم آزمون آن شخص همان‌جا)
replay-heading = آزمون انطباقی روی جواب‌های ثبت‌شده { $n ->
    [one] { $n } نفر
   *[other] { $n } نفر
} دوباره اجرا شد (به‌طور اوسط { $recorded } جواب برای هر نفر؛ بانک { $bank }).
replay-agreement = سطح آزمون = سطح همه جواب‌های ثبت‌شده: { $exact } ٪؛ با حداکثر یک سطح فاصله: { $within } ٪؛ RMSE توانایی نسبت به آن تخمین: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } آزمون
   *[other] { $tests } آزمون
} ({ $share } ٪) به پرسشی بدون جواب ثبت‌شده رسیدند و همان‌جا ختم شدند.
replay-missing-skip = { $tests ->
    [one] { $tests } آزمون
   *[other] { $tests } آزمون
} ({ $share } ٪) به پرسش‌هایی بدون جواب ثبت‌شده رسیدند و از آن‌ها گذشتند (به‌طور اوسط { $mean } در هر آزمون).
stop-missing-response = پرسشی جواب ثبت‌شده نداشت
