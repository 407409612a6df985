## Shared messages: answers, bank titles (English)

answer-true = True
answer-false = False

bank-default-title = NLN intake bank
