# Ujumbe wa maswali: dodoso la ufikiaji (Kiswahili)

item-acc-001-prompt = Ni kifaa gani unachotumia mara nyingi zaidi?
item-acc-001-opt-a = Simu janja yangu mwenyewe
item-acc-001-opt-b = Simu ninayotumia pamoja na watu wengine
item-acc-001-opt-c = Tableti
item-acc-001-opt-d = Kompyuta
item-acc-001-opt-e = Sina kifaa

item-acc-002-prompt = Mara nyingi unaunganishaje na intaneti?
item-acc-002-opt-a = Kwa Wi-Fi nyumbani
item-acc-002-opt-b = Kwa data ya simu yangu tu
item-acc-002-opt-c = Kwa Wi-Fi ya umma ya bure tu, kama maktabani
item-acc-002-opt-d = Sina intaneti

item-acc-003-prompt = Je, una anwani ya barua pepe?
item-acc-003-opt-a = Ndiyo
item-acc-003-opt-b = Hapana
item-acc-003-opt-c = Sina uhakika

item-acc-004-prompt = Je, unaweza kusoma katika lugha yako ya kwanza?
item-acc-004-opt-a = Ndiyo, kwa urahisi
item-acc-004-opt-b = Kidogo
item-acc-004-opt-c = Hapana

item-acc-005-prompt = Ni nini kinachokusaidia zaidi unapotumia simu au kompyuta?
item-acc-005-opt-a = Hakuna cha ziada, niko sawa
item-acc-005-opt-b = Maandishi makubwa zaidi
item-acc-005-opt-c = Kusikia maneno yakisomwa kwa sauti
item-acc-005-opt-d = Msaada kutoka kwa mtu

item-acc-006-prompt = Unapenda kupata msaada kutoka huduma zetu kwa njia gani?
item-acc-006-opt-a = Ana kwa ana
item-acc-006-opt-b = Kwa kupiga simu
item-acc-006-opt-c = Kwa ujumbe wa sauti wa WhatsApp
item-acc-006-opt-d = Kwa simu ya video
item-acc-006-opt-e = Kwa barua pepe
