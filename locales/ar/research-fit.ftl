## Item and person fit, DIF, standard setting and plots (ar, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = التحقق من مطابقة معالم بنك الأسئلة لبيانات الإجابات: مطابقة البنود S-X²، ومتوسطات المربعات infit/outfit، ومطابقة الأشخاص lz
cli-fit-opt-min-expected = دمج مجموعات الدرجة الكلية حتى يبلغ كل تكرار متوقع هذه القيمة على الأقل (mincell في mirt؛ 0 لا يدمج شيئًا)
cli-fit-opt-persons = عرض مطابقة lz لكل شخص بدلًا من جدول البنود
cli-fit-opt-csv = الطباعة بصيغة CSV (البنود، أو الأشخاص مع {"\u2068"}--persons{"\u2069"})
fit-items-header = البند، النموذج، S-X²، درجات الحرية، p، RMSEA، infit (z)، outfit (z)؛ * = p أقل من 0.01 أو متوسط مربعات خارج 0.7–1.3
fit-persons-header = المعرّف، ثيتا EAP، lz، البنود المجاب عنها؛ * = lz أقل من { $cut }
fit-s-x2-used = استخدم S-X² { $persons ->
    [one] شخصًا واحدًا ({ $persons }) أجاب
   *[other] { $persons } شخصًا أجابوا
} عن كل البنود؛ { $skipped ->
    [one] استُبعد صف واحد ({ $skipped }) لأنه نقصه بند.
   *[other] استُبعدت { $skipped } صفوف لأنها نقصها بند.
}
fit-s-x2-none = يقارن S-X² مجموعات الدرجة الكلية ويحتاج أشخاصًا أجابوا عن كل البنود (نموذج ثابت)؛ لم يفعل ذلك أحد، لذا تُعرض infit وoutfit وlz فقط.
fit-persons-flagged = { $flagged } من { $persons ->
    [one] شخص واحد ({ $persons }) لديه
   *[other] { $persons } شخصًا لديهم
} lz أقل من { $cut } (أنماط إجابة غير متوقعة؛ اعرضهم باستخدام {"\u2068"}--persons{"\u2069"}).
fit-error-min-expected = يجب أن تكون قيمة ‎--min-expected عددًا من 0 إلى 1000، وليس { $value }.

