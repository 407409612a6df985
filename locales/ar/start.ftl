## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = من أين يبدأ الاختبار: fixed (مستوى السؤال الأول نفسه للجميع) أو access (يجيب المتعلمون المحاكَون عن أسئلة الوصول، وإجاباتهم تحدد البداية)
