## رابط خط فرمان و گزارش‌ها (دری). متغیرها را برنامه پر می‌کند.

## متن رهنما
cli-about = تعیین سطح شاگردان بزرگسال در سطح‌های سواد دیجیتال NLN با یک آزمون کوتاه تطبیقی.
cli-heading-commands = فرمان‌ها
cli-heading-options = گزینه‌ها
cli-opt-help = نشان دادن این رهنما
cli-opt-version = نشان دادن نسخه
cli-opt-lang = زبان سوال‌ها و پیام‌ها (مثلاً en، fr، fr-CA)؛ پیش‌فرض از NLN_LANG یا LANG
cli-opt-bank = محتوایی که استفاده می‌شود: فولدر بانک (با bank.yaml) یا فولدر محتوا (با framework.yaml)؛ پیش‌فرض: بانک داخلی برنامه
cli-opt-bank-name = کدام بانکِ فولدر محتوا استفاده شود
cli-opt-seed = عدد تصادفی ابتدایی (seed): با همان عدد و همان جواب‌ها، همان آزمون ساخته می‌شود
cli-opt-json = چاپ نتیجه به شکل JSON در خروجی معیاری
cli-assess-about = اجرای ارزیابی در ترمینال؛ به هر سوال با نمبر آن جواب داده می‌شود
cli-assess-opt-save = ذخیره جلسه در این فایل بعد از هر جواب (برای ادامه دادن آن از {"\u2068"}--resume{"\u2069"} استفاده کنید)
cli-assess-opt-resume = ادامه جلسه‌ای که با {"\u2068"}--save{"\u2069"} ذخیره شده است
cli-assess-opt-no-access = تیر شدن از سوال‌های دسترسی (دستگاه‌ها، اتصال به انترنت، ایمیل …)
cli-assess-opt-audio = پخش هر سوال و هر جواب با یک پخش‌کننده آواز در PATH (r = دوباره شنیدن)
cli-assess-opt-max-items = بیشترین تعداد سوال‌های نمره‌دار
cli-assess-opt-method = روش تخمین نتیجه: eap، map، mle یا wle
cli-validate-about = چک کردن فولدر محتوا (چارچوب، سطح‌ها، بانک‌ها و زبان‌ها) و چاپ همه خطاهای پیدا شده
cli-validate-opt-dir = فولدر محتوا (مانند assessments/) یا فولدر بانک
cli-validate-opt-locales = فولدر زبان‌ها برای چک کردن همراه با محتوا (پیش‌فرض: فولدر locales پهلوی فولدر محتوا)
cli-simulate-about = اجرای آزمون تطبیقی برای شاگردان شبیه‌سازی شده و گزارش طول آزمون، دقت تخمین و درستی تعیین سطح
cli-simulate-opt-n = تعداد شاگردان شبیه‌سازی شده
cli-simulate-opt-distribution = توزیع توانایی: normal (اوسط 0، انحراف معیاری 1) یا uniform (از -3.5 تا 3.5)
cli-simulate-opt-no-exposure = محدودیت تعداد نشان دادن سوال‌ها تطبیق نشود

