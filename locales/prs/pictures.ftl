# تصویرها: بررسی‌های `nln validate` برای assessments/images/ و ورق‌های نمایه (برای نویسنده‌ها و ارزیاب‌ها).
cli-validate-opt-contact-sheets = برای هر حوزه یک برگهٔ نمایه (SVG: هر تصویر با شناسهٔ پرسش‌ها و ناحیه‌های لمسی) هم در این پوشه بنویس
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: هشدار: { $message }
picture-contact-sheets-written = تعداد برگه‌های نمایهٔ نوشته‌شده در { $path }: { $count }.
picture-missing = پرسش { $item } تصویر { $picture } را نشان می‌دهد، ولی این تصویر در images/ نیست
picture-unused = هیچ پرسشی تصویر { $picture } را نشان نمی‌دهد
picture-bad-name = نام تصویر از واژه‌های با حروف کوچک و خط تیره ساخته می‌شود، با .svg تمام می‌شود و در screens/، icons/ یا photos/ است
picture-unreadable = تصویر یک فایل SVG خوانا نیست: { $reason }
picture-bad-canvas = بوم تصویر { $found } است؛ تصویرهای این پوشه از { $expected } استفاده می‌کنند
picture-no-title = تصویر عنصر <title> را به‌عنوان نخستین عنصر ندارد (صفحه‌خوان‌ها به آن نیاز دارند)
picture-forbidden = تصویر { $what } دارد که مجاز نیست (اسکریپت، پیوند به فایل‌های دیگر، تصویر بیت‌مپ، فیلتر، پویانمایی)
picture-too-large = حجم تصویر { $size } بایت است؛ آن را کمتر از { $limit } بایت نگه دارید
picture-duplicate-id = شناسهٔ "{ $id }" دو بار در تصویر به کار رفته است
picture-region-outside = ناحیهٔ { $region } از پرسش { $item } از تصویرش بیرون می‌زند ({ $canvas })
picture-regions-overlap = ناحیه‌های { $first } و { $second } از پرسش { $item } روی هم افتاده‌اند: یک لمس معنای هر دو را می‌دهد
picture-control-missing = تصویر { $picture } عنصری با شناسهٔ "{ $region }" برای ناحیهٔ { $region } از پرسش { $item } ندارد
picture-control-outside = عنصر "{ $region }" در تصویر { $picture } درون ناحیهٔ { $region } از پرسش { $item } کشیده نشده است
