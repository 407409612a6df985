## Maswali: PRB, Kutatua matatizo, kujifunza, kazi (maswali, chaguo, maeneo, aina za kazi)

# prb-001
item-prb-001-prompt = Simu yako inakwenda polepole sana na programu moja imekwama. Unajaribu nini kwanza?
item-prb-001-opt-a = Nunua simu mpya.
item-prb-001-opt-b = Futa picha zako zote.
item-prb-001-opt-c = Zima na uwashe simu upya.

# prb-002
item-prb-002-prompt = Kwenye simu ya video, watu hawawezi kukusikia. Skrini hii inaonyesha ruhusa za programu. Gusa ile unayopaswa kubadilisha.
item-prb-002-region-camera = Camera: Allowed (kamera: imeruhusiwa).
item-prb-002-region-microphone = Microphone: Not allowed (maikrofoni: haijaruhusiwa).
item-prb-002-region-location = Location: Not allowed (mahali: hapajaruhusiwa).
item-prb-002-region-notifications = Notifications: Allowed (arifa: zimeruhusiwa).
item-prb-002-region-contacts = Contacts: Allowed (anwani za watu: zimeruhusiwa).

# prb-003
item-prb-003-prompt = Simu yako inasema Storage full (hifadhi imejaa). Kufuta video za zamani ambazo tayari zimehifadhiwa kwenye wingu kunaweza kuongeza nafasi. Kweli au si kweli?

# prb-004
item-prb-004-prompt = Nyumbani, intaneti haifanyi kazi kwenye simu yako. Panga hatua hizi kwa mpangilio, kuanzia jambo la kwanza la kujaribu hadi la mwisho.
item-prb-004-opt-a = Chomoa modemu, subiri sekunde 30, kisha uichomeke tena.
item-prb-004-opt-b = Hakikisha Wi-Fi imewashwa na imeunganishwa na mtandao wako wa nyumbani.
item-prb-004-opt-c = Piga simu kwa kampuni yako ya intaneti.
item-prb-004-opt-d = Zima Wi-Fi kwenye simu yako kisha uiwashe tena.

# prb-005
item-prb-005-prompt = Programu inaonyesha ujumbe wa kosa wenye msimbo E-403, na huuelewi. Ni njia gani nzuri ya kupata msaada?
item-prb-005-opt-a = Tafuta jina la programu pamoja na msimbo wa kosa, au soma ukurasa rasmi wa msaada wa programu hiyo.
item-prb-005-opt-b = Piga namba ya simu inayoonekana kwenye tangazo linalojitokeza ghafla.
item-prb-005-opt-c = Mpe nenosiri lako mtu usiyemjua kwenye kikundi cha mtandaoni anayejitolea kulirekebisha.

# prb-006
item-prb-006-prompt = Umepata barua kwa Kiingereza kutoka shule ya mtoto wako, na huielewi. Zana ipi inakusaidia zaidi?
item-prb-006-opt-a = Kikokotoo.
item-prb-006-opt-b = Programu ya kutafsiri inayotumia kamera.
item-prb-006-opt-c = Programu ya ramani.

# prb-007
item-prb-007-prompt = Msaidizi wa gumzo wa AI huwa sahihi kila wakati kuhusu sheria na kanuni za uhamiaji. Kweli au si kweli?

# prb-008
item-prb-008-prompt = Unamuuliza msaidizi wa gumzo wa AI ni lini lazima uwasilishe ripoti yako ya kodi ya mapato. Anakupa tarehe. Ufanye nini?
item-prb-008-opt-a = Uliza swali lilelile tena. Jibu likiwa lilelile, ni kweli.
item-prb-008-opt-b = Amini tarehe hiyo, kwa sababu serikali hukagua majibu ya AI.
item-prb-008-opt-c = Kagua tarehe hiyo kwenye ukurasa rasmi wa Canada Revenue Agency (CRA) kwenye canada.ca.

# prb-009
item-prb-009-prompt = Msaidizi wa AI anaeleza haki zako kama mpangaji na anasema: angalia kifungu 99 cha Residential Tenancies Act (sheria ya upangaji wa nyumba). Unafungua sheria, na kifungu 99 kinahusu jambo jingine. Hii inakuambia nini?
item-prb-009-opt-a = AI inaweza kubuni au kuchanganya vyanzo. Kagua maandishi rasmi au uliza huduma ya msaada kwa wapangaji.
item-prb-009-opt-b = Sheria iliyo kwenye tovuti ya serikali lazima imepitwa na wakati, kwa hiyo fuata AI.
item-prb-009-opt-c = Sehemu nyingine ya jibu la AI hakika ni sahihi; ni namba tu iliyokosewa.
item-prb-009-opt-d = Uliza AI kama ina uhakika. Ikisema ndiyo, unaweza kuiamini.

