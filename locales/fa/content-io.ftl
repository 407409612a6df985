# Content limits, session files and answer input (fa). Machine-drafted.
load-error-too-big = فایل برای خواندن خیلی بزرگ است یا بیش از حد تودرتو است ({ $detail })
load-error-implausible = پارامتر IRT بیرون از محدودهٔ پذیرفتنی است ({ $detail })
cli-assess-opt-force = فایل ‎--save‎ را جایگزین کن، حتی اگر جلسهٔ ذخیره‌شده نباشد
assess-how-to-answer = با شمارهٔ انتخاب خود پاسخ دهید و Enter را بزنید. ‏0 = نمی‌دانم. q = توقف (پاسخ‌های شما نگه داشته می‌شوند).
assess-saving-to = پاسخ‌های شما در { $file } ذخیره می‌شوند
assess-resume-hint = برای ادامه در زمانی دیگر، این را اجرا کنید: nln assess --resume { $file }
assess-interrupted = آزمون قطع شد.
assess-type-number = یک عدد از 1 تا { $max } بنویسید، یا اگر نمی‌دانید 0، سپس Enter را بزنید.
assess-type-order = عددهای 1 تا { $max } را به ترتیب درست و با فاصله بنویسید (برای نمونه: 2 1 3)، یا اگر نمی‌دانید 0.
error-not-regular-file = { $path } یک فایل معمولی نیست (پیوند، پوشه، لوله یا دستگاه است)، پس خوانده یا جایگزین نمی‌شود.
error-file-too-large = { $path } برای خواندن خیلی بزرگ است (حد به بایت: { $limit }).
error-too-many-files = { $path } برای خواندن فایل‌های بیش از حد دارد (حد: { $limit }).
error-not-a-session = { $path } از پیش وجود دارد و جلسهٔ ذخیره‌شدهٔ این آزمون نیست. فایل دیگری انتخاب کنید، یا ‎--force‎ را برای جایگزینی بیفزایید.
error-session-in-use = { $path } اکنون در دست آزمون دیگری است که در حال اجراست.
error-no-saved-session = هیچ جلسهٔ ذخیره‌شده‌ای در { $path } پیدا نشد.
