## توازن کلید پاسخ‌ها (فارسی، پیش‌نویس ماشینی). Printed by `nln validate`; never a failure.

balance-kind-choice = سؤال‌های چندگزینه‌ای
balance-kind-hotspot = سؤال‌های لمس روی تصویر (فهرست ناحیه‌ها)
balance-key-position = هشدار: { $kind }: پاسخ درست در جایگاه { $position } است در { $observed }/{ $items } (متوازن: حدود { $expected }).
balance-true-false = هشدار: سؤال‌های درست/غلط: پاسخ درست «درست» است در { $true }/{ $items } (متوازن: حدود نصف).
balance-order-as-shown = هشدار: سؤال ترتیب { $item }: پاسخ درست همان ترتیبی است که مراحل نشان داده می‌شوند؛ دست نزدن به آن‌ها امتیاز می‌گیرد.