# prb-010
item-prb-010-prompt = Unataka kujifunza jinsi ya kutumia barua pepe. Unaweza kupata msaada wa bure wapi?
item-prb-010-opt-a = Kwenye maktaba ya umma au kwenye shirika la huduma za makazi.
item-prb-010-opt-b = Kutoka kwa mtu anayekuandikia mtandaoni na kuomba nenosiri lako.
item-prb-010-opt-c = Kutoka kwenye tangazo linalokuomba ulipe kwa kadi za zawadi.

# prb-011
item-prb-011-prompt = Ulianza kozi ya mtandaoni wiki iliyopita. Gusa mahali unapoendelea na somo lako.
item-prb-011-region-resume = Kitufe Resume lesson 3 (endelea na somo la 3).
item-prb-011-region-catalogue = Kiungo Course catalogue (orodha ya kozi).
item-prb-011-region-certificates = Kiungo Certificates (vyeti).
item-prb-011-region-forum = Kiungo Forum (jukwaa).
item-prb-011-region-profile = Picha ya wasifu wako, juu upande wa kulia.

# prb-012
item-prb-012-prompt = Unataka kusoma kozi ya bure ya mtandaoni. Panga hatua kwa mpangilio sahihi.
item-prb-012-opt-a = Anza somo la 1.
item-prb-012-opt-b = Fungua akaunti kwa anwani yako ya barua pepe.
item-prb-012-opt-c = Fungua tovuti ya kozi.
item-prb-012-opt-d = Andika msimbo uliotumwa kwenye barua pepe yako ili kuthibitisha akaunti yako.

# prb-013
item-prb-013-prompt = Unatafuta kazi kwenye Job Bank. Unataka kazi zilizo karibu na nyumbani kwako tu. Unatumia nini?
item-prb-013-opt-a = Kitufe Sort by date (panga kwa tarehe).
item-prb-013-opt-b = Kisanduku cha Location: unaandika jina la mji wako au postal code (msimbo wa posta).
item-prb-013-opt-c = Kitufe Print (chapisha).

# prb-014
item-prb-014-prompt = Hili ni tangazo la kazi. Gusa mahali unapojua jinsi ya kuomba.
item-prb-014-region-title = Jina la kazi: Warehouse worker (mfanyakazi wa ghala).
item-prb-014-region-salary = Mshahara: dola 19 na senti 50 kwa saa.
item-prb-014-region-howto = Sehemu ya How to apply (jinsi ya kuomba).
item-prb-014-region-save = Kitufe Save to favourites (hifadhi kwenye vipendwa).
item-prb-014-region-report = Kiungo Report a problem (ripoti tatizo).

# prb-015
item-prb-015-prompt = Kampuni kubwa inatumia mfumo wa kompyuta kusoma wasifu wa kazi (CV) kabla mtu hajaziona. Wasifu upi una nafasi nzuri zaidi?
item-prb-015-opt-a = Picha ya wasifu wako wa karatasi.
item-prb-015-opt-b = Mpangilio rahisi wenye vichwa vya kawaida vya sehemu na maneno kutoka kwenye tangazo la kazi, katika aina ya faili wanayoomba.
item-prb-015-opt-c = Muundo wenye majedwali mengi, picha na herufi za mapambo.
item-prb-015-opt-d = Wasifu uleule wa jumla kwa kila kazi, bila maneno kutoka kwenye tangazo.

# prb-016
item-prb-016-prompt = Kwenye tovuti hii ya mazoezi ya kazi, omba kazi: pakia wasifu wako wa kazi, mwandikie mwajiri ujumbe mfupi, na gusa Submit.
item-prb-016-cat-0 = Ombi halikutumwa.
item-prb-016-cat-1 = Ombi lilitumwa baada ya kidokezo.
item-prb-016-cat-2 = Ombi lilitumwa bila msaada.

# prb-017
item-prb-017-prompt = Kwenye tovuti hii ya mazoezi ya wasifu wa kikazi, andika kichwa cha wasifu wako, ongeza kazi yako ya mwisho pamoja na tarehe zake na ujuzi, ongeza kiungo cha mkusanyiko wa mifano ya kazi zako, na ufanye wasifu uonekane kwa waajiri.
item-prb-017-cat-0 = Wasifu haukukamilishwa.
item-prb-017-cat-1 = Wasifu ulikamilishwa baada ya kidokezo.
item-prb-017-cat-2 = Wasifu ulikamilishwa bila msaada.
