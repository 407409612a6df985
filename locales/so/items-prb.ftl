## Su'aalaha: PRB, Xallinta dhibaatooyinka, waxbarashada, shaqada (su'aalaha, doorashooyinka, meelaha, qaybaha hawlaha)

# prb-001
item-prb-001-prompt = Taleefankaagu aad buu u gaabis yahay, app-na wuu istaagay (frozen). Maxaad marka hore isku daysaa?
item-prb-001-opt-a = Iibso taleefan cusub.
item-prb-001-opt-b = Tirtir dhammaan sawirradaada.
item-prb-001-opt-c = Dib u shid taleefanka.

# prb-002
item-prb-002-prompt = Wicitaan fiidiyow ah dhexdiisa, dadku kuma maqlaan. Shaashaddani waxay muujinaysaa oggolaanshaha app-ka. Taabo midka ay tahay inaad beddesho.
item-prb-002-region-camera = Camera: Allowed (kamaradda: la oggolaaday).
item-prb-002-region-microphone = Microphone: Not allowed (makarafoonka: lama oggola).
item-prb-002-region-location = Location: Not allowed (goobta: lama oggola).
item-prb-002-region-notifications = Notifications: Allowed (ogeysiisyada: la oggolaaday).
item-prb-002-region-contacts = Contacts: Allowed (xiriirrada: la oggolaaday).

# prb-003
item-prb-003-prompt = Taleefankaagu wuxuu leeyahay Storage full (kaydku waa buuxaa). Tirtiridda fiidiyowyo duug ah oo horeba daruurta (cloud) loogu kaydiyey waxay bannayn kartaa meel. Run mise been?

# prb-004
item-prb-004-prompt = Guriga, internetku kuma shaqaynayo taleefankaaga. Tallaabooyinkan u kala horreysii, laga bilaabo waxa ugu horreeya ee la isku dayo ilaa kan ugu dambeeya.
item-prb-004-opt-a = Modem-ka ka saar korontada, sug 30 ilbiriqsi, oo dib ugu xir.
item-prb-004-opt-b = Hubi in Wi-Fi-gu shidan yahay oo uu ku xiran yahay shabakadda gurigaaga.
item-prb-004-opt-c = Wac shirkadda internetkaaga.
item-prb-004-opt-d = Taleefankaaga Wi-Fi-ga ka dami oo dib u shid.

# prb-005
item-prb-005-prompt = App ayaa muujinaya fariin qalad ah oo leh koodhka E-403, mana fahmin. Waa maxay hab fiican oo caawimaad loo helo?
item-prb-005-opt-a = Raadi magaca app-ka iyo koodhka qaladka, ama akhri bogga caawimaadda rasmiga ah ee app-ka.
item-prb-005-opt-b = Wac lambar taleefan oo ka muuqda xayeysiis kedis u soo baxa (pop-up).
item-prb-005-opt-c = Furahaaga sirta sii qof aanad aqoon oo koox internet ku jira oo kuu sheegay inuu kuu hagaajinayo.

# prb-006
item-prb-006-prompt = Waxaad dugsiga ilmahaaga ka heshay warqad Ingiriisi ku qoran, mana fahmin. Qalabkee ayaa sida ugu badan ku caawinaya?
item-prb-006-opt-a = Xisaabiyaha (calculator).
item-prb-006-opt-b = App turjumaad oo isticmaala kamaradda.
item-prb-006-opt-c = App-ka khariidadda.

# prb-007
item-prb-007-prompt = Caawiye wada-sheekaysi AI ah had iyo jeer wuu sax yahay marka ay timaado sharciyada iyo xeerarka socdaalka. Run mise been?

# prb-008
item-prb-008-prompt = Waxaad caawiye wada-sheekaysi AI ah weydiisay goorta ay tahay inaad gudbiso warbixinta canshuurta dakhligaaga. Wuxuu ku siiyey taariikh. Maxaad samaynaysaa?
item-prb-008-opt-a = Mar kale weydii isla su'aasha. Haddii jawaabtu isku mid tahay, waa run.
item-prb-008-opt-b = Aamin taariikhda, maxaa yeelay dowladdu waxay hubisaa jawaabaha AI.
item-prb-008-opt-c = Taariikhda ka hubi bogga rasmiga ah ee Canada Revenue Agency (CRA) ee canada.ca.

# prb-009
item-prb-009-prompt = Caawiye AI ah ayaa kuu sharxaya xuquuqdaada kiraystaha wuxuuna leeyahay: eeg qodobka 99 ee Residential Tenancies Act (sharciga kirada guryaha). Waad furtay sharciga, qodobka 99-na wuxuu ka hadlayaa wax kale. Maxay tani kuu sheegaysaa?
item-prb-009-opt-a = AI-gu wuu abuuri karaa ama isku qasi karaa ilaha. Hubi qoraalka rasmiga ah ama weydii adeeg caawiya kiraystayaasha.
item-prb-009-opt-b = Sharciga ku jira website-ka dowladda waa inuu duug yahay, sidaa darteed raac AI-ga.
item-prb-009-opt-c = Inta kale ee jawaabta AI-gu hubaal way sax tahay; lambarka oo keliya ayaa qaldan.
item-prb-009-opt-d = AI-ga weydii inuu hubo. Haddii uu yiraahdo haa, waad aamini kartaa.

