## رابط خط فرمان و گزارش‌ها (فارسی). متغیرها را برنامه پر می‌کند.

## متن راهنما
cli-about = تعیین سطح یادگیرندگان بزرگسال در سطح‌های سواد دیجیتال NLN با یک آزمون انطباقی کوتاه.
cli-heading-commands = فرمان‌ها
cli-heading-options = گزینه‌ها
cli-opt-help = نمایش این راهنما
cli-opt-version = نمایش نسخه
cli-opt-lang = زبان سؤال‌ها و پیام‌ها (مثلاً en، fr، fr-CA)؛ پیش‌فرض از NLN_LANG یا LANG
cli-opt-bank = محتوای مورد استفاده: پوشه بانک (با bank.yaml) یا پوشه محتوا (با framework.yaml)؛ پیش‌فرض: بانک داخلی برنامه
cli-opt-bank-name = کدام بانکِ پوشه محتوا استفاده شود
cli-opt-seed = عدد تصادفی اولیه (seed): با همان عدد و همان جواب‌ها، همان آزمون ساخته می‌شود
cli-opt-json = چاپ نتیجه به صورت JSON در خروجی استاندارد
cli-assess-about = اجرای ارزیابی در ترمینال؛ به هر سؤال با شماره آن جواب داده می‌شود
cli-assess-opt-save = ذخیره جلسه در این فایل بعد از هر جواب (برای ادامه دادن آن از {"\u2068"}--resume{"\u2069"} استفاده کنید)
cli-assess-opt-resume = ادامه جلسه‌ای که با {"\u2068"}--save{"\u2069"} ذخیره شده است
cli-assess-opt-no-access = رد شدن از سؤال‌های دسترسی (دستگاه‌ها، اتصال به اینترنت، ایمیل …)
cli-assess-opt-audio = پخش هر سؤال و هر پاسخ با یک پخش‌کننده صدا در PATH (r = دوباره شنیدن)
cli-assess-opt-max-items = بیشترین تعداد سؤال‌های نمره‌دار
cli-assess-opt-method = روش برآورد نتیجه: eap، map، mle یا wle
cli-validate-about = بررسی پوشه محتوا (چارچوب، سطح‌ها، بانک‌ها و زبان‌ها) و چاپ همه خطاهای پیدا شده
cli-validate-opt-dir = پوشه محتوا (مثل assessments/) یا پوشه بانک
cli-validate-opt-locales = پوشه زبان‌ها برای بررسی همراه با محتوا (پیش‌فرض: پوشه locales کنار پوشه محتوا)
cli-simulate-about = اجرای آزمون انطباقی برای یادگیرندگان شبیه‌سازی‌شده و گزارش طول آزمون، دقت برآورد و درستی تعیین سطح
cli-simulate-opt-n = تعداد یادگیرندگان شبیه‌سازی‌شده
cli-simulate-opt-distribution = توزیع توانایی: normal (میانگین 0، انحراف معیار 1) یا uniform (از -3.5 تا 3.5)
cli-simulate-opt-no-exposure = محدودیت تعداد نمایش سؤال‌ها اعمال نشود

## ارزیابی
assess-intro = ارزیابی سواد دیجیتال NLN — { $bank } (نسخه { $version })
assess-provisional = توجه: این بانک هنوز با جواب‌های واقعی تنظیم (کالیبره) نشده است؛ نتیجه‌ها تقریبی هستند.
assess-instructions = شماره جواب خود را بنویسید و بعد کلید Enter را بزنید. 0 = نمی‌دانم. q = توقف (اگر از {"\u2068"}--save{"\u2069"} استفاده کنید، جواب‌هایتان می‌ماند).
assess-access-heading = درباره شما (بدون نمره)
assess-question = سؤال { $number }
assess-audio-missing = صدا: این سؤال صدا ندارد
assess-choose = جواب شما:
assess-order-hint = شماره‌ها را به ترتیب درست بنویسید و بینشان فاصله بگذارید (مثلاً: 2 1 3).
assess-hotspot-hint = جای درست روی صفحه را انتخاب کنید:
assess-task-hint = ارزیاب: بنویسید انجام کار چطور پیش رفت.
assess-invalid = این جواب قابل قبول نیست. لطفاً دوباره امتحان کنید.
assess-saved = جلسه در { $file } ذخیره شد.
assess-resumed = جلسه قبلی ادامه پیدا کرد. تعداد جواب‌ها: { $count }.
assess-stopped = آزمون قبل از پایان متوقف شد. تعداد جواب‌های داده‌شده: { $count }.
assess-input-ended = ورودی قبل از تمام شدن آزمون تمام شد.
answer-dont-know = نمی‌دانم

