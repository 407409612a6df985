## Maswali: SRV, Kutumia huduma za mtandaoni nchini Kanada (maswali, chaguo, maeneo, aina za kazi)

# srv-001
item-srv-001-prompt = Unaingia kwenye tovuti. Unapata ujumbe mfupi wenye msimbo wa tarakimu 6. Unafanya nini na msimbo huo?
item-srv-001-opt-a = Mpe msimbo mtu anayekupigia simu na kuuomba.
item-srv-001-opt-b = Andika msimbo kwenye ukurasa wa kuingia.
item-srv-001-opt-c = Futa ujumbe na usifanye chochote.

# srv-002
item-srv-002-prompt = Umesahau nenosiri lako. Gusa mahali unapoweza kutengeneza nenosiri jipya.
item-srv-002-region-email = Kisanduku cha anwani yako ya barua pepe.
item-srv-002-region-password = Kisanduku cha nenosiri lako.
item-srv-002-region-signin = Kitufe Sign in.
item-srv-002-region-forgot = Kiungo Forgot password? (umesahau nenosiri?)
item-srv-002-region-create = Kiungo Create an account.

# srv-003
item-srv-003-prompt = Kwa uthibitisho wa hatua mbili, unaingia kwa nenosiri lako na pia kwa msimbo uliotumwa kwenye simu yako. Kweli au si kweli?

# srv-004
item-srv-004-prompt = Unataka kuweka upya nenosiri la akaunti ya mtandaoni. Panga hatua kwa mpangilio sahihi.
item-srv-004-opt-a = Fungua barua pepe kutoka kwenye tovuti na uguse kiungo.
item-srv-004-opt-b = Gusa Forgot password? kwenye ukurasa wa kuingia.
item-srv-004-opt-c = Andika nenosiri jipya mara mbili na uguse Save.
item-srv-004-opt-d = Andika anwani yako ya barua pepe na uguse Send.

# srv-005
item-srv-005-prompt = Unawasha uthibitisho wa hatua mbili. Tovuti inaonyesha misimbo 10 ya akiba. Ni jambo gani bora kufanya nayo?
item-srv-005-opt-a = Ipuuze, kwa sababu simu yako iko nawe kila wakati.
item-srv-005-opt-b = Mtumie rafiki kwa barua pepe, endapo tu.
item-srv-005-opt-c = Iweke mahali salama, kama kwenye programu ya kuhifadhi manenosiri au kwenye karatasi nyumbani.
item-srv-005-opt-d = Iweke kwenye gumzo la kikundi cha familia yako.

# srv-006
item-srv-006-prompt = Angalia fomu hii. Nyota nyekundu kando ya kisanduku inamaanisha nini?
item-srv-006-opt-a = Jibu lililo kwenye kisanduku hiki si sahihi.
item-srv-006-opt-b = Unaweza kuacha kisanduku hiki kitupu.
item-srv-006-opt-c = Lazima ujaze kisanduku hiki.

# srv-007
item-srv-007-prompt = Fomu inaomba picha ya kadi yako ya mkazi wa kudumu. Gusa mahali unapoongeza faili.
item-srv-007-region-name = Kisanduku Family name (jina la ukoo).
item-srv-007-region-upload = Kitufe Upload file (pakia faili).
item-srv-007-region-help = Kiungo Help.
item-srv-007-region-cancel = Kitufe Cancel.
item-srv-007-region-next = Kitufe Next.

# srv-008
item-srv-008-prompt = Lazima utume picha ya ukurasa wa pasipoti yako. Picha ipi ni nzuri kutuma?
item-srv-008-opt-a = Picha isiyo wazi.
item-srv-008-opt-b = Picha ambayo kidole chako kinaficha sehemu ya ukurasa.
item-srv-008-opt-c = Picha iliyo wazi inayoonyesha ukurasa mzima na pembe zake nne.
item-srv-008-opt-d = Picha yenye giza na doa la mwanga mkali juu ya ukurasa.

# srv-009
item-srv-009-prompt = Kwenye fomu hii ya mazoezi, andika jina lako na tarehe ya kuzaliwa, ongeza picha ya hati yako, na gusa Submit.
item-srv-009-cat-0 = Fomu haikutumwa.
item-srv-009-cat-1 = Fomu ilitumwa baada ya kidokezo.
item-srv-009-cat-2 = Fomu ilitumwa bila msaada.

