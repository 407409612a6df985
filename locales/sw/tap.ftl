### Maswali ya skrini kadhaa (Kiswahili, machine-drafted)

# audience: learner
assess-tap-through-hint = Gusa skrini, au chagua mahali kwenye orodha. Kila mahali sahihi hufungua skrini inayofuata.
assess-tap-screen = Skrini { $number } kati ya { $count }
response-error-bad-path = Miguso iliyorekodiwa kwa swali { $item } haifuati skrini zake.
session-error-bad-taps = Miguso iliyohifadhiwa kwenye swali { $item } haipiti kwenye skrini zake.
# audience: learner
web-tap-through-hint = Fanya kazi kwenye simu: gusa mahali sahihi kwenye kila skrini.