## نتیجه
result-heading = نتیجه
result-level = سطح: { $name }
result-profile = نیم‌رخ: { $profile }
result-band = بازه احتمالی: از NLN { $low } تا NLN { $high } (با اطمینان { $confidence } %)
result-theta = برآورد توانایی: { $theta } (خطای معیار { $se }، { $method })
result-items = سؤال‌های نمره‌دار: { $count }. دلیل توقف: { $reason }
result-capped = سطح کلی روی { $code } نگه داشته شد، چون یکی از حوزه‌های اصلی به‌روشنی پایین‌تر است (وگرنه { $uncapped } می‌شد).
result-irregular = نیم‌رخ نامنظم: حوزه‌های اصلی دو سطح یا بیشتر با هم فرق دارند.
result-areas-heading = حوزه‌ها
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high })، تعداد سؤال‌ها: { $items } — { $standing }
result-area-not-measured = { $code } { $name }: سنجیده نشد
result-area-few = (سؤال‌ها کم بود: با احتیاط بخوانید)
result-can-do-heading = می‌توانم …
result-next-heading = قدم‌های بعدی برای یادگیری
result-guidance-heading = خدمات
result-access-heading = دسترسی (به گفته خود یادگیرنده)
result-provisional = موقت: تا وقتی بانک تنظیم (کالیبره) نشده، نمره‌های مرزی سطح‌ها و پارامترهای سؤال‌ها را کارشناسان تعیین کرده‌اند.
result-review = سؤال‌ها به زبان { $locale } نشان داده شد ({ $status }).
standing-strength = نقطه قوت
standing-on_level = در حد سطح
standing-needs_support = نیاز به کمک دارد
standing-not_measured = سنجیده نشد
guidance-phone-services = می‌تواند از خدمات تلفنی و پیام صوتی استفاده کند
guidance-online-services = آماده کلاس‌های آنلاین و خدمات آنلاین است
guidance-independent = در خدمات دولتی آنلاین و کاریابی مستقل است
guidance-met = بله
guidance-not_met = هنوز نه
guidance-unknown = نامعلوم (درباره دسترسی سؤال نشد)
stop-precision = نتیجه به اندازه کافی دقیق است
stop-classified = سطح مشخص شد
stop-max-items = بیشترین تعداد سؤال پرسیده شد
stop-bank-exhausted = سؤالی باقی نماند
stop-none = تمام نشده
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = بازبینی‌شده
review-machine-drafted = ترجمه ماشینی، هنوز بازبینی نشده
access-field-devices = دستگاه‌ها
access-field-connection = اتصال به اینترنت
access-field-email_account = حساب ایمیل
access-field-reads_first_language = خواندن به زبان مادری
access-field-assistive_needs = نیازهای کمکی
access-field-preferred_channel = روش دلخواه برای گرفتن خدمات

