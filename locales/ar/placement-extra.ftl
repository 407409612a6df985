# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = مجال غير معروف { $detail }
load-error-unknown-level = رمز مستوى غير معروف { $detail }
load-error-unknown-access-field = لا يوجد سؤال وصول يسأل عن { $detail }
simulate-area-evidence = أدلة المجالات: غير مقيسة { $unmeasured } %؛ على أقل من ثلاث إجابات { $thin } %