# srv-010
item-srv-010-prompt = Fomu inasema: Upload a PDF, 4 MB maximum (pakia PDF, isiyozidi MB 4). Picha yako ni faili ya JPG ya MB 9. Unaweza kufanya nini?
item-srv-010-opt-a = Ruka swali hili na utume fomu.
item-srv-010-opt-b = Badilisha mwisho wa jina la faili kutoka .jpg kuwa .pdf.
item-srv-010-opt-c = Jaribu kupakia faili ileile mara nyingi.
item-srv-010-opt-d = Tumia programu ya kuskani kuhifadhi picha kama PDF ndogo zaidi, kisha uipakie.

# srv-011
item-srv-011-prompt = Kabla ya miadi ya video na daktari, hakuna haja ya kujaribu kamera na maikrofoni yako. Kweli au si kweli?

# srv-012
item-srv-012-prompt = Mtoto wako anaumwa leo. Gusa mahali unapoiambia shule kwamba mtoto wako hatafika.
item-srv-012-region-grades = Kipengele cha menyu Grades (alama).
item-srv-012-region-attendance = Kipengele cha menyu Attendance: report an absence (mahudhurio: ripoti kutokuwepo).
item-srv-012-region-lunch = Kipengele cha menyu Lunch menu (chakula cha mchana).
item-srv-012-region-calendar = Kipengele cha menyu Calendar (kalenda).
item-srv-012-region-signout = Kitufe Sign out.

# srv-013
item-srv-013-prompt = Uliomba uraia wa Kanada mtandaoni. Unataka kujua kama kuna habari mpya kuhusu ombi lako. Unaangalia wapi?
item-srv-013-opt-a = Kwenye akaunti yako kwenye tovuti ya IRCC.
item-srv-013-opt-b = Kwenye kikundi cha Facebook kuhusu uhamiaji.
item-srv-013-opt-c = Kwenye ujumbe mfupi kutoka namba isiyojulikana unaokuomba ulipe ada.

# srv-014
item-srv-014-prompt = Unataka kupanga miadi kwenye kliniki mtandaoni. Panga hatua kwa mpangilio sahihi.
item-srv-014-opt-a = Chagua siku na saa.
item-srv-014-opt-b = Angalia barua pepe ya uthibitisho.
item-srv-014-opt-c = Fungua ukurasa wa kliniki wa kupanga miadi.
item-srv-014-opt-d = Gusa Book appointment.

# srv-015
item-srv-015-prompt = Kwenye programu hii ya mazoezi ya kliniki, tafuta miadi yako ya leo na ujiunge na simu ya video huku kamera na maikrofoni yako zikiwa zimewashwa.
item-srv-015-cat-0 = Hakujiunga na simu.
item-srv-015-cat-1 = Alijiunga na simu baada ya kidokezo.
item-srv-015-cat-2 = Alijiunga na simu bila msaada.

# srv-016
item-srv-016-prompt = Unataka kulipa bili yako ya umeme kwenye programu ya benki yako. Unahitaji nini kutoka kwenye bili?
item-srv-016-opt-a = Nambari yako ya Bima ya Jamii (SIN).
item-srv-016-opt-b = Namba ya akaunti iliyo kwenye bili.
item-srv-016-opt-c = Nenosiri la tovuti ya kampuni ya umeme.

# srv-017
item-srv-017-prompt = Unataka kumtumia rafiki pesa kwa Interac e-Transfer. Gusa mahali unapoanzia.
item-srv-017-region-accounts = Kitufe Accounts (akaunti).
item-srv-017-region-paybills = Kitufe Pay bills (lipa bili).
item-srv-017-region-etransfer = Kitufe Send money with Interac e-Transfer.
item-srv-017-region-deposit = Kitufe Deposit a cheque (weka hundi).
item-srv-017-region-menu = Kitufe cha menyu, juu upande wa kulia.

# srv-018
item-srv-018-prompt = Unawasha Autodeposit ya Interac e-Transfer kwenye programu ya benki yako. Nini kinabadilika?
item-srv-018-opt-a = Pesa zinazotumwa kwa barua pepe yako au namba yako ya simu zinaingia kwenye akaunti yako mara moja, bila swali la usalama.
item-srv-018-opt-b = Bili zako zinalipwa zenyewe kila mwezi.
item-srv-018-opt-c = Mtu yeyote anaweza kuchukua pesa kutoka akaunti yako bila kukuuliza.
item-srv-018-opt-d = Lazima ujibu swali la usalama kwa kila pesa inayoingia.
