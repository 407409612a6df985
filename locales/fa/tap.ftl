### پرسش‌های چندصفحه‌ای (فارسی، machine-drafted)

# audience: learner
assess-tap-through-hint = روی صفحه بزنید، یا جایی را از فهرست انتخاب کنید. هر جای درست صفحهٔ بعدی را باز می‌کند.
assess-tap-screen = صفحهٔ { $number } از { $count }
response-error-bad-path = لمس‌های ثبت‌شده برای سؤال { $item } با صفحه‌های آن جور نیست.
session-error-bad-taps = لمس‌های ذخیره‌شده در سؤال { $item } از صفحه‌های آن نمی‌گذرد.
# audience: learner
web-tap-through-hint = کار را روی گوشی انجام دهید: در هر صفحه روی جای درست بزنید.
