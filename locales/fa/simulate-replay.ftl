## Adaptive test replayed on recorded responses (fa, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = اجرای دوباره آزمون انطباقی روی پاسخ‌های ثبت‌شده (فایل پاسخ مانند آنچه nln calibrate می‌خواند، بلند یا پهن): هر فرد به گویه‌هایی که آزمون برمی‌گزیند با نمره ثبت‌شده‌اش پاسخ می‌دهد و سطح آزمون با سطح همه پاسخ‌هایش مقایسه می‌شود
cli-simulate-opt-missing = با {"\u2068"}--responses{"\u2069"}، وقتی آزمون گویه‌ای را برمی‌گزیند که فرد پاسخ ثبت‌شده‌ای برای آن ندارد: skip (پیش‌فرض: رد کردن آن و گزینش بعدی) یا stop (پایان آزمون آن فرد همان‌جا)
replay-heading = آزمون انطباقی روی پاسخ‌های ثبت‌شده { $n ->
    [one] { $n } نفر
   *[other] { $n } نفر
} دوباره اجرا شد (به‌طور میانگین { $recorded } پاسخ برای هر نفر؛ بانک { $bank }).
replay-agreement = سطح آزمون = سطح همه پاسخ‌های ثبت‌شده: { $exact } ٪؛ با حداکثر یک سطح فاصله: { $within } ٪؛ RMSE توانایی نسبت به آن برآورد: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } آزمون
   *[other] { $tests } آزمون
} ({ $share } ٪) به گویه‌ای بدون پاسخ ثبت‌شده رسیدند و همان‌جا پایان یافتند.
replay-missing-skip = { $tests ->
    [one] { $tests } آزمون
   *[other] { $tests } آزمون
} ({ $share } ٪) به گویه‌هایی بدون پاسخ ثبت‌شده رسیدند و از آن‌ها گذشتند (به‌طور میانگین { $mean } در هر آزمون).
stop-missing-response = گویه‌ای پاسخ ثبت‌شده نداشت
