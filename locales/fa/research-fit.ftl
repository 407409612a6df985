## Item and person fit, DIF, standard setting and plots (fa, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = بررسی برازش پارامترهای بانک با داده‌های پاسخ: برازش گویه S-X²، میانگین مجذورات infit/outfit، برازش فرد lz
cli-fit-opt-min-expected = گروه‌های نمرهٔ کل را ادغام کن تا هر فراوانی مورد انتظار دست‌کم این مقدار شود (mincell در mirt؛ 0 یعنی بدون ادغام)
cli-fit-opt-persons = به‌جای جدول گویه‌ها، برازش lz هر فرد را نشان بده
cli-fit-opt-csv = چاپ به صورت CSV (گویه‌ها، یا افراد با {"\u2068"}--persons{"\u2069"})
fit-items-header = گویه، مدل، S-X²، درجهٔ آزادی، p، RMSEA، infit (z)، outfit (z)؛ * = p کمتر از 0.01 یا میانگین مجذورات بیرون از 0.7–1.3
fit-persons-header = شناسه، تتای EAP، lz، گویه‌های پاسخ‌داده؛ * = lz کمتر از { $cut }
fit-s-x2-used = S-X² از { $persons ->
    [one] { $persons } نفر
   *[other] { $persons } نفر
} که به همهٔ گویه‌ها پاسخ دادند استفاده کرد؛ { $skipped ->
    [one] { $skipped } سطر یک گویه را نداشت و کنار گذاشته شد.
   *[other] { $skipped } سطر یک گویه را نداشتند و کنار گذاشته شدند.
}
fit-s-x2-none = S-X² گروه‌های نمرهٔ کل را مقایسه می‌کند و به افرادی نیاز دارد که به همهٔ گویه‌ها پاسخ داده باشند (فرم ثابت)؛ کسی چنین نکرد، پس فقط infit، outfit و lz نشان داده می‌شوند.
fit-persons-flagged = { $flagged } از { $persons ->
    [one] { $persons } نفر
   *[other] { $persons } نفر
} lz کمتر از { $cut } دارند (الگوهای پاسخ غیرمنتظره؛ با {"\u2068"}--persons{"\u2069"} فهرستشان را ببینید).
fit-error-min-expected = مقدار ‎--min-expected باید عددی از 0 تا 1000 باشد، نه { $value }.

