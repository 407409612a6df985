## پیام‌های مشترک: جواب‌ها، عنوان بانک‌ها (دری)

answer-true = درست
answer-false = غلط

bank-default-title = بانک سوال‌های ارزیابی ابتدایی NLN
