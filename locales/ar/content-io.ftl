# Content limits, session files and answer input (ar). Machine-drafted.
load-error-too-big = الملف كبير جدًا أو متداخل بعمق كبير فلا يمكن قراءته ({ $detail })
load-error-implausible = معامل IRT خارج نطاقه المعقول ({ $detail })
cli-assess-opt-force = استبدال ملف ‎--save‎ حتى لو لم يكن جلسة محفوظة
assess-how-to-answer = أجب برقم اختيارك ثم اضغط Enter. ‏0 = لا أعرف. q = توقّف (إجاباتك محفوظة).
assess-saving-to = إجاباتك محفوظة في { $file }
assess-resume-hint = للمتابعة لاحقًا، شغّل: nln assess --resume { $file }
assess-interrupted = توقّف الاختبار فجأة.
assess-type-number = اكتب رقمًا واحدًا من 1 إلى { $max }، أو 0 إذا كنت لا تعرف، ثم اضغط Enter.
assess-type-order = اكتب الأرقام من 1 إلى { $max } بالترتيب الصحيح مع مسافات بينها (مثلًا: 2 1 3)، أو 0 إذا كنت لا تعرف.
error-not-regular-file = { $path } ليس ملفًا عاديًا (إنه رابط أو مجلد أو أنبوب أو جهاز)، لذلك لا تتم قراءته ولا استبداله.
error-file-too-large = { $path } كبير جدًا للقراءة (الحد بالبايت: { $limit }).
error-too-many-files = { $path } يحتوي على ملفات كثيرة جدًا للقراءة (الحد: { $limit }).
error-not-a-session = { $path } موجود بالفعل وليس جلسة محفوظة لهذا الاختبار. اختر ملفًا آخر، أو أضف ‎--force‎ لاستبداله.
error-session-in-use = { $path } مستخدم الآن من قبل اختبار آخر قيد التشغيل.
error-no-saved-session = لم يتم العثور على جلسة محفوظة في { $path }.