cli-dif-about = غربال کارکرد افتراقی گویه‌ها میان گروه‌های یک متغیر فردی: مانتل–هنزل (رده‌های ETS ‏A/B/C) و رگرسیون لجستیک؛ فقط علامت‌گذاری، چیزی حذف نمی‌شود
cli-dif-opt-group = متغیر فردی که گروه‌ها را تعیین می‌کند (مثلاً cov_lang یا cov_mode)
cli-dif-opt-focal = گروه کانونی (پیش‌فرض: هر گروه به‌جز مرجع، هر کدام یک مقایسه)
cli-dif-opt-reference = گروه مرجع (پیش‌فرض: بزرگ‌ترین گروه)
cli-dif-opt-csv = چاپ CSV (یک سطر برای هر مقایسه و گویه)
dif-comparison = { $group }: مرجع «{ $reference }»، کانونی «{ $focal }»
dif-matching-total = افراد بر اساس نمرهٔ کل همتا می‌شوند؛ گویه‌هایی که در گذر نخست علامت خوردند از آن کنار می‌روند (پالایش).
dif-matching-theta = همه به همهٔ گویه‌ها پاسخ نداده‌اند: افراد بر اساس توانایی EAP همتا می‌شوند (ده طبقه برای مانتل–هنزل).
dif-purified = کنار گذاشته از نمرهٔ کل همتاسازی: { $items }
dif-header = گویه، پاسخ‌های مرجع/کانونی، دلتای MH، ‏p ‏MH، ردهٔ ETS، ‏p یکنواخت LR، ‏p نایکنواخت LR، ‏ΔR² ‏LR؛ * = علامت برای بازبینی (ردهٔ B یا C، یا p کمتر از 0.01 با ΔR² دست‌کم 0.035)
dif-not-studied = بررسی نشد (گویهٔ چندارزشی، یا بی‌پاسخ در یکی از گروه‌ها)
dif-flagged = { $flagged ->
    [one] { $flagged } گویه برای بازبینی علامت خورد (حذف نشد).
   *[other] { $flagged } گویه برای بازبینی علامت خوردند (حذف نشدند).
}
dif-error-unknown-group = فایل پاسخ متغیر { $group } را ندارد (این‌ها را دارد: { $known }). فایل‌های بلند متغیرها را در ستون‌های {"\u2068"}cov_…{"\u2069"} دارند.
dif-error-unknown-value = متغیر { $group } گروه «{ $value }» ندارد (این‌ها را دارد: { $known }).
dif-error-groups = متغیر { $group } دست‌کم دو گروه می‌خواهد، با گروه مرجع و کانونی متفاوت.
cli-standard-setting-about = تعیین استاندارد به روش نشانک: چاپ دفترچهٔ مرتب گویه‌ها، یا تبدیل نشانک‌های داوران به نمره‌های برش پیشنهادی و فایل سطوح
cli-standard-setting-opt-bookmarks = CSV نشانک‌ها با ستون‌های panellist,level,page: آخرین صفحهٔ دفترچه که یادگیرندهٔ درست در برش آن سطح بر آن مسلط است
cli-standard-setting-opt-rp = احتمال پاسخ که دفترچه را مرتب می‌کند (طبق عرف RP67)
cli-standard-setting-opt-out = فایل سطوح را با برش‌های پیشنهادی (میانهٔ داوران) و منشأ آن‌ها اینجا بنویس
standard-setting-booklet-header = صفحه، گویه، گام نمره، مکان RP{ $rp } ‏(θ)، سطح کنونی در این θ
standard-setting-panel = { $panellists ->
    [one] { $panellists } داور
   *[other] { $panellists } داور
}، دفترچهٔ { $pages } صفحه‌ای با RP ‏{ $rp }.
standard-setting-cuts-header = سطح، برش کنونی، برش پیشنهادی (میانه)، میانگین، انحراف معیار، دامنه میان داوران
standard-setting-written = { $path } با { $cuts ->
    [one] { $cuts } برش پیشنهادی
   *[other] { $cuts } برش پیشنهادی
} نوشته شد (وضعیت: panel).
standard-setting-error-rp = مقدار ‎--rp باید احتمالی میان 0 و 1 باشد، نه { $value }.
standard-setting-error-level = سطح «{ $level }» سطحی با نمرهٔ برش نیست
standard-setting-error-page = صفحهٔ { $page } از آخرین صفحهٔ دفترچه، { $pages }، فراتر است
standard-setting-error-empty = هیچ نشانکی در فایل نیست.
standard-setting-error-missing = داور «{ $panellist }» برای سطح { $level } نشانک ندارد؛ هر داور برای سطوح یکسان نشانک می‌گذارد.
standard-setting-error-decreasing = داور «{ $panellist }» سطح بالاتری را در صفحه‌ای پیش از سطح پایین‌تر نشانک گذاشته است.
standard-setting-error-order = برش‌های پیشنهادی همراه با برش‌های بازبینی‌نشده با سطوح افزایش نمی‌یابند؛ چیزی نوشته نشد.
data-error-bad-page = صفحهٔ «{ $value }» عدد صحیح 1 یا بیشتر نیست
data-error-duplicate-bookmark = داور «{ $panellist }» سطح { $level } را دو بار نشانک گذاشته است

cli-plot-about = رسم نمودارهای SVG یک بانک: اطلاعات آزمون با خطای استاندارد آن و برش‌های سطح، و منحنی‌های مشخصه و اطلاعات هر گویه
cli-plot-opt-out = پوشه‌ای که فایل‌های SVG در آن نوشته می‌شوند (در صورت نبود ساخته می‌شود)
cli-plot-opt-items = فقط این گویه‌ها (شناسه‌های جداشده با ویرگول؛ پیش‌فرض: همهٔ گویه‌های دارای مدل)
plot-title-test = اطلاعات آزمون: بانک { $bank } { $version } ({ $items } گویه)
plot-title-item = گویهٔ { $item } ({ $model })
plot-axis-theta = θ (توانایی، لوجیت)
plot-axis-information = اطلاعات
plot-axis-se = خطای استاندارد
plot-axis-probability = احتمال
plot-legend-score = نمرهٔ { $score }
plot-written = { $count } نمودار در { $path } نوشته شد.
