## ਸਾਂਝੇ ਸੁਨੇਹੇ: ਜਵਾਬ, ਬੈਂਕਾਂ ਦੇ ਸਿਰਲੇਖ (ਪੰਜਾਬੀ)

answer-true = ਸਹੀ
answer-false = ਗ਼ਲਤ

bank-default-title = NLN ਦਾਖ਼ਲਾ ਪ੍ਰਸ਼ਨ-ਬੈਂਕ
