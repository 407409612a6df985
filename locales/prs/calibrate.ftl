## کالیبراسیون و پژوهش (دری، پیش‌نویس ماشینی). برای پژوهشگران: بدون صدا.

cli-calibrate-about = برآورد پارامترهای سؤال‌ها از داده‌های پاسخ (MML-EM) و در صورت نیاز نوشتن نسخهٔ کالیبره‌شدهٔ بانک
cli-research-opt-data = فایل پاسخ‌ها: CSV بلند (id,item,resp) یا پهن (یک ستون برای هر سؤال، NA = داده نشده)
cli-research-opt-format = چیدمان فایل: long یا wide (پیش‌فرض: از سرستون‌ها تشخیص داده می‌شود)
cli-calibrate-opt-model = مدل هر سؤال: rasch، 1pl، 2pl، 3pl یا grm
cli-calibrate-opt-items-model = فایل CSV با خطوط سؤال,مدل که به برخی سؤال‌ها مدل دیگری می‌دهد
cli-calibrate-opt-anchor = بانکی که سؤال‌هایش پارامترهای خود را نگه می‌دارند (کالیبراسیون با لنگر ثابت روی مقیاس آن)
cli-calibrate-opt-out = نوشتن بانک با پارامترهای تازه، به‌عنوان نسخهٔ کالیبره‌شدهٔ جدید، در این پوشه
cli-calibrate-opt-version = نسخهٔ بانک نوشته‌شده (پیش‌فرض: نسخهٔ فرعی بعدی)
cli-calibrate-opt-slope-prior = پیشین لگ‌نرمال برای شیب‌ها با این انحراف معیار (مثلاً 0.5) برای داده‌های انطباقی پراکنده
cli-calibrate-opt-no-se = محاسبه نکردن خطاهای استاندارد (برای بانک‌های بزرگ سریع‌تر)
cli-score-about = برآورد توانایی، خطای استاندارد و سطح NLN هر نفر در یک فایل پاسخ
cli-score-opt-csv = چاپ به‌صورت CSV ‏(id,theta,se,level,items)
cli-score-opt-eapsum = چاپ جدول EAP بر پایهٔ نمرهٔ کل برای یک فرم ثابت (همه به سؤال‌های یکسان پاسخ داده‌اند)
cli-export-about = برون‌بری پاسخ‌های نمره‌دار جلسه‌های ذخیره‌شده به‌صورت CSV بلند یا پهن
cli-export-opt-sessions = فایل‌های جلسهٔ ذخیره‌شده (JSON)
cli-export-opt-out = نوشتن در این فایل به‌جای خروجی استاندارد

calibrate-progress = چرخه‌های EM
calibrate-converged = پس از { $cycles } چرخه همگرا شد ({ $items } سؤال، { $persons } نفر).
calibrate-not-converged = پس از { $cycles } چرخه همگرا نشد ({ $items } سؤال، { $persons } نفر): با احتیاط از برآوردها استفاده کنید.
calibrate-fit = لگ‌درست‌نمایی { $loglik }، AIC { $aic }، BIC { $bic }، { $parameters } پارامتر.
calibrate-latent = توزیع پنهان: میانگین { $mean }، انحراف معیار { $sd }.
calibrate-table-header = سؤال، مدل، شیب a (خ.ا)، مکان b (خ.ا)، مجانب c (خ.ا)، پاسخ‌ها؛ * = لنگر
calibrate-se-method = خطاهای استاندارد: { $method }.
calibrate-written = نسخهٔ { $version } بانک در { $path } نوشته شد ({ $items } سؤال کالیبره شد).
calibrate-unknown-model = مدل ناشناخته «{ $model }» (rasch، 1pl، 2pl، 3pl یا grm)
calibrate-unknown-item = سؤال «{ $item }» در فایل پاسخ‌ها نیست
calibrate-out-unknown-items = هیچ بانکی نوشته نمی‌شود: این سؤال‌ها در بانک { $bank } نیستند: { $items }
calibrate-out-invalid = بانک کالیبره‌شده بارگذاری نمی‌شد:
calibrate-error-spec-count = مدل‌ها با سؤال‌های فایل پاسخ جور نیستند.
calibrate-error-no-data = فایل هیچ پاسخی ندارد.
calibrate-error-no-variation = سؤال { $item }: همهٔ پاسخ‌ها نمرهٔ یکسان دارند؛ چیزی برای برآورد نیست.
calibrate-error-not-dichotomous = سؤال { $item } نمرهٔ { $score } دارد، اما مدل فقط 0 و 1 را نمره می‌دهد (از --model grm استفاده کنید).
calibrate-error-empty-category = سؤال { $item }: هیچ‌کس نمرهٔ { $score } نگرفت؛ نمره‌ها را دوباره کدگذاری کنید تا هر رده به کار رود.
calibrate-error-anchor-categories = سؤال لنگر { $item } ‏{ $categories } رده دارد، اما داده‌ها نمرهٔ { $score } دارند.
calibrate-error-settings = یکی از تنظیمات کالیبراسیون خارج از محدوده است.
calibrate-data-item-out-of-range = ستون سؤال خارج از محدوده
calibrate-data-duplicate-item = یک سؤال دو بار در یک سطر
calibrate-data-bad-weight = وزن سطری که عدد مثبت نیست
calibrate-data-score-too-large = نمرهٔ بیش از حد بزرگ

data-error-csv = CSV نادرست: { $reason }
data-error-empty = فایل خالی است
data-error-missing-column = ستون «{ $column }» وجود ندارد
data-error-duplicate-column = ستون «{ $column }» دو بار آمده است
data-error-no-items = هیچ ستون سؤالی نیست
data-error-bad-score = نمرهٔ «{ $value }» عدد صحیح 0 یا بیشتر نیست (NA یا خالی = داده نشده)
data-error-empty-id = شناسهٔ خالی
data-error-duplicate-response = فرد «{ $person }» دو بار به سؤال «{ $item }» پاسخ داده است
data-error-duplicate-person = فرد «{ $person }» دو سطر دارد
data-error-covariate-conflict = فرد «{ $person }»: متغیر کمکی { $name } هم «{ $first }» است و هم «{ $second }»
data-error-unknown-item = سؤال «{ $item }» در بانک { $bank } نیست یا مدل IRT ندارد.

score-header = شناسه، تتا، خ.ا، سطح NLN، سؤال‌های پاسخ‌داده ({ $method })؛ * = برآورد ML در مرز جست‌وجو
score-out-of-range = فرد { $person }، سؤال { $item }: نمرهٔ { $score } از بیشترین نمرهٔ سؤال ({ $max }) بالاتر است.
score-not-fixed-form = جدول EAP بر پایهٔ نمرهٔ کل به فرم ثابت نیاز دارد: همه باید به سؤال‌های یکسان پاسخ داده باشند.
score-eapsum-header = نمرهٔ کل، تتای EAP، انحراف معیار، افراد مشاهده‌شده، افراد مورد انتظار

export-error-session = { $path }: جلسهٔ ذخیره‌شده نیست ({ $reason })
