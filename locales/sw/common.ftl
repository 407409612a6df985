## Ujumbe wa pamoja: majibu, majina ya benki (Kiswahili)

answer-true = Kweli
answer-false = Si kweli

bank-default-title = Benki ya tathmini ya mwanzo ya NLN
