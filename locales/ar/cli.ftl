## واجهة سطر الأوامر والتقارير (العربية). يملأ البرنامج المتغيّرات.

## نص المساعدة
cli-about = تحديد مستوى المتعلمين الكبار على مستويات NLN للمهارات الرقمية باختبار تكيّفي قصير.
cli-heading-commands = الأوامر
cli-heading-options = الخيارات
cli-opt-help = عرض هذه المساعدة
cli-opt-version = عرض الإصدار
cli-opt-lang = لغة الأسئلة والرسائل (مثلاً en أو fr أو fr-CA)؛ القيمة الافتراضية من NLN_LANG أو LANG
cli-opt-bank = المحتوى المستخدم: مجلد بنك (فيه bank.yaml) أو مجلد محتوى (فيه framework.yaml)؛ الافتراضي: البنك المدمج في البرنامج
cli-opt-bank-name = البنك الذي يُستخدم من مجلد المحتوى
cli-opt-seed = البذرة العشوائية: البذرة نفسها مع الأجوبة نفسها تعطي الاختبار نفسه
cli-opt-json = طباعة النتيجة بصيغة JSON على المخرج القياسي
cli-assess-about = إجراء تقييم في الطرفية، والإجابة عن كل سؤال برقمه
cli-assess-opt-save = حفظ الجلسة في هذا الملف بعد كل جواب (ويمكن متابعتها بـ {"\u2068"}--resume{"\u2069"})
cli-assess-opt-resume = متابعة جلسة محفوظة بـ {"\u2068"}--save{"\u2069"}
cli-assess-opt-no-access = تخطّي أسئلة الوصول (الأجهزة، الاتصال بالإنترنت، البريد الإلكتروني …)
cli-assess-opt-audio = تشغيل كل سؤال وكل إجابة بمشغل صوت موجود في PATH (r = الاستماع مرة أخرى)
cli-assess-opt-max-items = أكبر عدد من الأسئلة المحسوبة في النتيجة
cli-assess-opt-method = طريقة تقدير النتيجة: eap أو map أو mle أو wle
cli-validate-about = فحص مجلد محتوى (الإطار، المستويات، البنوك، اللغات) وطباعة كل الأخطاء الموجودة
cli-validate-opt-dir = مجلد المحتوى (مثل assessments/) أو مجلد البنك
cli-validate-opt-locales = مجلد اللغات الذي يُفحص مع المحتوى (الافتراضي: مجلد locales بجانب مجلد المحتوى)
cli-simulate-about = تمرير متعلمين افتراضيين في الاختبار التكيّفي وعرض طول الاختبار ودقة التقدير ودقة تحديد المستوى
cli-simulate-opt-n = عدد المتعلمين الافتراضيين
cli-simulate-opt-distribution = توزيع القدرة: normal (المتوسط 0، الانحراف المعياري 1) أو uniform (من -3.5 إلى 3.5)
cli-simulate-opt-no-exposure = عدم تطبيق حدود ظهور الأسئلة

## التقييم
assess-intro = تقييم NLN للمهارات الرقمية — { $bank } (الإصدار { $version })
assess-provisional = ملاحظة: هذا البنك لم يُعايَر بعد على أجوبة حقيقية؛ النتائج تقريبية.
assess-instructions = اكتب رقم اختيارك، ثم اضغط مفتاح الإدخال Enter. 0 = لا أعرف. q = توقّف (تبقى أجوبتك محفوظة إذا استخدمت {"\u2068"}--save{"\u2069"}).
assess-access-heading = معلومات عنك (لا تُحسب في النتيجة)
assess-question = السؤال { $number }
assess-audio-missing = الصوت: لا يوجد صوت لهذا السؤال
assess-choose = جوابك:
assess-order-hint = اكتب الأرقام بالترتيب الصحيح، وبينها مسافات (مثلاً: 2 1 3).
assess-hotspot-hint = اختر المكان على الشاشة:
assess-task-hint = إلى المقيِّم: سجّل كيف جرت المهمة.
assess-invalid = هذا الجواب غير مناسب. حاول مرة أخرى من فضلك.
assess-saved = حُفظت الجلسة في { $file }.
assess-resumed = تمت متابعة جلسة سابقة. عدد الأجوبة فيها: { $count }.
assess-stopped = توقّف الاختبار قبل النهاية. عدد الأجوبة: { $count }.
assess-input-ended = انتهى الإدخال قبل انتهاء الاختبار.
answer-dont-know = لا أعرف

