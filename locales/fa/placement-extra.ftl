# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = حوزهٔ ناشناخته { $detail }
load-error-unknown-level = کد سطح ناشناخته { $detail }
load-error-unknown-access-field = هیچ پرسش دسترسی دربارهٔ { $detail } نمی‌پرسد
simulate-area-evidence = شواهد حوزه‌ها: سنجیده‌نشده { $unmeasured } %؛ با کمتر از سه پاسخ { $thin } %
