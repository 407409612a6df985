## Isku dheelitirka furayaasha jawaabaha (Soomaali, qabyo mashiin). Printed by `nln validate`; never a failure.

balance-kind-choice = su'aalaha doorashada
balance-kind-hotspot = su'aalaha sawirka la taabto (liiska qaybaha)
balance-key-position = Digniin: { $kind }: jawaabta saxda ahi waxay ku jirtaa booska { $position } { $observed }/{ $items } (isku dheeli tiran: qiyaastii { $expected }).
balance-true-false = Digniin: su'aalaha run/been: jawaabta saxda ahi waa "run" { $true }/{ $items } (isku dheeli tiran: qiyaastii kala bar).
balance-order-as-shown = Digniin: su'aasha kala horreynta { $item }: jawaabta saxda ahi waa sida tallaabooyinka loo muujiyo, markaa haddii aan waxba la beddelin dhibco ayaa la helayaa.
