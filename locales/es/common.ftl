## Mensajes compartidos: respuestas, títulos de los bancos (español)

answer-true = Verdadero
answer-false = Falso

bank-default-title = Banco de evaluación inicial NLN