## النتيجة
result-heading = النتيجة
result-level = المستوى: { $name }
result-profile = الملف: { $profile }
result-band = المدى المرجّح: من NLN { $low } إلى NLN { $high } (بثقة { $confidence } %)
result-theta = تقدير القدرة: { $theta } (الخطأ المعياري { $se }، { $method })
result-items = الأسئلة المحسوبة: { $count }. سبب التوقف: { $reason }
result-capped = بقي المستوى العام عند { $code } لأن أحد المجالات الأساسية أقل منه بوضوح (ولولا ذلك لكان { $uncapped }).
result-irregular = ملف غير منتظم: الفرق بين المجالات الأساسية مستويان أو أكثر.
result-areas-heading = المجالات
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high })، عدد الأسئلة { $items } — { $standing }
result-area-not-measured = { $code } { $name }: لم يُقَس
result-area-few = (أسئلة قليلة: اقرأ النتيجة بحذر)
result-can-do-heading = أستطيع …
result-next-heading = الخطوات التالية للتعلّم
result-guidance-heading = الخدمات
result-access-heading = الوصول (كما ذكره المتعلم)
result-provisional = نتيجة مؤقتة: درجات الفصل بين المستويات ومعاملات الأسئلة حدّدها خبراء إلى أن تتم معايرة البنك.
result-review = عُرضت الأسئلة بلغة { $locale } ({ $status }).
standing-strength = نقطة قوة
standing-on_level = في المستوى
standing-needs_support = يحتاج إلى دعم
standing-not_measured = لم يُقَس
guidance-phone-services = يستطيع استخدام الخدمات بالهاتف وبالرسائل الصوتية
guidance-online-services = مستعد للدروس وللخدمات على الإنترنت
guidance-independent = يعتمد على نفسه في الخدمات الحكومية على الإنترنت وفي البحث عن عمل
guidance-met = نعم
guidance-not_met = ليس بعد
guidance-unknown = غير معروف (لم تُطرح أسئلة الوصول)
stop-precision = النتيجة دقيقة بما يكفي
stop-classified = تحدّد المستوى
stop-max-items = طُرح أكبر عدد من الأسئلة
stop-bank-exhausted = لم تبقَ أسئلة
stop-none = لم ينتهِ
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = تمت مراجعتها
review-machine-drafted = ترجمة آلية، لم تُراجَع بعد
access-field-devices = الأجهزة
access-field-connection = الاتصال بالإنترنت
access-field-email_account = حساب البريد الإلكتروني
access-field-reads_first_language = يقرأ لغته الأولى
access-field-assistive_needs = احتياجات الدعم
access-field-preferred_channel = الطريقة المفضلة للحصول على الخدمة

## الفحص
validate-ok = { $path }: لا توجد أخطاء (عدد الأسئلة في البنك { $bank }: { $items }؛ عدد اللغات التي فُحصت: { $locales }).
validate-errors = { $path }: عدد الأخطاء الموجودة: { $count }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: الرسالة `{ $id }` غير موجودة
validate-missing-audio = { $locale }: المقطع الصوتي `{ $id }` غير موجود في audio.yaml
validate-coverage = الأسئلة حسب المستوى: { $coverage }
validate-no-banks = لم يوجد أي بنك في { $path } (المتوقع: banks/<الاسم>/bank.yaml).

load-error-syntax = لا يمكن قراءته أو لا يطابق الصيغة: { $detail }
load-error-missing-field = حقل مطلوب غير موجود
load-error-invalid-value = القيمة غير صالحة: { $detail }
load-error-duplicate-id = معرّف مكرر { $detail }
load-error-unknown-competence = كفاءة غير معروفة { $detail }
load-error-unknown-source = مصدر مقابلة غير معروف { $detail }
load-error-non-positive-a = يجب أن يكون معامل التمييز a أكبر من 0 (القيمة: { $detail })
load-error-guessing-range = يجب أن يكون معامل التخمين c من 0 إلى أقل من 1 (القيمة: { $detail })
load-error-unordered-thresholds = يجب أن تتزايد العتبات المتدرّجة تزايداً صارماً (القيمة: { $detail })
load-error-threshold-count = فئات الدرجات لا تتطابق مع العتبات (الفئات/العتبات: { $detail })
load-error-key-not-option = مفتاح الإجابة { $detail } ليس من خيارات السؤال أو مناطقه
load-error-model-type = هذا النموذج لا يستطيع تصحيح هذا النوع من الأسئلة ({ $detail })
load-error-unordered-cuts = يجب أن تزيد درجات الفصل مع ارتفاع المستوى ({ $detail })
load-error-level-sequence = يجب أن تكون المستويات 0، 1، 2 … بلا فجوات (المتوقع/الموجود: { $detail })
load-error-missing-file = الملف غير موجود: { $detail }
load-error-competence-without-items = الكفاءة { $detail } ليس لها أي سؤال في البنك
load-error-bad-message-id = ليس معرّف رسالة Fluent صالحاً: { $detail }

## المحاكاة
simulate-progress = المتعلمون الذين تمت محاكاتهم: { $done } من { $total }
simulate-heading = المحاكاة: عدد المتعلمين { $n }، البذرة { $seed }، البنك { $bank }
simulate-items = متوسط عدد الأسئلة المحسوبة: { $mean } (الأكثر: { $max })
simulate-rmse = جذر متوسط مربع الخطأ (RMSE) للقدرة: { $rmse }؛ التحيّز: { $bias }؛ متوسط الخطأ المعياري: { $se }
simulate-accuracy = وُضعوا في مستواهم الحقيقي: { $exact } %؛ بفرق مستوى واحد على الأكثر: { $within } %
simulate-exposure = أعلى نسبة ظهور لسؤال: { $rate } %
simulate-stops = أسباب التوقف: { $reasons }
simulate-level-line = المستوى الحقيقي { $code }: عدد المتعلمين { $n }، مطابق { $exact } %، بفرق مستوى واحد على الأكثر { $within } %، عدد الأسئلة { $items }

## الأخطاء
error-read = لا يمكن قراءة { $path }: { $reason }
error-write = لا يمكن الكتابة في { $path }: { $reason }
error-not-content = { $path } لا يحتوي على framework.yaml (مجلد محتوى) ولا على bank.yaml (مجلد بنك).
error-session-file = { $path } ليس جلسة محفوظة: { $reason }
error-session = لا يمكن متابعة الجلسة: { $reason }
error-content = في المحتوى أخطاء:
error-locales = في ملفات اللغات أخطاء:
clip-status-pending = لم يُسجَّل بعد
clip-status-recorded = مسجَّل
clip-status-synthesized = صوت مُولَّد آلياً
