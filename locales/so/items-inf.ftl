# Fariimaha su'aalaha: INF (Soomaali)

item-inf-001-prompt = Waxaad rabtaa inaad ciwaan ka hesho khariidadda. Taabo meesha aad ku qorayso ciwaanka.
item-inf-001-region-search = Xariiqda dheer ee cad ee korka, oo leh muraayad wax weynaysa
item-inf-001-region-layers = Badhanka yar ee leh labajibbaarro is dul saaran, xariiqda hoosteeda dhinaca midig
item-inf-001-region-map = Bartamaha khariidadda
item-inf-001-region-location = Badhanka wareegsan ee leh bartilmaameed, dhinaca midig
item-inf-001-region-directions = Badhanka buluugga ah ee leh fallaar, midigta hoose

item-inf-002-prompt = Waxaad u baahan tahay saacadaha furitaanka xafiiska Service Canada ee Winnipeg. Maxaad ku qoraysaa sanduuqa raadinta?
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = Website-ka guddiga dugsiyada, isticmaal sanduuqa raadinta ee website-ka laftiisa si aad u hesho bogga ku saabsan waqtiyada baska dugsiga.
item-inf-003-cat-0 = Lama xallin
item-inf-003-cat-1 = Waa la xalliyey tilmaan kadib
item-inf-003-cat-2 = Waa la xalliyey caawimaad la'aan

item-inf-004-prompt = Waxaad rabtaa natiijooyin raadin oo ku saabsan oggolaanshaha shaqada (work permit), oo keliya ka yimid website-yada Dowladda Kanada. Raadintee ayaa ugu fiican?
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = Badhankee ayaa taleefanka ka dhigaya inuu qoraalka kor kuugu akhriyo?
item-inf-005-opt-a = Dambiil qashin.
item-inf-005-opt-b = Sameecad leh mowjado cod.
item-inf-005-opt-c = Quful.
item-inf-005-opt-d = Xiddig.

item-inf-006-prompt = Tallaabooyinka u kala horreysii si aad warqad qoran ugu turjunto kamaradda taleefankaaga.
item-inf-006-opt-a = Kamaradda u jeedi warqadda.
item-inf-006-opt-b = Fur app-ka turjumaadda.
item-inf-006-opt-c = Akhri ama dhageyso turjumaadda.
item-inf-006-opt-d = Taabo Camera ee app-ka dhexdiisa.

item-inf-007-prompt = Waxaad IRCC ka heshay warqad fayl PDF ah. Waa inaad daabacdaa ka hor intaadan akhrin. Run mise been?

item-inf-008-prompt = Boggan internetka wuxuu ku qoran yahay Ingiriisi. Taabo badhanka bogga u turjumaya luqaddaada.
item-inf-008-region-home = Badhanka guriga, bidixda fog ee xariiqda ciwaanka
item-inf-008-region-refresh = Fallaarta wareegsan, bidixda xariiqda ciwaanka
item-inf-008-region-translate = Badhanka leh xarafka A iyo xaraf Shiinees ah, gudaha xariiqda ciwaanka
item-inf-008-region-bookmark = Xiddigta ku taal dhammaadka xariiqda ciwaanka
item-inf-008-region-tabs = Labajibbaarka leh lambar, midigta sare

item-inf-009-prompt = Waxaad raadisay sida loo cusboonaysiiyo kaarkaaga deganaanshaha joogtada ah (PR card). Taabo natiijada rasmiga ah ee Dowladda Kanada.
item-inf-009-region-ad = Natiijada koowaad, oo lagu calaamadeeyey Sponsored (xayeysiis), oo ka timid prcard-fast-renewal.com
item-inf-009-region-official = Natiijada labaad, oo ka timid canada.ca
item-inf-009-region-forum = Natiijada saddexaad, oo ka timid madal dood (forum)
item-inf-009-region-video = Natiijada afraad, fiidiyow ka yimid kanaal baraha bulshada

item-inf-010-prompt = Waxaad chatbot AI ah weydiisay sida loo codsado Canada Child Benefit (gunnada carruurta). Wuxuu ku siiyey liis tallaabooyin ah. Maxaad samaynaysaa?
item-inf-010-opt-a = Raac tallaabooyinka. Jawaabaha AI had iyo jeer way sax yihiin.
item-inf-010-opt-b = Tallaabooyinka ka hubi canada.ca, ama weydii shaqaalaha dejinta (settlement worker), ka hor intaadan codsan.
item-inf-010-opt-c = Chatbot-ka sii Lambarkaaga Caymiska Bulshada (SIN) si uu kuugu codsado.
item-inf-010-opt-d = Ha isticmaalin wax macluumaad ah oo internetka ka yimid.

