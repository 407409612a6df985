# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = ارسم أيضًا خريطة رايت (wright-map.svg): قدرات الأشخاص المقدّرة بطريقة EAP من ملف الإجابات هذا بجانب مواقع البنود
plot-title-wright = خريطة رايت: البنك { $bank } { $version }
plot-axis-persons = الأشخاص (العدد)
plot-axis-items = البنود (العدد)
