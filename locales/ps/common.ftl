## Shared messages: answers, bank titles (Pashto)

answer-true = سم دی
answer-false = سم نه دی

bank-default-title = د NLN د پیل ازموینې پوښتنې
