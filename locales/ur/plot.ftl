# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = رائٹ نقشہ (wright-map.svg) بھی بنائیں: اس جوابات کی فائل سے افراد کی EAP صلاحیتیں سوالات کے مقامات کے ساتھ
plot-title-wright = رائٹ نقشہ: بینک { $bank } { $version }
plot-axis-persons = افراد (تعداد)
plot-axis-items = سوالات (تعداد)
