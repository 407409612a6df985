## Shared messages: answers, bank titles (Pashto)

answer-true = سم
answer-false = ناسم

bank-default-title = د NLN د پیل ازموینې پوښتنې