cli-dif-about = فحص الأداء التفاضلي للبنود بين مجموعات متغير شخصي: مانتل–هانزل (فئات ETS ‏A/B/C) والانحدار اللوجستي؛ تنبيهات فقط ولا يُحذف شيء
cli-dif-opt-group = المتغير الشخصي الذي يحدد المجموعات (مثل cov_lang أو cov_mode)
cli-dif-opt-focal = المجموعة المركزة (الافتراضي: كل مجموعة غير المرجعية، مقارنة لكل منها)
cli-dif-opt-reference = المجموعة المرجعية (الافتراضي: أكبر مجموعة)
cli-dif-opt-csv = الطباعة بصيغة CSV (سطر لكل مقارنة وبند)
dif-comparison = { $group }: المرجعية «{ $reference }»، المركزة «{ $focal }»
dif-matching-total = يُطابَق الأشخاص على الدرجة الكلية؛ وتُستبعد منها البنود المنبَّه عليها في المرور الأول (التنقية).
dif-matching-theta = لم يُجب الجميع عن كل البنود: يُطابَق الأشخاص على قدرتهم EAP (عشر طبقات لمانتل–هانزل).
dif-purified = مستبعدة من الدرجة الكلية للمطابقة: { $items }
dif-header = البند، الإجابات مرجعية/مركزة، دلتا MH، ‏p لـ MH، فئة ETS، ‏p الانحدار المنتظم، ‏p الانحدار غير المنتظم، ΔR²؛ * = منبَّه عليه للمراجعة (فئة B أو C، أو p أقل من 0.01 مع ΔR² لا يقل عن 0.035)
dif-not-studied = لم يُدرس (بند متدرج، أو لا إجابات في إحدى المجموعتين)
dif-flagged = { $flagged ->
    [one] بند واحد ({ $flagged }) منبَّه عليه للمراجعة (لم يُحذف).
   *[other] { $flagged } بنود منبَّه عليها للمراجعة (لم تُحذف).
}
dif-error-unknown-group = لا يحتوي ملف الإجابات على المتغير { $group } (يحتوي على: { $known }). تحمل الملفات الطويلة المتغيرات في أعمدة {"\u2068"}cov_…{"\u2069"}.
dif-error-unknown-value = لا توجد في المتغير { $group } مجموعة «{ $value }» (يوجد: { $known }).
dif-error-groups = يحتاج المتغير { $group } إلى مجموعتين على الأقل، مع اختلاف المجموعة المرجعية عن المركزة.
cli-standard-setting-about = تحديد المعايير بطريقة العلامة: طباعة كتيب البنود المرتب، أو تحويل علامات المحكّمين إلى درجات قطع مقترحة وملف مستويات
cli-standard-setting-opt-bookmarks = ملف CSV للعلامات بأعمدة panellist,level,page: آخر صفحة في الكتيب يتقنها متعلم عند قطع ذلك المستوى تمامًا
cli-standard-setting-opt-rp = احتمال الإجابة الذي يرتّب الكتيب (RP67 عرفًا)
cli-standard-setting-opt-out = كتابة ملف المستويات بالقطوع المقترحة (وسيط المحكّمين) ومصدرها هنا
standard-setting-booklet-header = الصفحة، البند، خطوة الدرجة، موقع RP{ $rp } ‏(θ)، المستوى الحالي عند هذا θ
standard-setting-panel = { $panellists ->
    [one] محكّم واحد ({ $panellists })
   *[other] { $panellists } محكّمين
}، كتيب من { $pages } صفحة عند RP ‏{ $rp }.
standard-setting-cuts-header = المستوى، القطع الحالي، القطع المقترح (الوسيط)، المتوسط، الانحراف المعياري، المدى بين المحكّمين
standard-setting-written = كُتب { $path } مع { $cuts ->
    [one] قطع مقترح واحد ({ $cuts })
   *[other] { $cuts } قطوع مقترحة
} (الحالة: panel).
standard-setting-error-rp = يجب أن تكون ‎--rp احتمالًا بين 0 و1، وليس { $value }.
standard-setting-error-level = المستوى «{ $level }» ليس مستوى له درجة قطع
standard-setting-error-page = الصفحة { $page } تتجاوز آخر صفحة في الكتيب { $pages }
standard-setting-error-empty = لا توجد علامات في الملف.
standard-setting-error-missing = المحكّم «{ $panellist }» ليس لديه علامة للمستوى { $level }؛ يضع كل محكّم علامات للمستويات نفسها.
standard-setting-error-decreasing = وضع المحكّم «{ $panellist }» مستوى أعلى في صفحة أسبق من مستوى أدنى.
standard-setting-error-order = القطوع المقترحة مع القطوع غير المراجعة لا تتزايد مع المستويات؛ لم يُكتب شيء.
data-error-bad-page = الصفحة «{ $value }» ليست عددًا صحيحًا 1 أو أكثر
data-error-duplicate-bookmark = وضع المحكّم «{ $panellist }» علامة للمستوى { $level } مرتين

cli-plot-about = رسم مخططات SVG لبنك أسئلة: معلومات الاختبار مع خطئها المعياري وقطوع المستويات، ومنحنيات الخصائص والمعلومات لكل بند
cli-plot-opt-out = المجلد الذي تُكتب فيه ملفات SVG (يُنشأ إن لم يوجد)
cli-plot-opt-items = هذه البنود فقط (معرّفات مفصولة بفواصل؛ الافتراضي: كل بند له نموذج)
plot-title-test = معلومات الاختبار: البنك { $bank } { $version } ({ $items } بندًا)
plot-title-item = البند { $item } ({ $model })
plot-axis-theta = θ (القدرة، لوجيت)
plot-axis-information = المعلومات
plot-axis-se = الخطأ المعياري
plot-axis-probability = الاحتمال
plot-legend-score = الدرجة { $score }
plot-written = كُتبت { $count } مخططات في { $path }.
