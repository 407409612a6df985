# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = ساحهٔ ناشناخته { $detail }
load-error-unknown-level = کد سطح ناشناخته { $detail }
load-error-unknown-access-field = هیچ پرسش دسترسی دربارهٔ { $detail } نمی‌پرسد
simulate-area-evidence = شواهد ساحه‌ها: سنجیده‌نشده { $unmeasured } %؛ با کمتر از سه پاسخ { $thin } %
