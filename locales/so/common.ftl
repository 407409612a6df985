## Fariimaha la wadaago: jawaabaha, cinwaannada bangiyada su'aalaha (Soomaali)

answer-true = Run
answer-false = Been

bank-default-title = Bangiga su'aalaha diiwaangelinta NLN
