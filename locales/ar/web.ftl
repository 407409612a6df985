# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = العربية
web-choose-language = اختر لغتك
web-change-language = اختر لغة أخرى
web-join-heading = رمز الاختبار الخاص بك
web-join-help = يعطيك المقيّم رمزًا. اكتبه هنا.
web-join-label = رمز الاختبار
web-join-button = ابدأ
web-join-invalid = هذا الرمز لا يعمل. تحقّق منه، أو اطلب رمزًا جديدًا من المقيّم.
web-familiar-heading = قبل أن نبدأ
web-familiar-not-scored = هذا التمرين لا يُحتسب.
web-familiar-play = اضغط زر الصوت لتسمع الكلمات.
web-familiar-tap = للإجابة، اضغط على إجابتك. جرّب الآن: اضغط على النجمة.
web-familiar-star = نجمة
web-familiar-done = أحسنت!
web-familiar-dont-know = إذا كنت لا تعرف الإجابة، اضغط «لا أعرف». لا بأس بذلك.
web-begin = ابدأ الاختبار
web-read-aloud = القراءة بصوت عالٍ تلقائيًا
web-play = استمع
web-stop = أوقف الصوت
web-order-hint = اضغط على الخطوات بالترتيب الصحيح. اضغط «ابدأ من جديد» للتغيير.
web-order-done = تمّ
web-order-again = ابدأ من جديد
web-hotspot-hint = اضغط على المكان الصحيح في الصورة.
web-hotspot-list = أو اختر المكان من هذه القائمة:
web-about-you = عنك. هذا لا يُحتسب.
web-wait-assessor = الآن يشاهدك المقيّم وأنت تؤدي مهمة. يُرجى الانتظار.
web-saving = جارٍ حفظ إجابتك…
web-offline = انقطع الاتصال. إجابتك محفوظة. نحاول مرة أخرى.
web-error = حدث خطأ ما. يُرجى سؤال المقيّم.
web-end-heading = شكرًا لك. لقد انتهيت.
web-end-next = تم حفظ إجاباتك. سيتحدث معك المقيّم عن الخطوة التالية. يمكنك إغلاق هذه الصفحة.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = اختبار المهارات الرقمية
web-question-number = السؤال { $number }

## Assessor view

web-assessor-title = صفحة المقيّم
web-assessor-forget-key = انسَ المفتاح
web-assessor-key-heading = سجّل الدخول بمفتاح مؤسستك
web-assessor-key-label = مفتاح واجهة البرمجة للمؤسسة
web-assessor-key-hint = يُحفظ في علامة التبويب هذه فقط حتى تغلقها.
web-assessor-key-use = استخدم هذا المفتاح
web-assessor-key-wrong = هذا المفتاح لا يعمل. أدخله مرة أخرى.
web-assessor-start-heading = ابدأ جلسة
web-assessor-learner-ref = مرجع المتعلّم
web-assessor-learner-ref-hint = رمز مؤسستك للمتعلّم: حروف وأرقام ونقاط وشرطات. لا تكتب اسمًا أبدًا.
web-assessor-language = لغة المتعلّم
web-assessor-assisted = أجلس مع المتعلّم وأسجّل المهام التي أشاهدها
web-assessor-start = ابدأ الجلسة
web-assessor-session-heading = جلسة جارية
web-assessor-answered = الإجابات حتى الآن
web-assessor-code = رمز الانضمام لجهاز المتعلّم:
web-assessor-code-help = يفتح المتعلّم هذا العنوان على جهازه، أو يمسح رمز QR، ويكتب الرمز. إذا أُغلقت الصفحة، يفتح الرمز نفسه الاختبار مرة أخرى عند السؤال نفسه.
web-assessor-qr = رمز QR لرابط الانضمام: امسحه بكاميرا الهاتف
web-assessor-new-code = رمز انضمام جديد
web-assessor-stop = أنهِ الجلسة الآن
web-assessor-task = مهمة مُشاهَدة: سجّل كيف جرت
web-assessor-result = النتيجة
web-assessor-print = اطبع النتيجة
web-assessor-print-learner = اطبع صفحة المتعلّم
web-assessor-new = ابدأ جلسة أخرى

## Printed result

web-report-heading = نتيجة محو الأمية الرقمية
web-report-profile = الملف حسب المجال
web-report-can-do = يستطيع
web-report-next = الخطوات التالية
web-report-based-on = على ماذا تستند هذه النتيجة
web-report-items = الأسئلة المُجاب عنها
web-report-range = نطاق المستوى المرجّح
web-report-precision = الخطأ المعياري (لوجيت)
web-report-calibration = المعايرة
web-report-language = لغة الاختبار
web-report-session = الجلسة
web-report-time = التاريخ (بالتوقيت العالمي)
web-report-not-measured = لم يُقَس
web-home-heading = مهاراتي الرقمية
web-home-can = أستطيع
web-home-next = سأتعلّم بعد ذلك
