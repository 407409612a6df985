## Language choice (machine-drafted)

locale-other-script = لا تر اوسه په { $requested } کې متن نشته: { $available } په بل لیکدود لیکل کیږي. انګلیسي ښودل کیږي.
