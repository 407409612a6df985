## رسائل مشتركة: الأجوبة، وعناوين بنوك الأسئلة (العربية)

answer-true = صحيح
answer-false = خطأ

bank-default-title = بنك أسئلة التقييم الأولي NLN