## ارزیابی
assess-intro = ارزیابی سواد دیجیتال NLN — { $bank } (نسخه { $version })
assess-provisional = توجه: این بانک هنوز با جواب‌های واقعی تنظیم (کالیبره) نشده است؛ نتیجه‌ها تقریبی هستند.
assess-instructions = نمبر جواب خود را بنویسید و بعد کلید Enter را بزنید. 0 = نمی‌دانم. q = توقف (اگر از {"\u2068"}--save{"\u2069"} استفاده کنید، جواب‌های تان می‌ماند).
assess-access-heading = درباره شما (بدون نمره)
assess-question = سوال { $number }
assess-audio-missing = آواز: این سوال آواز ندارد
assess-choose = جواب شما:
assess-order-hint = نمبرها را به ترتیب درست بنویسید و بین شان فاصله بگذارید (مثلاً: 2 1 3).
assess-hotspot-hint = جای درست صفحه را انتخاب کنید:
assess-task-hint = ارزیاب: بنویسید که انجام کار چطور پیش رفت.
assess-invalid = این جواب قابل قبول نیست. لطفاً دوباره کوشش کنید.
assess-saved = جلسه در { $file } ذخیره شد.
assess-resumed = جلسه قبلی ادامه پیدا کرد. تعداد جواب‌ها: { $count }.
assess-stopped = آزمون پیش از ختم متوقف شد. تعداد جواب‌های داده شده: { $count }.
assess-input-ended = ورودی پیش از تمام شدن آزمون تمام شد.
answer-dont-know = نمی‌دانم

## نتیجه
result-heading = نتیجه
result-level = سطح: { $name }
result-profile = پروفایل: { $profile }
result-band = ساحه احتمالی: از NLN { $low } تا NLN { $high } (با اطمینان { $confidence } %)
result-theta = تخمین توانایی: { $theta } (خطای معیاری { $se }، { $method })
result-items = سوال‌های نمره‌دار: { $count }. دلیل توقف: { $reason }
result-capped = سطح کلی بالای { $code } نگه داشته شد، چون یکی از ساحه‌های اصلی به شکل واضح پایین‌تر است (ورنه { $uncapped } می‌شد).
result-irregular = پروفایل نامنظم: ساحه‌های اصلی دو سطح یا بیشتر با هم فرق دارند.
result-areas-heading = ساحه‌ها
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high })، تعداد سوال‌ها: { $items } — { $standing }
result-area-not-measured = { $code } { $name }: سنجیده نشد
result-area-few = (سوال‌ها کم بود: با احتیاط بخوانید)
result-can-do-heading = می‌توانم …
result-next-heading = قدم‌های بعدی برای آموختن
result-guidance-heading = خدمات
result-access-heading = دسترسی (به گفته خود شاگرد)
result-provisional = موقت: تا وقتی بانک تنظیم (کالیبره) نشده، نمره‌های سرحدی سطح‌ها و پارامترهای سوال‌ها را کارشناسان تعیین کرده‌اند.
result-review = سوال‌ها به زبان { $locale } نشان داده شد ({ $status }).
standing-strength = نقطه قوت
standing-on_level = در حد سطح
standing-needs_support = به کمک ضرورت دارد
standing-not_measured = سنجیده نشد
guidance-phone-services = از خدمات تیلفونی و پیام صوتی استفاده کرده می‌تواند
guidance-online-services = برای صنف‌های آنلاین و خدمات آنلاین آماده است
guidance-independent = در خدمات حکومتی آنلاین و کاریابی مستقل است
guidance-met = بلی
guidance-not_met = هنوز نه
guidance-unknown = معلوم نیست (درباره دسترسی سوال نشد)
stop-precision = نتیجه به اندازه کافی دقیق است
stop-classified = سطح معلوم شد
stop-max-items = بیشترین تعداد سوال پرسیده شد
stop-bank-exhausted = سوالی باقی نماند
stop-none = تمام نشده
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = بازبینی شده
review-machine-drafted = ترجمه ماشینی، هنوز بازبینی نشده
access-field-devices = دستگاه‌ها
access-field-connection = اتصال به انترنت
access-field-email_account = حساب ایمیل
access-field-reads_first_language = خواندن به زبان مادری
access-field-assistive_needs = ضرورت‌های کمکی
access-field-preferred_channel = راه دلخواه برای گرفتن خدمات

