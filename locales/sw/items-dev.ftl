# Ujumbe wa maswali: DEV (Kiswahili)

item-dev-001-prompt = Gusa picha inayoonyesha kwamba simu inachaji.
item-dev-001-opt-a = Simu yenye waya uliochomekwa na alama ya radi kwenye skrini.
item-dev-001-opt-b = Simu yenye skrini iliyopasuka.
item-dev-001-opt-c = Simu yenye skrini nyeusi.

item-dev-002-prompt = Gusa mahali unapochomeka chaja.
item-dev-002-region-port = Tundu dogo kwenye ukingo wa chini wa simu
item-dev-002-region-side-button = Kitufe kirefu upande wa kulia wa simu
item-dev-002-region-camera = Kamera ndogo ya duara juu ya simu
item-dev-002-region-screen = Katikati ya skrini

item-dev-003-prompt = Angalia picha. Betri ni nyekundu na karibu imeisha. Hii inamaanisha unapaswa kuchaji simu hivi karibuni. Kweli au si kweli?

item-dev-004-prompt = Panga picha kwa mpangilio sahihi: amsha simu, ifungue, na ufungue kamera.
item-dev-004-opt-a = Andika namba yako ya siri (PIN).
item-dev-004-opt-b = Bonyeza kitufe kilicho pembeni mwa simu.
item-dev-004-opt-c = Gusa aikoni ya kamera.
item-dev-004-opt-d = Telezesha kidole juu kwenye skrini.

item-dev-005-prompt = Kuza ramani kwa vidole viwili ili uweze kusoma majina ya barabara. Kisha uifanye ndogo tena.
item-dev-005-cat-0 = Hakuweza
item-dev-005-cat-1 = Aliweza baada ya kidokezo
item-dev-005-cat-2 = Aliweza peke yake

item-dev-006-prompt = Gusa aikoni unayotumia kupiga simu.
item-dev-006-region-phone = Aikoni ya kijani ya simu, chini upande wa kushoto
item-dev-006-region-messages = Aikoni ya kiputo cha maneno kando yake
item-dev-006-region-browser = Aikoni ya duara ya dunia
item-dev-006-region-camera = Aikoni ya kamera, chini upande wa kulia
item-dev-006-region-settings = Aikoni ya kijivu ya gia, juu upande wa kushoto

item-dev-007-prompt = Uko ndani ya programu. Kitufe kipi kinakurudisha kwenye skrini iliyotangulia?
item-dev-007-opt-a = Alama ya kujumlisha.
item-dev-007-opt-b = Kioo cha kukuza.
item-dev-007-opt-c = Mshale unaoelekea kushoto.
item-dev-007-opt-d = Nyota.

item-dev-008-prompt = Angalia aikoni ya WhatsApp. Ina duara dogo jekundu lenye namba 3. Hii inamaanisha kuna ujumbe mpya unaokusubiri. Kweli au si kweli?

item-dev-009-prompt = Kuna simu ambayo hukuipokea. Gusa arifa ya simu hiyo uliyoikosa.
item-dev-009-region-missed-call = Arifa yenye picha ya simu na mshale mwekundu
item-dev-009-region-message = Arifa yenye kiputo cha maneno cha kijani
item-dev-009-region-battery = Arifa yenye betri
item-dev-009-region-update = Arifa yenye mshale wa kupakua

item-dev-010-prompt = Unataka kuona arifa zako tena. Unatelezesha kidole wapi kwenye skrini?
item-dev-010-opt-a = Juu, kuanzia chini ya skrini.
item-dev-010-opt-b = Chini, kuanzia juu ya skrini.
item-dev-010-opt-c = Kutoka ukingo wa kushoto kwenda kulia.

item-dev-011-prompt = Gusa kitufe kinachoweka nafasi kati ya maneno mawili.
item-dev-011-region-space = Kitufe kirefu kilicho chini, katikati
item-dev-011-region-backspace = Kitufe chenye mshale na X, upande wa kulia
item-dev-011-region-shift = Kitufe chenye mshale unaoelekea juu, upande wa kushoto
item-dev-011-region-enter = Kitufe kilicho chini upande wa kulia, chenye mshale uliopinda
item-dev-011-region-mic = Kitufe kidogo cha maikrofoni kando ya kitufe kirefu

item-dev-012-prompt = Unataka kuongea badala ya kuandika. Unagusa kitufe kipi?
item-dev-012-opt-a = Mshale unaoelekea juu.
item-dev-012-opt-b = Dunia.
item-dev-012-opt-c = Uso unaotabasamu.
item-dev-012-opt-d = Maikrofoni.

item-dev-013-prompt = Nakili anwani ya barua pepe kutoka kwenye kadi kwenda kwenye kisanduku, sawasawa kama ilivyoandikwa. Kisha gusa Next.
item-dev-013-cat-0 = Hakuweza
item-dev-013-cat-1 = Aliweza baada ya kidokezo
item-dev-013-cat-2 = Aliweza peke yake

