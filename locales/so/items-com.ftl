# Fariimaha su'aalaha: COM (Soomaali)

item-com-001-prompt = Taleefankaagu wuu dhawaaqayaa. Taabo meesha aad kaga jawaabto wicitaanka.
item-com-001-region-decline = Badhanka wareegsan ee casaanka ah ee leh taleefan, bidixda hoose
item-com-001-region-answer = Badhanka wareegsan ee cagaaran ee leh taleefan, midigta hoose
item-com-001-region-message = Xumbada hadalka ee ka sarreysa badhanka casaanka ah
item-com-001-region-remind = Saacadda ka sarreysa badhanka cagaaran

item-com-002-prompt = WhatsApp gudihiisa, badhankee ayaad riixdaa oo haysaa si aad u duubto fariin cod ah?
item-com-002-opt-a = Makarafoon.
item-com-002-opt-b = Kamarad.
item-com-002-opt-c = Biin warqadeed (paper clip).
item-com-002-opt-d = Weji dhoolla caddaynaya.

item-com-003-prompt = Sawirrada u kala horreysii si aad sawir ugu dirto saaxiib WhatsApp.
item-com-003-opt-a = Dooro sawirka.
item-com-003-opt-b = Fur WhatsApp.
item-com-003-opt-c = Taabo fallaarta cagaaran ee Send (dir).
item-com-003-opt-d = Taabo magaca saaxiibkaa.
item-com-003-opt-e = Taabo biinka warqadda (paper clip).

item-com-004-prompt = Wicitaan fiidiyow ah dhexdiisa, waxaad aragtaa badhanka kamaradda oo xariiq dhex marayso. Tani waxay ka dhigan tahay in qofka kale weli ku arki karo. Run mise been?

item-com-005-prompt = Iimayl ayaad ka heshay dugsiga ilmahaaga. Taabo badhanka aad kaga jawaabayso qofka qoray oo keliya.
item-com-005-region-reply = Badhanka Reply (ka jawaab), oo leh hal fallaar qalloocan oo bidix u jeedda
item-com-005-region-reply-all = Badhanka Reply all (u jawaab dhammaan), oo leh laba fallaarood oo qalloocan oo bidix u jeeda
item-com-005-region-forward = Badhanka Forward (u gudbi), oo leh fallaar midig u jeedda
item-com-005-region-delete = Badhanka dambiisha qashinka

item-com-006-prompt = Iimayl u qor shaqaalahaaga dejinta (settlement worker), oo ku lifaaq sawirka heshiiska kiradaada. Kadib taabo Send.
item-com-006-cat-0 = Lama xallin
item-com-006-cat-1 = Waa la xalliyey tilmaan kadib
item-com-006-cat-2 = Waa la xalliyey caawimaad la'aan

item-com-007-prompt = Hal iimayl ayaad u diraysaa toban waalid oo ka tirsan fasalka ilmahaaga. Isma yaqaanaan. Xaggee dhigaysaa ciwaannadooda si aysan u arkin ciwaannada midba midka kale?
item-com-007-opt-a = Meesha To.
item-com-007-opt-b = Meesha Cc.
item-com-007-opt-c = Meesha Bcc.
item-com-007-opt-d = Meesha Subject (mawduuca).

item-com-008-prompt = Iimaylada ku jira galka Spam had iyo jeer waa khatar, sidaa darteed waa inaadan waligaa eegin. Run mise been?

item-com-009-prompt = Waxaad ku jirtaa fasal internetka ah. Taabo badhanka dansha makarafoonkaaga.
item-com-009-region-mic = Badhanka makarafoonka, bidixda hoose
item-com-009-region-camera = Badhanka kamaradda fiidiyowga
item-com-009-region-chat = Badhanka xumbada hadalka
item-com-009-region-hand = Badhanka gacanta kor loo taagay
item-com-009-region-leave = Badhanka casaanka ah, midigta hoose

item-com-010-prompt = Tallaabooyinka u kala horreysii si aad ugu biirto fasalkaaga Ingiriisiga ee internetka adigoo ka bilaabaya iimaylka macallinkaaga.
item-com-010-opt-a = Qor magacaaga.
item-com-010-opt-b = Taabo link-ga kulanka.
item-com-010-opt-c = Taabo Join (ku biir).
item-com-010-opt-d = Fur iimaylka macallinkaaga ka yimid.

item-com-011-prompt = Fasalka internetka, gacanta kor u taag. Marka macallinku magacaaga sheego, shid makarafoonkaaga iyo kamaraddaada.
item-com-011-cat-0 = Lama xallin
item-com-011-cat-1 = Waa la xalliyey tilmaan kadib
item-com-011-cat-2 = Waa la xalliyey caawimaad la'aan

item-com-012-prompt = Dhakhtarkaagu wuxuu kuu soo diray link ballan fiidiyow ah oo ah saacadda 10:00. Maxaa ugu fiican inaad samayso?
item-com-012-opt-a = Sug in dhakhtarku ku soo waco lambarkaaga taleefanka.
item-com-012-opt-b = Fur link-ga 10:15, adigoo baska saaran.
item-com-012-opt-c = Dami Wi-Fi-ga si aad xogta u badbaadiso, kadib fur link-ga.
item-com-012-opt-d = Daqiiqado ka hor 10:00, tag meel aamusan oo gaar ah, oo tijaabi link-ga, kamaradda iyo codka.