# prb-010
item-prb-010-prompt = Waxaad rabtaa inaad barato sida loo isticmaalo iimaylka. Xaggee ka heli kartaa caawimaad bilaash ah?
item-prb-010-opt-a = Maktabadda dadweynaha ama hay'ad dejinta soo-galootiga (settlement agency).
item-prb-010-opt-b = Qof internetka kuugu soo qora oo ku weydiiya furahaaga sirta.
item-prb-010-opt-c = Xayeysiis kaa codsanaya inaad ku bixiso kaadhadhka hadiyadda (gift cards).

# prb-011
item-prb-011-prompt = Toddobaadkii hore waxaad bilowday koorso internet. Taabo meesha aad ka sii wadayso casharkaaga.
item-prb-011-region-resume = Badhanka Resume lesson 3 (sii wad casharka 3).
item-prb-011-region-catalogue = Link-ga Course catalogue (liiska koorsooyinka).
item-prb-011-region-certificates = Link-ga Certificates (shahaadooyinka).
item-prb-011-region-forum = Link-ga Forum (madasha doodda).
item-prb-011-region-profile = Sawirka muuqaalkaaga (profile) ee midigta sare.

# prb-012
item-prb-012-prompt = Waxaad rabtaa inaad qaadato koorso internet oo bilaash ah. Tallaabooyinka u kala horreysii.
item-prb-012-opt-a = Bilow casharka 1.
item-prb-012-opt-b = Samee akoon adigoo isticmaalaya ciwaanka iimaylkaaga.
item-prb-012-opt-c = Fur website-ka koorsada.
item-prb-012-opt-d = Qor koodhka iimaylkaaga loo soo diray si aad u xaqiijiso akoonkaaga.

# prb-013
item-prb-013-prompt = Waxaad shaqooyin ka raadinaysaa Job Bank. Waxaad rabtaa oo keliya shaqooyin u dhow gurigaaga. Maxaad isticmaalaysaa?
item-prb-013-opt-a = Badhanka Sort by date (u kala saar taariikhda).
item-prb-013-opt-b = Sanduuqa Location: waxaad ku qoraysaa magaalladaada ama koodhka boostada.
item-prb-013-opt-c = Badhanka Print (daabac).

# prb-014
item-prb-014-prompt = Kani waa xayeysiis shaqo. Taabo meesha aad ka ogaanayso sida loo codsado.
item-prb-014-region-title = Magaca shaqada: Warehouse worker (shaqaale bakhaar).
item-prb-014-region-salary = Mushaharka: 19 doollar iyo 50 senti saacaddii.
item-prb-014-region-howto = Qaybta How to apply (sida loo codsado).
item-prb-014-region-save = Badhanka Save to favourites (ku kaydi kuwa la jecel yahay).
item-prb-014-region-report = Link-ga Report a problem (soo sheeg dhibaato).

# prb-015
item-prb-015-prompt = Shirkad weyn waxay CV-yada ku akhrisaa nidaam kombiyuutar ka hor inta aanu qof arkin. CV-gee ayaa fursadda ugu wanaagsan leh?
item-prb-015-opt-a = Sawirka CV-gaaga warqadda ah.
item-prb-015-opt-b = Qaab fudud oo leh cinwaanno qaybeed oo caadi ah iyo ereyo laga soo qaatay xayeysiiska shaqada, oo ah nooca faylka ay codsadeen.
item-prb-015-opt-c = Naqshad leh shaxo badan, sawirro iyo far qurxoon.
item-prb-015-opt-d = Isla CV guud oo shaqo kasta loo diro, oo aan lahayn ereyo ka yimid xayeysiiska.

# prb-016
item-prb-016-prompt = Website-kan tababarka ee shaqooyinka, codso shaqada: soo geli CV-gaaga, u qor loo-shaqeeyaha fariin gaaban, oo taabo Submit.
item-prb-016-cat-0 = Codsiga lama dirin.
item-prb-016-cat-1 = Codsiga waa la diray tilmaan kadib.
item-prb-016-cat-2 = Codsiga waa la diray caawimaad la'aan.

# prb-017
item-prb-017-prompt = Website-kan tababarka ee muuqaalka xirfadeed (profile), u qor cinwaan muuqaalkaaga, ku dar shaqadaadii ugu dambeysay iyo taariikhaheeda iyo xirfadaha, ku dar link tusaalooyinka shaqadaada (portfolio), oo ka dhig muuqaalka mid ay arki karaan shaqaale-qorayaashu (recruiters).
item-prb-017-cat-0 = Muuqaalka lama dhammayn.
item-prb-017-cat-1 = Muuqaalka waa la dhammeeyey tilmaan kadib.
item-prb-017-cat-2 = Muuqaalka waa la dhammeeyey caawimaad la'aan.