## چک کردن
validate-ok = { $path }: خطایی نیست (تعداد سوال‌ها در بانک { $bank }: { $items }؛ تعداد زبان‌های چک شده: { $locales }).
validate-errors = { $path }: تعداد خطاهای پیدا شده: { $count }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: پیام `{ $id }` موجود نیست
validate-missing-audio = { $locale }: فایل صوتی `{ $id }` در audio.yaml نیست
validate-coverage = سوال‌ها به اساس سطح: { $coverage }
validate-no-banks = هیچ بانکی در { $path } پیدا نشد (انتظار می‌رفت: banks/<نام>/bank.yaml).

load-error-syntax = خوانده نمی‌شود یا با قالب برابر نیست: { $detail }
load-error-missing-field = یک فیلد ضروری موجود نیست
load-error-invalid-value = مقدار معتبر نیست: { $detail }
load-error-duplicate-id = شناسه تکراری { $detail }
load-error-unknown-competence = توانایی ناشناخته { $detail }
load-error-unknown-source = منبع مطابقت ناشناخته { $detail }
load-error-non-positive-a = پارامتر تمایز a باید بیشتر از 0 باشد (مقدار داده شده: { $detail })
load-error-guessing-range = پارامتر حدس c باید کم از کم 0 و کمتر از 1 باشد (مقدار داده شده: { $detail })
load-error-unordered-thresholds = آستانه‌های درجه‌بندی باید حتماً رو به بالا (صعودی) باشند (مقدار داده شده: { $detail })
load-error-threshold-count = دسته‌های نمره با آستانه‌ها برابر نیستند (دسته‌ها/آستانه‌ها: { $detail })
load-error-key-not-option = کلید جواب { $detail } جزو گزینه‌ها یا بخش‌های سوال نیست
load-error-model-type = این مدل به این نوع سوال نمره داده نمی‌تواند ({ $detail })
load-error-unordered-cuts = نمره‌های سرحدی باید با بالا رفتن سطح بیشتر شوند ({ $detail })
load-error-level-sequence = سطح‌ها باید بدون فاصله به ترتیب 0، 1، 2 … باشند (انتظار/مقدار: { $detail })
load-error-missing-file = فایل پیدا نشد: { $detail }
load-error-competence-without-items = توانایی { $detail } هیچ سوالی در بانک ندارد
load-error-bad-message-id = شناسه پیام Fluent معتبر نیست: { $detail }

## شبیه‌سازی
simulate-progress = شاگردان شبیه‌سازی شده: { $done } از { $total }
simulate-heading = شبیه‌سازی: تعداد شاگردان { $n }، عدد ابتدایی { $seed }، بانک { $bank }
simulate-items = اوسط تعداد سوال‌های نمره‌دار: { $mean } (بیشترین: { $max })
simulate-rmse = جذر اوسط مربع خطا (RMSE) توانایی: { $rmse }؛ انحراف (bias): { $bias }؛ اوسط خطای معیاری: { $se }
simulate-accuracy = در سطح واقعی خود قرار گرفتند: { $exact } %؛ با حد اکثر یک سطح فاصله: { $within } %
simulate-exposure = بیشترین نرخ نشان دادن یک سوال: { $rate } %
simulate-stops = دلیل‌های توقف: { $reasons }
simulate-level-line = سطح واقعی { $code }: تعداد شاگردان { $n }، دقیق { $exact } %، با حد اکثر یک سطح فاصله { $within } %، تعداد سوال‌ها { $items }

## خطاها
error-read = خواندن { $path } ممکن نیست: { $reason }
error-write = نوشتن در { $path } ممکن نیست: { $reason }
error-not-content = در { $path } نه framework.yaml (فولدر محتوا) است و نه bank.yaml (فولدر بانک).
error-session-file = { $path } جلسه ذخیره شده نیست: { $reason }
error-session = جلسه ادامه پیدا کرده نمی‌تواند: { $reason }
error-content = محتوا خطا دارد:
error-locales = فایل‌های زبان خطا دارند:
clip-status-pending = هنوز ثبت نشده
clip-status-recorded = ثبت شده
clip-status-synthesized = آواز مصنوعی