item-inf-011-prompt = Fiidiyow internetka ku jira ayaa muujinaya Ra'iisul Wasaaraha oo leh dhammaan soo-galootiga cusub waxay heli doonaan duulimaad bilaash ah oo dalkoodii ah. Wuxuu ka yimid akoon aan la aqoon, codku wuxuu u eg yahay wax yar robot, mana jiro website war oo soo sheegay. Fiidiyowgani muxuu u badan yahay?
item-inf-011-opt-a = Ogeysiis dhab ah oo wararku seegeen.
item-inf-011-opt-b = Fiidiyow been ah oo AI lagu sameeyey, oo la yiraahdo deepfake.
item-inf-011-opt-c = Fiidiyow rasmi ah oo ka yimid Dowladda Kanada.
item-inf-011-opt-d = Baahin toos ah oo ka timid Baarlamaanka.

item-inf-012-prompt = Chatbot AI ah ayaa kuu sheegay in xeer cusub u oggolaanayo qaxootiga inay codsadaan dhalashada (citizenship) kadib hal sano oo Kanada ah. Isha wuxuu ku sheegay link. Waad furtay link-ga, boggana sidaas ma sheegayo. Gunaanadka ugu fiican waa maxay?
item-inf-012-opt-a = Xeerku waa run, sababtoo ah chatbot-ku wuxuu bixiyey il.
item-inf-012-opt-b = Boggu waa duug, sidaa darteed chatbot-ku waa sax.
item-inf-012-opt-c = Chatbot-ku waxay u badan tahay inuu qalad sameeyey. Xeerka ka hubi website-ka IRCC.
item-inf-012-opt-d = Chatbot-ka mar kale weydii. Haddii uu laba jeer isla wax sheego, waa run.

item-inf-013-prompt = Maqaal ayaa sheegaya in soo-galootiga cusub ee isticmaala app-ka JobFast ay shaqo ku helaan laba jeer ka dhakhso badan. Daraasadda waxaa sameeyey shirkadda samaysa JobFast, iyadoo lala sameeyey dad doortay inay app-ka isticmaalaan. Waa maxay daciifnimada ugu weyn ee sheegashadan?
item-inf-013-opt-a = App-ku waxaa laga yaabaa inaan laga helin gobol kasta.
item-inf-013-opt-b = Daraasaddu ma sheegayso waddamada ay soo-galootigu ka yimaadeen.
item-inf-013-opt-c = Maqaalku ma bixinayo tirada saxda ah ee maalmaha ay dadku ku heleen shaqo.
item-inf-013-opt-d = Shirkadda samaysa app-ka ayaa daraasadda samaysay, dadka doortay app-kana waxaa laga yaabaa inay horeba si firfircoon shaqo u raadinayeen.

item-inf-014-prompt = Fayl la yiraahdo scan001.pdf ayaa mar dambe si ka fudud loo helaa marka loo eego fayl la yiraahdo Lease-2025-apartment.pdf. Run mise been?

item-inf-015-prompt = Tallaabooyinka u kala horreysii si aad warqad PDF ah oo iimayl ku jirta ugu kaydiso galkaaga Documents.
item-inf-015-opt-a = Taabo Download.
item-inf-015-opt-b = Fur iimaylka.
item-inf-015-opt-c = Fur app-ka Files oo PDF-ka u rar galka Documents.
item-inf-015-opt-d = Taabo lifaaqa PDF-ka.

item-inf-016-prompt = Samee gal cusub oo la yiraahdo Immigration. Kadib labada warqadood ee IRCC ka yimid gudaha u rar.
item-inf-016-cat-0 = Lama xallin
item-inf-016-cat-1 = Waa la xalliyey tilmaan kadib
item-inf-016-cat-2 = Waa la xalliyey caawimaad la'aan

item-inf-017-prompt = Waxaad haysaa nuqullo la sawiray (scans) oo ah dukumentiyada socdaalka iyo aqoonsiga qoyskaaga, waxaadna u baahan doontaa sannado badan. Qorshahee ayaa ugu fiican ee ka ilaalinaya lumis iyo dad kale?
item-inf-017-opt-a = Hayso hal nuqul oo keliya, kaydka sawirrada taleefanka, si uu had iyo jeer kuula jiro.
item-inf-017-opt-b = Hal nuqul ku hayso akoon daruureed (cloud) oo ay ilaaliso xaqiijinta laba-tallaabo, nuqul labaadna ku hayso USB guriga yaal.
item-inf-017-opt-c = Nuqullada iimayl ugu dir naftaada iyo qaraabo dhowr ah, si dad badan u haystaan nuqul.
item-inf-017-opt-d = Ku hayso koox wada-sheekaysi qoys oo gaar ah, halkaas oo aad ka heli karto adigoo kor u rogaya.
