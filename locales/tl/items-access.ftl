# Mga mensahe ng tanong: talatanungan tungkol sa access (Tagalog)

item-acc-001-prompt = Aling device ang pinakamadalas ninyong gamitin?
item-acc-001-opt-a = Ang sarili kong smartphone
item-acc-001-opt-b = Teleponong ginagamit ko kasama ng ibang tao
item-acc-001-opt-c = Isang tablet
item-acc-001-opt-d = Isang computer
item-acc-001-opt-e = Wala akong device

item-acc-002-prompt = Paano kayo kadalasang kumokonekta sa internet?
item-acc-002-opt-a = Sa Wi-Fi sa bahay
item-acc-002-opt-b = Sa mobile data lang ng telepono ko
item-acc-002-opt-c = Sa libreng pampublikong Wi-Fi lang, tulad ng sa library
item-acc-002-opt-d = Wala akong internet

item-acc-003-prompt = May email address po ba kayo?
item-acc-003-opt-a = Oo
item-acc-003-opt-b = Wala
item-acc-003-opt-c = Hindi ako sigurado

item-acc-004-prompt = Nakakabasa po ba kayo sa una ninyong wika?
item-acc-004-opt-a = Oo, madali
item-acc-004-opt-b = Kaunti
item-acc-004-opt-c = Hindi

item-acc-005-prompt = Ano ang pinakanakakatulong sa inyo kapag gumagamit kayo ng telepono o computer?
item-acc-005-opt-a = Wala nang iba, ayos lang ako
item-acc-005-opt-b = Mas malaking sulat
item-acc-005-opt-c = Marinig ang mga salita na binabasa nang malakas
item-acc-005-opt-d = Tulong mula sa isang tao

item-acc-006-prompt = Paano ninyo gustong tumanggap ng tulong mula sa aming mga serbisyo?
item-acc-006-opt-a = Nang personal, harapan
item-acc-006-opt-b = Sa tawag sa telepono
item-acc-006-opt-c = Sa voice message sa WhatsApp
item-acc-006-opt-d = Sa video call
item-acc-006-opt-e = Sa email
