## Shared messages: answers, bank titles (Tigrinya)

answer-true = ሓቂ
answer-false = ሓሶት

bank-default-title = ናይ NLN መእተዊ ሕቶታት
