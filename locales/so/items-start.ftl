# Item messages: start question of the access questionnaire — Khibrad (Soomaali, qabyo mashiin)

item-acc-101-prompt = Sidee u isticmaashaa taleefan ama kombiyuutar maanta?
item-acc-101-opt-a = Weligay ma isticmaalin.
item-acc-101-opt-b = Kaliya marka qof i caawinayo.
item-acc-101-opt-c = Keligay, wicitaanno, fariimo iyo sawirro.
item-acc-101-opt-d = Keligay, waxyaabo badan: iimayl, foomam, app-yo, internetka.

# The access-profile field the question fills (assessor reports).
access-field-experience = Khibradda qalabka
