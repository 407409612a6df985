# الصور: فحوص `nln validate` لمجلد assessments/images/ وأوراق المعاينة (للمؤلفين والمقيّمين).
cli-validate-opt-contact-sheets = اكتب أيضًا ورقة معاينة لكل مجال (SVG: كل صورة مع معرّفات أسئلتها ومناطق اللمس) في هذا المجلد
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: تحذير: { $message }
picture-contact-sheets-written = عدد أوراق المعاينة المكتوبة في { $path }: { $count }.
picture-missing = السؤال { $item } يعرض الصورة { $picture } وهي غير موجودة في images/
picture-unused = لا يعرض أي سؤال الصورة { $picture }
picture-bad-name = اسم الصورة كلمات بأحرف صغيرة تفصل بينها شرطات، وينتهي بـ .svg، ويكون في screens/ أو icons/ أو photos/
picture-unreadable = الصورة ليست ملف SVG مقروءًا: { $reason }
picture-bad-canvas = لوحة الصورة { $found }؛ صور هذا المجلد تستخدم { $expected }
picture-no-title = لا تحتوي الصورة على <title> كأول عنصر (تحتاجه قارئات الشاشة)
picture-forbidden = تحتوي الصورة على { $what }، وهذا غير مسموح (نصوص برمجية، روابط إلى ملفات أخرى، صور نقطية، مرشحات، حركة)
picture-too-large = حجم الصورة { $size } بايت؛ اجعله أقل من { $limit } بايت
picture-duplicate-id = المعرّف "{ $id }" مستخدم مرتين في الصورة
picture-region-outside = المنطقة { $region } من السؤال { $item } تخرج عن صورتها ({ $canvas })
picture-regions-overlap = المنطقتان { $first } و{ $second } من السؤال { $item } متداخلتان: لمسة واحدة تعني الاثنتين
picture-control-missing = لا يوجد في الصورة { $picture } عنصر بالمعرّف "{ $region }" للمنطقة { $region } من السؤال { $item }
picture-control-outside = العنصر "{ $region }" في الصورة { $picture } غير مرسوم داخل المنطقة { $region } من السؤال { $item }
