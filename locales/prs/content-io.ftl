# Content limits, session files and answer input (prs). Machine-drafted.
load-error-too-big = فایل برای خواندن بسیار کلان است یا بیش از حد تودرتو است ({ $detail })
load-error-implausible = پارامتر {"\u2068"}IRT{"\u2069"} بیرون از ساحهٔ قابل قبول است ({ $detail })
cli-assess-opt-force = فایل {"\u2068"}--save{"\u2069"} را تعویض کن، حتی اگر جلسهٔ ذخیره‌شده نباشد
assess-how-to-answer = با نمبر انتخاب خود جواب دهید و {"\u2068"}Enter{"\u2069"} را فشار دهید. 0 = نمی‌دانم. {"\u2068"}q{"\u2069"} = توقف (جواب‌های شما نگه داشته می‌شوند).
assess-saving-to = جواب‌های شما در { $file } ذخیره می‌شوند
assess-resume-hint = برای ادامه در وقت دیگر، این را اجرا کنید: {"\u2068"}nln assess --resume{"\u2069"} { $file }
assess-interrupted = امتحان قطع شد.
assess-type-number = یک نمبر از 1 تا { $max } بنویسید، یا اگر نمی‌دانید 0، بعد {"\u2068"}Enter{"\u2069"} را فشار دهید.
assess-type-order = نمبرهای 1 تا { $max } را به ترتیب درست و با فاصله بنویسید (مثلاً: 2 1 3)، یا اگر نمی‌دانید 0.
error-not-regular-file = { $path } یک فایل عادی نیست (لینک، فولدر، پایپ یا دستگاه است)، پس خوانده یا تعویض نمی‌شود.
error-file-too-large = { $path } برای خواندن بسیار کلان است (حد به بایت: { $limit }).
error-too-many-files = { $path } برای خواندن فایل‌های بسیار زیاد دارد (حد: { $limit }).
error-not-a-session = { $path } از قبل وجود دارد و جلسهٔ ذخیره‌شدهٔ این امتحان نیست. فایل دیگری انتخاب کنید، یا {"\u2068"}--force{"\u2069"} را برای تعویض اضافه کنید.
error-session-in-use = { $path } فعلاً توسط امتحان دیگری که در حال اجرا است استفاده می‌شود.
error-no-saved-session = هیچ جلسهٔ ذخیره‌شده در { $path } پیدا نشد.
error-unknown-bank = بانکی به نام { $bank } وجود ندارد. بانک‌ها: { $banks }
validate-error-line-file = { $file }:{ $line }:{ $column }: { $message }
