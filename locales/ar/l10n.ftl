## Language choice (machine-drafted)

locale-other-script = لا يوجد نص بـ { $requested } بعد: { $available } مكتوبة بخط آخر. يُعرض النص بالإنجليزية.
