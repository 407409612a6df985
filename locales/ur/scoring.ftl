# Sealed session files (the CLI's session key).
error-session-key = محفوظ سیشنز کی حفاظت کرنے والی کلید استعمال نہیں ہو سکتی ({ $path }): { $reason }
error-session-key-damaged = کلید کی فائل خراب ہے؛ نئی بنانے کے لیے اسے حذف کریں (پرانی کلید سے محفوظ سیشن پھر جاری نہیں ہو سکیں گے)
error-no-data-folder = اس صارف اکاؤنٹ کا کوئی ڈیٹا فولڈر نہیں ہے (HOME یا XDG_DATA_HOME مقرر کریں)
session-seal-hint = محفوظ سیشن صرف بغیر تبدیلی کے، اور صرف اسی صارف اکاؤنٹ سے جاری ہو سکتا ہے جس نے اسے محفوظ کیا تھا۔
