### څو پاڼیزې پوښتنې (پښتو، machine-drafted)

# audience: learner
assess-tap-through-hint = پر پرده ټک ووهئ، یا له لېست څخه یو ځای وټاکئ. هر سم ځای بله پرده پرانیزي.
assess-tap-screen = پرده { $number } له { $count }
response-error-bad-path = د پوښتنې { $item } لپاره ثبت شوي ټکونه د هغې له پردو سره سمون نه لري.
session-error-bad-taps = د پوښتنې { $item } خوندي شوي ټکونه د هغې له پردو نه تېرېږي.
# audience: learner
web-tap-through-hint = دنده په ټلیفون کې ترسره کړئ: په هره پرده کې پر سم ځای ټک ووهئ.
