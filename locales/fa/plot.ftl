# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = نقشهٔ رایت (wright-map.svg) را هم رسم کن: توانایی‌های EAP افراد از این فایل پاسخ‌ها در کنار جایگاه گویه‌ها
plot-title-wright = نقشهٔ رایت: بانک { $bank } { $version }
plot-axis-persons = افراد (تعداد)
plot-axis-items = گویه‌ها (تعداد)
