## توازن مفاتيح الإجابة (العربية، مسودة آلية). Printed by `nln validate`; never a failure.

balance-kind-choice = أسئلة الاختيار
balance-kind-hotspot = أسئلة النقر على الصورة (قائمة المناطق)
balance-key-position = تنبيه: { $kind }: الإجابة الصحيحة في الموضع { $position } في { $observed }/{ $items } (المتوازن: نحو { $expected }).
balance-true-false = تنبيه: أسئلة صحيح/خطأ: الإجابة الصحيحة «صحيح» في { $true }/{ $items } (المتوازن: نحو النصف).
balance-order-as-shown = تنبيه: سؤال الترتيب { $item }: الإجابة الصحيحة هي ترتيب الخطوات كما تُعرض، فتركها كما هي يعطي درجة.
