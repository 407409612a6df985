## پیام‌های مشترک: جواب‌ها، عنوان بانک‌ها (فارسی)

answer-true = درست
answer-false = غلط

bank-default-title = بانک سؤال‌های ارزیابی اولیه NLN
