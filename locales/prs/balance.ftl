## توازن کلید جواب‌ها (دری، پیش‌نویس ماشینی). Printed by `nln validate`; never a failure.

balance-kind-choice = سوال‌های چندگزینه‌ای
balance-kind-hotspot = سوال‌های لمس روی تصویر (لست ساحه‌ها)
balance-key-position = هشدار: { $kind }: جواب درست در جای { $position } است در { $observed }/{ $items } (متوازن: تقریباً { $expected }).
balance-true-false = هشدار: سوال‌های درست/غلط: جواب درست «درست» است در { $true }/{ $items } (متوازن: تقریباً نصف).
balance-order-as-shown = هشدار: سوال ترتیب { $item }: جواب درست همان ترتیبی است که مرحله‌ها نشان داده می‌شوند؛ اگر به آن‌ها دست نزنید نمره می‌گیرید.