## بررسی
validate-ok = { $path }: خطایی نیست (تعداد سؤال‌ها در بانک { $bank }: { $items }؛ تعداد زبان‌های بررسی‌شده: { $locales }).
validate-errors = { $path }: تعداد خطاهای پیدا شده: { $count }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: پیام `{ $id }` وجود ندارد
validate-missing-audio = { $locale }: فایل صوتی `{ $id }` در audio.yaml نیست
validate-coverage = سؤال‌ها بر اساس سطح: { $coverage }
validate-no-banks = هیچ بانکی در { $path } پیدا نشد (انتظار می‌رفت: banks/<نام>/bank.yaml).

load-error-syntax = خوانده نمی‌شود یا با قالب جور نیست: { $detail }
load-error-missing-field = یک فیلد لازم وجود ندارد
load-error-invalid-value = مقدار معتبر نیست: { $detail }
load-error-duplicate-id = شناسه تکراری { $detail }
load-error-unknown-competence = توانایی ناشناخته { $detail }
load-error-unknown-source = منبع تطبیق ناشناخته { $detail }
load-error-non-positive-a = پارامتر تمایز a باید بیشتر از 0 باشد (مقدار داده‌شده: { $detail })
load-error-guessing-range = پارامتر حدس c باید حداقل 0 و کمتر از 1 باشد (مقدار داده‌شده: { $detail })
load-error-unordered-thresholds = آستانه‌های درجه‌بندی باید اکیداً صعودی باشند (مقدار داده‌شده: { $detail })
load-error-threshold-count = دسته‌های نمره با آستانه‌ها جور نیستند (دسته‌ها/آستانه‌ها: { $detail })
load-error-key-not-option = کلید جواب { $detail } جزو گزینه‌ها یا ناحیه‌های سؤال نیست
load-error-model-type = این مدل نمی‌تواند به این نوع سؤال نمره بدهد ({ $detail })
load-error-unordered-cuts = نمره‌های مرزی باید با بالا رفتن سطح بیشتر شوند ({ $detail })
load-error-level-sequence = سطح‌ها باید بدون فاصله به ترتیب 0، 1، 2 … باشند (انتظار/مقدار: { $detail })
load-error-missing-file = فایل پیدا نشد: { $detail }
load-error-competence-without-items = توانایی { $detail } هیچ سؤالی در بانک ندارد
load-error-bad-message-id = شناسه پیام Fluent معتبر نیست: { $detail }

## شبیه‌سازی
simulate-progress = یادگیرندگان شبیه‌سازی‌شده: { $done } از { $total }
simulate-heading = شبیه‌سازی: تعداد یادگیرندگان { $n }، عدد اولیه { $seed }، بانک { $bank }
simulate-items = میانگین تعداد سؤال‌های نمره‌دار: { $mean } (بیشترین: { $max })
simulate-rmse = ریشه میانگین مربع خطا (RMSE) توانایی: { $rmse }؛ سوگیری: { $bias }؛ میانگین خطای معیار: { $se }
simulate-accuracy = در سطح واقعی خود قرار گرفتند: { $exact } %؛ با حداکثر یک سطح فاصله: { $within } %
simulate-exposure = بیشترین نرخ نمایش یک سؤال: { $rate } %
simulate-stops = دلیل‌های توقف: { $reasons }
simulate-level-line = سطح واقعی { $code }: تعداد یادگیرندگان { $n }، دقیق { $exact } %، با حداکثر یک سطح فاصله { $within } %، تعداد سؤال‌ها { $items }

## خطاها
error-read = خواندن { $path } ممکن نیست: { $reason }
error-write = نوشتن در { $path } ممکن نیست: { $reason }
error-not-content = در { $path } نه framework.yaml (پوشه محتوا) هست و نه bank.yaml (پوشه بانک).
error-session-file = { $path } جلسه ذخیره‌شده نیست: { $reason }
error-session = جلسه نمی‌تواند ادامه پیدا کند: { $reason }
error-content = محتوا خطا دارد:
error-locales = فایل‌های زبان خطا دارند:
clip-status-pending = هنوز ضبط نشده
clip-status-recorded = ضبط‌شده
clip-status-synthesized = صدای مصنوعی
