## Mga pinagsasaluhang mensahe: mga sagot, pamagat ng bangko (Tagalog)

answer-true = Tama
answer-false = Mali

bank-default-title = NLN intake bank (bangko ng mga tanong sa unang pagsusuri)
