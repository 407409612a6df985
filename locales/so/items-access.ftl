# Fariimaha su'aalaha: su'aalaha helitaanka (Soomaali)

item-acc-001-prompt = Qalabkee ayaad inta badan isticmaashaa?
item-acc-001-opt-a = Taleefan casri ah oo aan leeyahay
item-acc-001-opt-b = Taleefan aan dad kale la wadaago
item-acc-001-opt-c = Taablet
item-acc-001-opt-d = Kombiyuutar
item-acc-001-opt-e = Qalab ma haysto

item-acc-002-prompt = Sidee ayaad internetka ugu xirantaa inta badan?
item-acc-002-opt-a = Wi-Fi guriga ku jira
item-acc-002-opt-b = Xogta moobaylka ee taleefankayga oo keliya
item-acc-002-opt-c = Wi-Fi dadweyne oo bilaash ah oo keliya, sida maktabadda
item-acc-002-opt-d = Internet ma haysto

item-acc-003-prompt = Ma leedahay ciwaan iimayl?
item-acc-003-opt-a = Haa
item-acc-003-opt-b = Maya
item-acc-003-opt-c = Ma hubo

item-acc-004-prompt = Ma akhrin kartaa luqaddaada hooyo?
item-acc-004-opt-a = Haa, si fudud
item-acc-004-opt-b = Wax yar
item-acc-004-opt-c = Maya

item-acc-005-prompt = Maxaa ugu badan ee ku caawiya marka aad isticmaalayso taleefan ama kombiyuutar?
item-acc-005-opt-a = Waxba kuma daro, waan fiicanahay
item-acc-005-opt-b = Qoraal weyn
item-acc-005-opt-c = In ereyada kor loogu akhriyo si aan u maqlo
item-acc-005-opt-d = Caawimaad qof

item-acc-006-prompt = Sidee ayaad jeclaan lahayd inaad caawimaad uga hesho adeegyadayada?
item-acc-006-opt-a = Fool ka fool
item-acc-006-opt-b = Wicitaan taleefan
item-acc-006-opt-c = Fariin cod ah oo WhatsApp ah
item-acc-006-opt-d = Wicitaan fiidiyow ah
item-acc-006-opt-e = Iimayl