item-com-013-prompt = Waxaad rabtaa inaad fayl ku jira Google Drive la wadaagto macallinkaaga. Badhankee taabanaysaa?
item-com-013-opt-a = Qof leh calaamadda lagu daro (+), oo leh ereyga Share.
item-com-013-opt-b = Dambiil qashin, oo leh ereyga Remove.
item-com-013-opt-c = Xiddig, oo leh ereyada Add to Starred.
item-com-013-opt-d = Daabace (printer), oo leh ereyga Print.

item-com-014-prompt = Waxaad wadaagtaa link dukumentigaaga. Link-ga waxaa loo dejiyey Anyone with the link can edit (qof kasta oo haysta link-ga wuu beddeli karaa). Maxaa dhici kara?
item-com-014-opt-a = Dadka ku jira xiriirradaada oo keliya ayaa furi kara.
item-com-014-opt-b = Adiga keliya ayaa beddeli kara dukumentiga.
item-com-014-opt-c = Dadku way akhrin karaan, laakiin cidna ma beddeli karto.
item-com-014-opt-d = Qof kasta oo hela link-ga wuu beddeli karaa ama tirtiri karaa qoraalkaaga.

item-com-015-prompt = Faylka Resume.docx la wadaag la-taliyahaaga shaqada, counsellor@example.org, si ay ugu dari karto faallooyin laakiin aysan u beddeli karin qoraalkaaga.
item-com-015-cat-0 = Lama xallin
item-com-015-cat-1 = Waa la xalliyey tilmaan kadib
item-com-015-cat-2 = Waa la xalliyey caawimaad la'aan

item-com-016-prompt = Adiga iyo laba arday oo fasalkaaga ah waxaad qoraysaan dukumenti la wadaago. Saaka, qof ayaa si qalad ah u tirtiray qaybtaadii. Waa maxay sida ugu fiican ee aad dib ugu heli karto?
item-com-016-opt-a = Fur taariikhda noocyada (version history) oo qaybtaada ka soo celi nooc hore.
item-com-016-opt-b = Qaybtaada mar kale ku qor adigoo xasuustaada ka qaadanaya.
item-com-016-opt-c = Riix Undo kombiyuutarkaaga.
item-com-016-opt-d = Ka codso ardayda kale inay sameeyaan dukumenti cusub oo dib u bilaabaan.

item-com-017-prompt = Waxaad maamushaa gal la wadaago oo ay leedahay koox tabarucayaal bulsheed. Galka waxaa ku jira foomamka diiwaangelinta oo leh lambarrada taleefanka dadka. Hal tabarucaha ayaa kooxda ka tegay. Maxaad samaynaysaa?
item-com-017-opt-a = Tabarucaha ka codso inuu ballan qaado inaanu galka mar dambe furin.
item-com-017-opt-b = Oggolaanshaha u daa, haddii uu tabarucuhu soo laabto.
item-com-017-opt-c = Galka magaca u beddel si uusan tabarucuhu u helin.
item-com-017-opt-d = Ka saar oggolaanshaha tabarucahaas, oo hubi in galka aan lala wadaagin Anyone with the link (qof kasta oo haysta link-ga).

item-com-018-prompt = Haddii aad fariin dhan ku qorto XARAFO WAAWEYN, waxay u ekaan kartaa inaad qaylinayso. Run mise been?

item-com-019-prompt = Waxaad codsanaysaa shaqooyin. Ciwaankee iimayl ayaa ugu fiican inaad isticmaasho?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = Waxaad raadinaysaa shaqo. Loo-shaqeeyayaashu waxaa laga yaabaa inay magacaaga internetka ka raadiyaan. Waa maxay waxa ugu fiican ee aad samayn karto?
item-com-020-opt-a = Magacaaga raadi, akoonnadaada gaarka ah ka dhig kuwo qarsoon (private), oo cusboonaysii muuqaal (profile) xirfadeed.
item-com-020-opt-b = Tirtir dhammaan akoonnadaada oo ka fogow internetka ilaa aad shaqo ka hesho.
item-com-020-opt-c = Codsiyadaada shaqo ku isticmaal magac kale si aysan loo-shaqeeyayaashu kuugu helin internetka.
item-com-020-opt-d = Waxba ha samayn. Kanada, loo-shaqeeyayaasha looma oggola inay internetka wax ka eegaan.

item-com-021-prompt = Waxaad maamushaa bogga baraha bulshada ee hay'ad u adeegta soo-galootiga cusub. Macmiil ayaa si furan u dhigay faallo leh magaceeda oo dhan, lambarka faylkeeda iyo cabasho ku saabsan codsigeeda la diiday. Waa maxay jawaabta ugu fiican?
item-com-021-opt-a = Si furan ugu jawaab faahfaahinta faylkeeda, si aad u muujiso inaad caawinayso.
item-com-021-opt-b = Faallada qari sida siyaasaddaadu oggoshahay, oo si kooban ugu jawaab inaad si gaar ah kula soo xiriiri doonto hab ammaan ah.
item-com-021-opt-c = Tirtir faallada oo iyada xir (block), si aysan cabashadu u faafin.
item-com-021-opt-d = Faallada u daa oo ha ka jawaabin, maxaa yeelay iyada ayaa doortay inay dhigto.
