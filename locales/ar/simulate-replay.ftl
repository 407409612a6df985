## Adaptive test replayed on recorded responses (ar, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = إعادة تشغيل الاختبار التكيفي على إجابات مسجلة (ملف إجابات كما يقرؤه nln calibrate، طويل أو عريض): يجيب كل شخص عن البنود التي يختارها الاختبار بدرجته المسجلة، ويُقارن مستوى الاختبار بمستوى كل إجاباته
cli-simulate-opt-missing = مع {"\u2068"}--responses{"\u2069"}، حين يختار الاختبار بندًا لا إجابة مسجلة للشخص عنه: skip (الافتراضي: تخطيه واختيار التالي) أو stop (إنهاء اختبار هذا الشخص هناك)
replay-heading = أُعيد تشغيل الاختبار التكيفي على الإجابات المسجلة لـ { $n ->
    [one] { $n } شخص
   *[other] { $n } أشخاص
} ({ $recorded } إجابة لكل شخص في المتوسط؛ البنك { $bank }).
replay-agreement = مستوى الاختبار = مستوى كل الإجابات المسجلة: { $exact } %؛ بفارق مستوى واحد على الأكثر: { $within } %؛ RMSE للقدرة مقارنة بذلك التقدير: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } اختبار
   *[other] { $tests } اختبارات
} ({ $share } %) بلغت بندًا بلا إجابة مسجلة وانتهت عنده.
replay-missing-skip = { $tests ->
    [one] { $tests } اختبار
   *[other] { $tests } اختبارات
} ({ $share } %) بلغت بنودًا بلا إجابات مسجلة وتخطتها ({ $mean } لكل اختبار في المتوسط).
stop-missing-response = بند بلا إجابة مسجلة
