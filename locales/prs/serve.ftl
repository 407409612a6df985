# nln serve / nln agency: سرویس HTTP و سازمان‌های استفاده‌کننده (دری). متن برای ارزیاب‌ها و فناوری اطلاعات.

cli-serve-about = اجرای سرویس HTTP/JSON برای سامانه‌های پذیرش
cli-serve-opt-listen = نشانی شنود (IP:PORT)
cli-serve-opt-database = پایگاه داده: sqlite:PATH (پیش‌فرض sqlite:nln.db) یا {"\u2068"}postgres://…{"\u2069"}
cli-serve-opt-rate-limit = تعداد درخواست مجاز در هر ثانیه برای هر کلید (0 محدودیت را برمی‌دارد)
cli-serve-opt-sessions-per-hour = تعداد جلسهٔ جدید مجاز در هر ساعت برای هر کلید (0 محدودیت را برمی‌دارد)
cli-agency-about = مدیریت سازمان‌هایی که از سرویس استفاده می‌کنند
cli-agency-add-about = افزودن یک سازمان و چاپ نخستین کلید API آن
cli-agency-opt-name = نام سازمان
cli-agency-opt-retention = تعداد روزهایی که داده‌های فراگیران پیش از حذف نگه داشته می‌شود

serve-listening = سرویس nln روی { $url } گوش می‌دهد (پایگاه داده: { $database }).
serve-openapi = توصیف API: { $url }
serve-key-hint = برای گرفتن کلید سازمان، اجرا کنید: { $command }
serve-error-start = سرویس راه‌اندازی نشد: { $reason }
serve-error-listen = «{ $address }» نشانی شنود نیست؛ از IP:PORT استفاده کنید، مثلاً 127.0.0.1:8080.
serve-error-database = «{ $address }» نشانی پایگاه داده نیست؛ از sqlite:PATH یا {"\u2068"}postgres://…{"\u2069"} استفاده کنید.
agency-added = سازمان «{ $name }» افزوده شد (شناسه { $id }).
agency-key-once = کلید API آن در ادامه فقط همین یک بار نشان داده می‌شود: آن را امن نگه دارید؛ سرویس فقط هش آن را نگه می‌دارد.
agency-error = سازمان افزوده نشد: { $reason }

serve-problem-unauthorized = وارد نشده‌اید
serve-problem-unauthorized-detail = یک کلید API یا توکن فراگیر معتبر را به صورت «Authorization: Bearer …» بفرستید.
serve-problem-forbidden = مجاز نیست
serve-problem-forbidden-detail = این کلید یا توکن اجازهٔ این کار را ندارد.
serve-problem-not-found = یافت نشد
serve-problem-not-found-detail = اینجا چیزی نیست که این کلید یا توکن بتواند ببیند.
serve-problem-method-not-allowed = روش مجاز نیست
serve-problem-method-not-allowed-detail = این نشانی این روش HTTP را نمی‌پذیرد.
serve-problem-bad-request = درخواست نادرست
serve-problem-bad-request-detail = درخواست خوانده نشد: { $reason }
serve-problem-unsupported-media = نوع محتوا پشتیبانی نمی‌شود
serve-problem-unsupported-media-detail = بدنه را به صورت application/json بفرستید: { $reason }
serve-problem-too-large = درخواست بیش از حد بزرگ است
serve-problem-too-large-detail = بدنه از حد { $limit } بایت بزرگ‌تر است.
serve-problem-invalid-answer = پاسخ با پرسش جور نیست
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] پاسخ گزینه‌ای را نام می‌برد که این پرسش ندارد.
    [score-out-of-range] نمره از بیشینهٔ این پرسش بالاتر است.
    [incomplete-order] ترتیب باید هر مرحله را دقیقاً یک بار نام ببرد.
   *[wrong-kind] این نوع پاسخ با این پرسش جور نیست؛ answer_kinds آن را ببینید.
}
serve-problem-wrong-sequence = شمارهٔ ترتیب نادرست
serve-problem-wrong-sequence-detail = جلسه منتظر پاسخ شمارهٔ { $expected } است. جلسه را دوباره بخوانید و به پرسشی که نشان می‌دهد پاسخ دهید.
serve-problem-not-pending = پرسش منتظر پاسخ نیست
serve-problem-not-pending-detail = این پرسش همان پرسشی نیست که جلسه منتظر آن است. جلسه را دوباره بخوانید و به پرسشی که نشان می‌دهد پاسخ دهید.
serve-problem-finished = جلسه پایان یافته
serve-problem-finished-detail = این جلسه پایان یافته و پاسخ دیگری نمی‌پذیرد.
serve-problem-not-finished = جلسه هنوز پایان نیافته
serve-problem-not-finished-detail = نتیجه پس از پایان جلسه آماده است؛ برای تعیین سطح با پاسخ‌های داده‌شده، آن را زودتر متوقف کنید.
serve-problem-idempotency-key-required = Idempotency-Key لازم است
serve-problem-idempotency-key-required-detail = با هر پاسخ یک سرآیند Idempotency-Key یکتا (حداکثر 255 نویسه) بفرستید و هنگام تکرار، همان را بفرستید.
serve-problem-idempotency-key-reused = Idempotency-Key پیش‌تر به کار رفته
serve-problem-idempotency-key-reused-detail = این Idempotency-Key برای درخواست دیگری به کار رفته است. برای پاسخ تازه کلید تازه به کار ببرید.
serve-problem-rate-limited = درخواست‌های بیش از حد
serve-problem-rate-limited-detail = { $seconds ->
    [one] درخواست‌ها برای این کلید بیش از حد است. { $seconds } ثانیهٔ دیگر دوباره تلاش کنید.
   *[other] درخواست‌ها برای این کلید بیش از حد است. { $seconds } ثانیهٔ دیگر دوباره تلاش کنید.
}
serve-problem-unknown-bank = بانک پرسش ناشناخته
serve-problem-unknown-bank-detail = این سرویس بانک پرسشی به نام «{ $bank }» ندارد.
serve-problem-unknown-language = زبان ناشناخته
serve-problem-unknown-language-detail = «{ $language }» از زبان‌هایی نیست که این سرویس ارائه می‌کند.
serve-problem-invalid-join-code = کد ورود ناشناخته
serve-problem-invalid-join-code-detail = این کد ورود معتبر نیست: شاید نادرست تایپ شده، پیش‌تر به کار رفته یا منقضی شده باشد. کد تازه بخواهید.
serve-problem-unavailable = سرویس در دسترس نیست
serve-problem-unavailable-detail = سرویس اکنون به پایگاه داده‌اش دسترسی ندارد. کمی بعد دوباره تلاش کنید؛ هیچ چیز تأییدشده‌ای از دست نرفته است.
serve-problem-internal = خطای داخلی
serve-problem-internal-detail = در سرور مشکلی پیش آمد. هیچ چیز تأییدشده‌ای از دست نرفته است؛ دوباره تلاش کنید.