item-dev-014-prompt = Panga hatua kwa mpangilio sahihi ili kunakili namba ya uthibitisho kutoka kwenye ujumbe na kuibandika kwenye fomu.
item-dev-014-opt-a = Gusa Copy.
item-dev-014-opt-b = Bonyeza na ushikilie kisanduku kitupu kwenye fomu.
item-dev-014-opt-c = Bonyeza na ushikilie namba kwenye ujumbe.
item-dev-014-opt-d = Gusa Paste.

item-dev-015-prompt = Aikoni ipi inaonyesha kwamba simu imeunganishwa na Wi-Fi?
item-dev-015-opt-a = Mistari iliyopinda yenye umbo la pepeo.
item-dev-015-opt-b = Ndege.
item-dev-015-opt-c = Betri.
item-dev-015-opt-d = Alama ya Bluetooth, kama herufi B yenye ncha.

item-dev-016-prompt = Uko kwenye maktaba ya umma. Ili kutumia Wi-Fi ya bure, unachagua jina la mtandao wa maktaba kwenye mipangilio ya Wi-Fi ya simu yako. Kweli au si kweli?

item-dev-017-prompt = Unganisha simu na Wi-Fi ya maktaba. Mtandao unaitwa LibraryGuest na nenosiri liko kwenye kadi.
item-dev-017-cat-0 = Hakuweza
item-dev-017-cat-1 = Aliweza baada ya kidokezo
item-dev-017-cat-2 = Aliweza peke yake

item-dev-018-prompt = Data ya simu yako imezimwa. Gusa kitufe kinachowasha data ya simu.
item-dev-018-region-wifi = Kitufe cha Wi-Fi, juu upande wa kushoto
item-dev-018-region-mobile-data = Kitufe cha Mobile data, chenye mishale miwili, juu katikati
item-dev-018-region-bluetooth = Kitufe cha Bluetooth, juu upande wa kulia
item-dev-018-region-airplane = Kitufe cha Airplane mode, chini upande wa kushoto
item-dev-018-region-flashlight = Kitufe cha Flashlight (tochi), chini katikati

item-dev-019-prompt = Unataka kusakinisha WhatsApp kwenye simu yako. Unafungua programu ipi?
item-dev-019-opt-a = Kamera.
item-dev-019-opt-b = Duka la programu: Play Store au App Store.
item-dev-019-opt-c = Mkusanyiko wa picha.
item-dev-019-opt-d = Saa.

item-dev-020-prompt = Maneno kwenye simu yako ni madogo mno. Gusa mpangilio unaofanya maandishi kuwa makubwa zaidi.
item-dev-020-region-brightness = Mstari wa Brightness, wenye jua
item-dev-020-region-dark-mode = Mstari wa Dark mode, wenye mwezi
item-dev-020-region-font-size = Mstari wa Font size, wenye herufi A ndogo na kubwa
item-dev-020-region-timeout = Mstari wa Screen timeout, wenye saa
item-dev-020-region-wallpaper = Mstari wa Wallpaper, wenye picha

item-dev-021-prompt = Panga hatua kwa mpangilio sahihi ili kuongeza lugha yako kwenye simu yako.
item-dev-021-opt-a = Gusa Add a language.
item-dev-021-opt-b = Fungua Settings.
item-dev-021-opt-c = Chagua lugha yako kwenye orodha.
item-dev-021-opt-d = Gusa Languages.

item-dev-022-prompt = Tafuta programu ya basi inayoitwa Transit kwenye duka la programu, isakinishe, kisha uifungue.
item-dev-022-cat-0 = Hakuweza
item-dev-022-cat-1 = Aliweza baada ya kidokezo
item-dev-022-cat-2 = Aliweza peke yake

item-dev-023-prompt = Umepakua barua kutoka kwenye tovuti. Kwa kawaida simu yako inaihifadhi wapi?
item-dev-023-opt-a = Kwenye programu ya Camera.
item-dev-023-opt-b = Kwenye programu ya Contacts.
item-dev-023-opt-c = Kwenye folda ya Downloads ya programu ya Files.
item-dev-023-opt-d = Kwenye programu ya Clock.

item-dev-024-prompt = Ukifuta picha, simu nyingi huiweka kwa takriban siku 30 kwenye folda inayoitwa Recently deleted au Trash. Bado unaweza kuirudisha. Kweli au si kweli?

item-dev-025-prompt = Panga hatua kwa mpangilio sahihi ili kubadilisha jina la faili.
item-dev-025-opt-a = Gusa Rename.
item-dev-025-opt-b = Fungua programu ya Files.
item-dev-025-opt-c = Gusa OK.
item-dev-025-opt-d = Bonyeza na ushikilie faili.
item-dev-025-opt-e = Andika jina jipya.

item-dev-026-prompt = Hifadhi picha ya mkataba wako wa kupanga nyumba kwenye hifadhi yako ya wingu ya mtandaoni, ndani ya folda inayoitwa Housing.
item-dev-026-cat-0 = Hakuweza
item-dev-026-cat-1 = Aliweza baada ya kidokezo
item-dev-026-cat-2 = Aliweza peke yake
