## Usawa wa funguo za majibu (Kiswahili, rasimu ya mashine). Printed by `nln validate`; never a failure.

balance-kind-choice = maswali ya kuchagua
balance-kind-hotspot = maswali ya kugusa picha (orodha ya sehemu)
balance-key-position = Onyo: { $kind }: jibu sahihi liko nafasi ya { $position } katika { $observed }/{ $items } (usawa: karibu { $expected }).
balance-true-false = Onyo: maswali ya kweli/si kweli: jibu sahihi ni "kweli" katika { $true }/{ $items } (usawa: karibu nusu).
balance-order-as-shown = Onyo: swali la kupanga { $item }: jibu sahihi ni mpangilio ambao hatua zinaonyeshwa, kwa hivyo kutobadilisha chochote kunapata alama.
