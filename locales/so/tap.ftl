### Su'aalo shaashado badan leh (Soomaali, machine-drafted)

# audience: learner
assess-tap-through-hint = Taabo shaashadda, ama ka dooro meel liiska. Meel kasta oo sax ah waxay furtaa shaashadda xigta.
assess-tap-screen = Shaashadda { $number } ee { $count }
response-error-bad-path = Taabashooyinka loo diiwaangeliyay su'aasha { $item } ma raacaan shaashadaheeda.
session-error-bad-taps = Taabashooyinka la keydiyay ee su'aasha { $item } kuma gudbaan shaashadaheeda.
# audience: learner
web-tap-through-hint = Hawsha ku qabo telefoonka: shaashad kasta ku taabo meesha saxda ah.
