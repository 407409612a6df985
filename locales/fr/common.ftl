## Messages partagés : réponses, titres des banques (français)

answer-true = Vrai
answer-false = Faux

bank-default-title = Banque d’évaluation initiale NLN
