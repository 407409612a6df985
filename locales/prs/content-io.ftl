# Content limits, session files and answer input (prs). Machine-drafted.
load-error-too-big = فایل برای خواندن بسیار کلان است یا بیش از حد تودرتو است ({ $detail })
load-error-implausible = پارامتر IRT بیرون از ساحهٔ قابل قبول است ({ $detail })
cli-assess-opt-force = فایل ‎--save‎ را تعویض کن، حتی اگر جلسهٔ ذخیره‌شده نباشد
assess-how-to-answer = با نمبر انتخاب خود جواب دهید و Enter را فشار دهید. ‏0 = نمی‌دانم. q = توقف (جواب‌های شما نگه داشته می‌شوند).
assess-saving-to = جواب‌های شما در { $file } ذخیره می‌شوند
assess-resume-hint = برای ادامه در وقت دیگر، این را اجرا کنید: nln assess --resume { $file }
assess-interrupted = امتحان قطع شد.
assess-type-number = یک نمبر از 1 تا { $max } بنویسید، یا اگر نمی‌دانید 0، بعد Enter را فشار دهید.
assess-type-order = نمبرهای 1 تا { $max } را به ترتیب درست و با فاصله بنویسید (مثلاً: 2 1 3)، یا اگر نمی‌دانید 0.
error-not-regular-file = { $path } یک فایل عادی نیست (لینک، فولدر، پایپ یا دستگاه است)، پس خوانده یا تعویض نمی‌شود.
error-file-too-large = { $path } برای خواندن بسیار کلان است (حد به بایت: { $limit }).
error-too-many-files = { $path } برای خواندن فایل‌های بسیار زیاد دارد (حد: { $limit }).
error-not-a-session = { $path } از قبل وجود دارد و جلسهٔ ذخیره‌شدهٔ این امتحان نیست. فایل دیگری انتخاب کنید، یا ‎--force‎ را برای تعویض اضافه کنید.
error-session-in-use = { $path } فعلاً توسط امتحان دیگری که در حال اجرا است استفاده می‌شود.
error-no-saved-session = هیچ جلسهٔ ذخیره‌شده در { $path } پیدا نشد.
