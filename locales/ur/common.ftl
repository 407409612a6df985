## مشترکہ پیغامات: جوابات، بینک کے عنوان (اردو)

answer-true = صحیح
answer-false = غلط

bank-default-title = NLN داخلہ بینک
