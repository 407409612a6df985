## المعايرة والبحث (العربية، مسودة آلية). للباحثين: بلا صوت.

cli-calibrate-about = تقدير معالم البنود من بيانات الإجابات (MML-EM) وكتابة نسخة معايرة من البنك عند الطلب
cli-research-opt-data = ملف الإجابات: CSV طويل (id,item,resp) أو عريض (عمود لكل بند، NA = لم يُعطَ)
cli-research-opt-format = تخطيط الملف: long أو wide (افتراضيًا: يُكتشف من العناوين)
cli-calibrate-opt-model = نموذج كل بند: rasch أو 1pl أو 2pl أو 3pl أو grm
cli-calibrate-opt-items-model = ملف CSV بأسطر بند,نموذج يعطي بعض البنود نموذجًا آخر
cli-calibrate-opt-anchor = بنك تحتفظ بنوده بمعالمها (معايرة بمراسٍ ثابتة على مقياسه)
cli-calibrate-opt-out = كتابة البنك بالمعالم الجديدة، كنسخة معايرة جديدة، في هذا المجلد
cli-calibrate-opt-version = رقم نسخة البنك المكتوب (افتراضيًا: النسخة الفرعية التالية)
cli-calibrate-opt-slope-prior = توزيع قبلي لوغاريتمي طبيعي للميول بهذا الانحراف المعياري (مثل 0.5) للبيانات التكيفية المتفرقة
cli-calibrate-opt-no-se = تخطي الأخطاء المعيارية (أسرع للبنوك الكبيرة)
cli-score-about = تقدير القدرة والخطأ المعياري ومستوى NLN لكل شخص في ملف إجابات
cli-score-opt-csv = الطباعة بصيغة CSV ‏(id,theta,se,level,items)
cli-score-opt-eapsum = طباعة جدول EAP حسب الدرجة الكلية لنموذج ثابت (أجاب الجميع عن البنود نفسها)
cli-export-about = تصدير الإجابات المصححة من الجلسات المحفوظة بصيغة CSV طويلة أو عريضة
cli-export-opt-sessions = ملفات الجلسات المحفوظة (JSON)
cli-export-opt-out = الكتابة في هذا الملف بدل المخرج القياسي

calibrate-progress = دورات EM
calibrate-converged = تقارب بعد { $cycles ->
    [one] دورة واحدة
   *[other] { $cycles } دورات
} ({ $items } بنود، { $persons } أشخاص).
calibrate-not-converged = لم يتقارب بعد { $cycles ->
    [one] دورة واحدة
   *[other] { $cycles } دورات
} ({ $items } بنود، { $persons } أشخاص): استخدم التقديرات بحذر.
calibrate-fit = اللوغاريتم الأرجحي { $loglik }، AIC { $aic }، BIC { $bic }، { $parameters } معالم.
calibrate-latent = التوزيع الكامن: المتوسط { $mean }، الانحراف المعياري { $sd }.
calibrate-table-header = البند، النموذج، الميل a (خ.م)، الموقع b (خ.م)، الخط المقارب c (خ.م)، الإجابات؛ * = مرساة
calibrate-se-method = الأخطاء المعيارية: { $method }.
calibrate-written = كُتبت النسخة { $version } من البنك في { $path } ({ $items } بنود معايرة).
calibrate-unknown-model = نموذج غير معروف «{ $model }» (rasch أو 1pl أو 2pl أو 3pl أو grm)
calibrate-unknown-item = البند «{ $item }» ليس في ملف الإجابات
calibrate-out-unknown-items = لا يمكن كتابة بنك: هذه البنود ليست في البنك { $bank }: { $items }
calibrate-out-invalid = البنك المعاير لن يُحمَّل:
calibrate-error-spec-count = النماذج لا تطابق بنود ملف الإجابات.
calibrate-error-no-data = لا يحتوي الملف على إجابات.
calibrate-error-no-variation = البند { $item }: كل الإجابات بالدرجة نفسها، فلا شيء للتقدير.
calibrate-error-not-dichotomous = للبند { $item } الدرجة { $score }، لكن النموذج يصحح 0 و1 فقط (استخدم --model grm).
calibrate-error-empty-category = البند { $item }: لم يحصل أحد على { $score }؛ أعد ترميز الدرجات لتُستخدم كل فئة.
calibrate-error-anchor-categories = لبند المرساة { $item } ‏{ $categories } فئات، لكن في البيانات الدرجة { $score }.
calibrate-error-settings = أحد إعدادات المعايرة خارج النطاق.
calibrate-data-item-out-of-range = عمود بند خارج النطاق
calibrate-data-duplicate-item = البند نفسه مرتين في صف واحد
calibrate-data-bad-weight = وزن صف ليس عددًا موجبًا
calibrate-data-score-too-large = درجة كبيرة جدًا

data-error-csv = ملف CSV غير سليم: { $reason }
data-error-empty = الملف فارغ
data-error-missing-column = العمود «{ $column }» مفقود
data-error-duplicate-column = العمود «{ $column }» مكرر
data-error-no-items = لا توجد أعمدة بنود
data-error-bad-score = الدرجة «{ $value }» ليست عددًا صحيحًا من 0 فأكثر (NA أو فارغ = لم يُعطَ)
data-error-empty-id = معرّف فارغ
data-error-duplicate-response = أجاب الشخص «{ $person }» عن البند «{ $item }» مرتين
data-error-duplicate-person = للشخص «{ $person }» صفّان
data-error-covariate-conflict = الشخص «{ $person }»: المتغير المصاحب { $name } هو «{ $first }» و«{ $second }» معًا
data-error-unknown-item = البند «{ $item }» ليس في البنك { $bank } أو ليس له نموذج IRT.

score-header = المعرّف، ثيتا، خ.م، مستوى NLN، البنود المجاب عنها ({ $method })؛ * = تقدير ML عند حد البحث
score-out-of-range = الشخص { $person }، البند { $item }: الدرجة { $score } أعلى من أعلى درجة للبند { $max }.
score-not-fixed-form = جدول EAP حسب الدرجة الكلية يحتاج نموذجًا ثابتًا: يجب أن يجيب الجميع عن البنود نفسها.
score-eapsum-header = الدرجة الكلية، ثيتا EAP، الانحراف المعياري، الأشخاص المشاهَدون، الأشخاص المتوقعون

export-error-session = { $path }: ليس جلسة محفوظة ({ $reason })
