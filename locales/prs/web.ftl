# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = دری
web-choose-language = زبان خود را انتخاب کنید
web-change-language = انتخاب زبان دیگر
web-join-heading = کد آزمون شما
web-join-help = ارزیاب به شما یک کد می‌دهد. آن را اینجا بنویسید.
web-join-label = کد آزمون
web-join-button = آغاز
web-join-invalid = این کد کار نمی‌کند. آن را بررسی کنید یا از ارزیاب کد تازه بخواهید.
web-familiar-heading = پیش از شروع
web-familiar-not-scored = این تمرین حساب نمی‌شود.
web-familiar-play = برای شنیدن کلمه‌ها، دکمهٔ صدا را لمس کنید.
web-familiar-tap = برای پاسخ دادن، پاسخ خود را لمس کنید. حالا امتحان کنید: ستاره را لمس کنید.
web-familiar-star = ستاره
web-familiar-done = شاباش!
web-familiar-dont-know = اگر پاسخی را نمی‌دانید، «نمی‌دانم» را لمس کنید. اشکالی ندارد.
web-begin = آغاز آزمون
web-read-aloud = خواندن خودکار با صدای بلند
web-play = گوش دادن
web-stop = قطع صدا
web-order-hint = مرحله‌ها را به ترتیب درست لمس کنید. برای تغییر، «از نو» را لمس کنید.
web-order-done = تمام
web-order-again = از نو
web-hotspot-hint = جای درست را روی تصویر لمس کنید.
web-hotspot-list = یا جا را از این فهرست انتخاب کنید:
web-about-you = دربارهٔ شما. این حساب نمی‌شود.
web-wait-assessor = اکنون ارزیاب انجام یک کار را توسط شما تماشا می‌کند. لطفاً صبر کنید.
web-saving = در حال ذخیرهٔ پاسخ شما…
web-offline = اتصال قطع شد. پاسخ شما نگه داشته شده است. دوباره تلاش می‌کنیم.
web-error = مشکلی پیش آمد. لطفاً از ارزیاب بپرسید.
web-end-heading = تشکر. شما تمام کردید.
web-end-next = پاسخ‌های شما ذخیره شد. ارزیاب دربارهٔ قدم بعدی با شما صحبت می‌کند. می‌توانید این صفحه را ببندید.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = آزمون مهارت‌های دیجیتلی
web-question-number = پرسش { $number }

## Assessor view

web-assessor-title = صفحهٔ ارزیاب
web-assessor-forget-key = فراموش کردن کلید
web-assessor-key-heading = با کلید سازمان خود وارد شوید
web-assessor-key-label = کلید رابط برنامه‌نویسی سازمان
web-assessor-key-hint = فقط در همین زبانهٔ مرورگر نگه داشته می‌شود تا آن را ببندید.
web-assessor-key-use = استفاده از این کلید
web-assessor-key-wrong = این کلید کار نمی‌کند. دوباره وارد کنید.
web-assessor-start-heading = آغاز یک جلسه
web-assessor-learner-ref = شناسهٔ یادگیرنده
web-assessor-learner-ref-hint = کد سازمان شما برای یادگیرنده: حرف، رقم، نقطه، خط تیره. هرگز نام ننویسید.
web-assessor-language = زبان یادگیرنده
web-assessor-assisted = کنار یادگیرنده نشسته‌ام و کارهای مشاهده‌شده را ثبت می‌کنم
web-assessor-start = آغاز جلسه
web-assessor-session-heading = جلسهٔ در جریان
web-assessor-answered = پاسخ‌ها تا کنون
web-assessor-code = کد ورود برای دستگاه یادگیرنده:
web-assessor-code-help = یادگیرنده این آدرس را روی دستگاه خود باز می‌کند، یا کود QR را سکن می‌کند، و کد را می‌نویسد. اگر صفحه بسته شود، همان کد آزمون را دوباره از همان سوال باز می‌کند.
web-assessor-qr = کود QR لینک پیوستن: آن را با کمرهٔ تیلفون سکن کنید
web-assessor-new-code = کد ورود نو
web-assessor-stop = پایان جلسه همین حالا
web-assessor-task = کار مشاهده‌شده: ثبت کنید چگونه پیش رفت
web-assessor-result = نتیجه
web-assessor-print = چاپ نتیجه
web-assessor-print-learner = چاپ صفحهٔ یادگیرنده
web-assessor-new = آغاز جلسهٔ دیگر

## Printed result

web-report-heading = نتیجهٔ سواد دیجیتلی
web-report-profile = نمایه بر پایهٔ حوزه
web-report-can-do = می‌تواند
web-report-next = قدم‌های بعدی
web-report-based-on = این نتیجه بر چه پایه‌ای است
web-report-items = پرسش‌های پاسخ‌داده‌شده
web-report-range = گسترهٔ احتمالی سطح
web-report-precision = خطای معیار (لوجیت)
web-report-calibration = واسنجی
web-report-language = زبان آزمون
web-report-session = جلسه
web-report-time = تاریخ (به وقت جهانی)
web-report-not-measured = سنجیده نشده
web-home-heading = مهارت‌های دیجیتلی من
web-home-can = من می‌توانم
web-home-next = بعد یاد می‌گیرم
