# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (Soomaali, machine-drafted)

item-inf-201-prompt = Waxaad rabtaa bogag ku saabsan ogolaanshaha shaqada oo keliya ka yimid goobta canada.ca. Maxaad ku qortaa raadinta?
item-inf-201-opt-a = site:canada.ca work permit
item-inf-201-opt-b = canada work permit rasmi ah
item-inf-201-opt-c = work permit canada.ca?

item-inf-202-prompt = Qoraal ayaa wadaagaya daraasad caafimaad. Maxay tahay calaamadda ugu fiican ee muujinaysa in natiijadu la isku halleyn karo?
item-inf-202-opt-a = Qoraalku wuxuu leeyahay kumanaan jecleysi.
item-inf-202-opt-b = Daraasadda waxaa lagu daabacay joornaal ay khubaro dib u eegeen, daraasado kalena isla sidaas ayay heleen.
item-inf-202-opt-c = Mareegtu waxay u egtahay mid casri ah oo xirfad leh.

item-inf-203-prompt = Gal ay koox wadaagto, ku darista taariikhda ama lambarka nooca magacyada faylasha waxay qof walba ka caawisaa inuu helo faylka ugu dambeeyay. Run mise been?

item-com-201-prompt = Shan qof ayaa wax ka beddelaya hal dukumenti oo online ah. Sidee ku ogaanaysaa cidda beddeshay qayb shalay?
item-com-201-opt-a = Daabac dukumentiga oo isbarbar dhig.
item-com-201-opt-b = Iimayl u dir qof walba oo weydii.
item-com-201-opt-c = Fur taariikhda noocyada (version history).

item-com-202-prompt = Markaad tirtirto qoraal, nuqul kasta oo dad kale kaydiyeen ama wadaageen sidoo kale waa la tirtiraa. Run mise been?

item-srv-201-prompt = Waxaad rabtaa inaad biil ku bixiso bangigaaga online-ka. Maxaa sida ugu fiican u muujinaya inaad joogto goobta dhabta ah ee bangiga?
item-srv-201-opt-a = Adiga ayaa qoray cinwaanka bangiga, barta cinwaankuna waxay muujinaysaa domain-ka bangiga.
item-srv-201-opt-b = Boggu wuxuu leeyahay astaanta iyo midabada bangiga.
item-srv-201-opt-c = Daaqad soo booddo ayaa sheegaysa in goobta la xaqiijiyay.

item-srv-202-prompt = Passkey ama fure ammaan oo muuqda ayaa akoonka uga ilaaliya bogagga gelitaanka ee been abuurka ah si ka fiican koodh fariin qoraal ah lagu soo diray. Run mise been?

item-saf-201-prompt = Waxaad dhigtaa sawir guriga lagu qaaday. Macluumaadkee qarsoon ee faylka sawirka ayaa muujin kara halka aad ku nooshahay?
item-saf-201-opt-a = Astaanta midabka.
item-saf-201-opt-b = Xogta goobta (GPS) ee lala kaydiyay sawirka.
item-saf-201-opt-c = Cabbirka faylka.

item-saf-202-prompt = Haddii qoraalka xiriiriyaha uu muujiyo cinwaanka bangigaaga, xiriiriyuhu had iyo jeer wuxuu furaa bangigaaga. Run mise been?

item-cre-201-prompt = Waxaad online ka heshaa sawir leh shatiga CC BY-NC. Waxaad rabtaa inaad ku isticmaasho warqad aad bilaash u qaybinayso. Maxaa waajib kugu ah?
item-cre-201-opt-a = Waxba: wax kasta oo online ah waa bilaash.
item-cre-201-opt-b = Lacag sii sawir-qaadaha ka hor intaadan isticmaalin.
item-cre-201-opt-c = Sheeg magaca sawir-qaadaha; waad isticmaali kartaa maxaa yeelay warqadda lama iibinayo.

item-cre-202-prompt = Xaashida xisaabta (spreadsheet), markaad qaaciddada =B2*$E$1 hoos ugu koobiyayso tiir, unugga $E$1 isku mid ayuu ku ahaanayaa saf kasta. Run mise been?

item-prb-201-prompt = Wada-sheekeysi AI ah ayaa ku siiyay saddex il oo warbixin aad qorayso. Maxaad samaynaysaa ka hor intaadan isticmaalin?
item-prb-201-opt-a = Fur il kasta oo hubi inay jirto oo ay sheegayso waxa AI-gu sheegay.
item-prb-201-opt-b = Koobiyee: qalabka AI ma abuuraan ilo been ah.
item-prb-201-opt-c = Weydii AI-ga inuu hubo, haddii uu haa yiraahdana isticmaal.

item-prb-202-prompt = Shahaado kasta oo koorso online ah oo bilaash ah, loo-shaqeeyayaasha Kanada waxay u aqbalaan shahaado xirfadeed. Run mise been?

item-prb-203-prompt = Shirkad aad shaqo ka codsatay ayaa kuu soo dirtay jeeg ka badan mushaharkaaga koowaad, waxayna kaa codsanaysaa inaad farqiga ugu celiso e-Transfer. Waa maxay tani?
item-prb-203-opt-a = Hab caadi ah oo shaqo cusub lagu bilaabo.
item-prb-203-opt-b = Khiyaano jeeg been abuur ah.
item-prb-203-opt-c = Gargaar dowladeed.

item-saf-203-prompt = Xakamaynta waalidku waxay xaddidi kartaa app-yada uu ilmuhu rakibo, laakiin weli waa lagama maarmaan in ilmaha lala hadlo waxa uu online ku sameeyo. Run mise been?

item-saf-204-prompt = Qof ayaa online ku faafiyay sawirro gaar ah oo saaxiibtaa ah iyadoon oggolaan. Waa maxay talada ugu fiican ee saaxiibtaa?
item-saf-204-opt-a = Inay qofka ugu jawaabto hanjabaad.
item-saf-204-opt-b = Inay tirtirto akoonnadeeda oo aysan waxba sheegin.
item-saf-204-opt-c = Inay kaydiso caddaynta, u sheegto madasha qoraallada, oo la xiriirto booliska ama adeeg taageero.

item-cre-203-prompt = Haddii aad beddesho dhowr eray oo maqaal mareeg ah, waad u daabici kartaa shaqadaada adigoon sheegin isha. Run mise been?

item-cre-204-prompt = Waxaad qoraysaa warbixin dheer. Maxaa ugu fududeeya in lagu akhriyo akhriyaha shaashadda oo laga sameeyo tusmo?
item-cre-204-opt-a = Isticmaal qaababka cinwaanka ee diyaarsan (Heading 1, Heading 2).
item-cre-204-opt-b = Gacanta ku adkee oo weynee cinwaannada.
item-cre-204-opt-c = Cinwaannada ku qor xarfo waaweyn.

item-srv-203-prompt = Marka la isticmaalo autodeposit-ka Interac e-Transfer, diraha weli waa inuu ku siiyaa su'aal ammaan ka hor inta lacagtu aysan iman. Run mise been?

item-srv-204-prompt = Waxaad rabtaa inaad ku aragto warqadahaaga canshuurta CRA My Account, laakiin akoon bangi Kanada kuma lihid. Sidee weli ku geli kartaa?
item-srv-204-opt-a = Kaliya adigoo wacaya saaxiib leh akoon bangi.
item-srv-204-opt-b = Aqoonsiga isticmaalaha iyo furaha sirta ah ee GCKey.
item-srv-204-opt-c = Ma geli kartid bangi Kanadiyaan ah la'aantii.

item-dev-201-prompt = Kayd (backup) lagu hayo oo keliya isla taleefanka ma ilaaliyo sawiradaada haddii taleefanku lumo ama jabo. Run mise been?

item-dev-202-prompt = Arday indha la' ah ayaa doonaya in taleefanku kor ugu akhriyo shaashadda. Dejintee ayaad shidaysaa?
item-dev-202-opt-a = Habka mugdiga.
item-dev-202-opt-b = Habka diyaaradda.
item-dev-202-opt-c = Akhriyaha shaashadda (TalkBack ama VoiceOver).

item-dev-203-prompt = Router-ka Wi-Fi-ga guriga waa ammaan isagoo wata furaha sirta ah ee warshadda ku daabacday calaamaddiisa, markaa weligaa uma baahnid inaad beddesho furaha maamulaha router-ka. Run mise been?

item-dev-204-prompt = Kombiyuutarka, furayaashee ayaa ka noqda isbeddelkaagii ugu dambeeyay?
item-dev-204-opt-a = Ctrl + Z (Mac: Command + Z)
item-dev-204-opt-b = Ctrl + P (Mac: Command + P)
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = Markaad app ku turjunto warqad rasmi ah, waa inaad magacyada, taariikhaha iyo lacagaha la barbar dhigto asalka, maxaa yeelay app-ku wuu beddeli karaa macnahooda. Run mise been?

item-inf-205-prompt = Muuqaal ayaa muujinaya siyaasi leh wax la yaab leh. Maxaa sida ugu fiican kaaga caawinaya inaad ogaato inuu yahay deepfake?
item-inf-205-opt-a = Muuqaalku wuxuu leeyahay tayo sare.
item-inf-205-opt-b = Dad badan ayaa maanta wadaagay.
item-inf-205-opt-c = Hubi in ilo war oo la isku halleyn karo ay isla dhacdadaas soo sheegeen, oo raadi isha asalka ah.

item-com-203-prompt = Waxaad iimayl u dirtaa 40 waalid oo ku saabsan dalxiis dugsi. Iyagu isma yaqaannaan. Xaggee dhigaysaa cinwaannadooda?
item-com-203-opt-a = Bcc
item-com-203-opt-b = To
item-com-203-opt-c = Cc

item-com-204-prompt = Adiga ayaa martigelinaya fasal online ah. Shidista qolka sugitaanka waxay u oggolaanaysaa qof kasta oo haysta xiriiriyaha inuu soo galo oggolaanshahaaga la'aan. Run mise been?

item-prb-204-prompt = Laptop-kaagu aad buu u gaabiyay markaad rakibtay barnaamij cusub, daaqado soo booddana way soo noqnoqdaan. Maxaad marka hore samaynaysaa?
item-prb-204-opt-a = Laptop-ka u iibso xusuus dheeraad ah.
item-prb-204-opt-b = Ka saar barnaamijka cusub oo ku baar barnaamijka ammaanka.
item-prb-204-opt-c = Guji daaqadaha si aad mid mid u xirto.

item-prb-205-prompt = Ka hor intaadan lacag ku bixin koorso online ah, hubinta in dugsiga laga aqoonsan yahay gobolkaaga waxay kuu badbaadin kartaa lacag iyo waqti. Run mise been?

item-saf-205-prompt = Isticmaalka isla furaha sirta ah ee adag dhammaan akoonnadaada waa ammaan, inta uu dheer yahay. Run mise been?

item-saf-206-prompt = Iimayl ayaa kaa codsanaya inaad gasho www.rnybank.ca. Bangigaagu waa www.mybank.ca. Maxaa socda?
item-saf-206-opt-a = Cinwaan la mid ah: 'rn' waxaa loo sameeyay inuu u ekaado 'm'. Waa khiyaano (phishing).
item-saf-206-opt-b = Laan cusub oo bangigaaga ah.
item-saf-206-opt-c = Qaab gaaban oo caadi ah oo magaca bangiga.

item-inf-206-prompt = Waxaad u baahan tahay weedha saxda ah "first-time home buyer" natiijooyinka raadinta. Maxaad qoraysaa?
item-inf-206-opt-a = first time home buyer
item-inf-206-opt-b = "first-time home buyer"
item-inf-206-opt-c = first-time OR home OR buyer

item-prb-206-prompt = Waa ammaan in magaca buuxa, lambarka caafimaadka iyo qoraallada caafimaad ee macmiil lagu dhejiyo wada-sheekeysi AI oo dadweyne oo bilaash ah si loo helo soo koobid. Run mise been?

item-com-205-prompt = Loo-shaqeeye ayaa online ka raadin doona magacaaga ka hor wareysiga. Waa maxay diyaar-garowga ugu fiican?
item-com-205-opt-a = Tirtir dhammaan akoonnadaada online-ka.
item-com-205-opt-b = Ku beddel magacaaga dhammaan goobaha.
item-com-205-opt-c = Raadi magacaaga, hubi dejinta sirta, oo ka saar ama qari qoraallada aadan rabin in loo-shaqeeyuhu arko.

item-srv-205-prompt = Marka waqtiga foom online ahi dhammaado, jawaabaha aad qortay way lumi karaan, markaa waxaa fiican inaad jawaabaha dhaadheer marka hore ku qorto dukumenti gaar ah. Run mise been?

item-cre-205-prompt = Ka hor intaadan dhigin sawirka macmiil oo laga qaaday munaasabad bulsho, waxaad u baahan tahay oggolaanshihiisa, xitaa haddii sawirku qurux badan yahay. Run mise been?

item-inf-207-prompt = Waa inaad kaydiso faylasha shaqada toddoba sano oo aad si dhakhso ah u hesho. Habkee ayaa ugu fiican?
item-inf-207-opt-a = Galal sanad iyo mawduuc ah, magacyada faylashuna ka bilaabmaan taariikhda.
item-inf-207-opt-b = Dhammaan faylasha desktop-ka.
item-inf-207-opt-c = Fayl kasta oo loo magacaabay final, final2, final3.

item-srv-206-prompt = Booqasho caafimaad oo fog (telehealth), madasha dhakhtarku waa ammaan, markaa dhib ma leh haddii aad wicitaanka ka qaado meel dadweyne oo mashquul ah. Run mise been?

item-com-206-prompt = Waxaad gal la wadaagtay mutadawac hadda tagay. Maxaad samaynaysaa?
item-com-206-opt-a = Waxba: xiriiriyeyaasha hore iskood ayay u joogsanayaan.
item-com-206-opt-b = Ka saar helitaanka mutadawaca dejinta wadaagga galka.
item-com-206-opt-c = Beddel magaca galka.

item-saf-207-prompt = Waxaad ogaatay inaad habeenkii dambe taleefanka eegto oo aad si xun u seexato. Tallaabadee ayaa ugu caawin badan?
item-saf-207-opt-a = Kordhi iftiinka shaashadda.
item-saf-207-opt-b = Rakib app kale oo baraha bulshada ah.
item-saf-207-opt-c = Deji jadwal hurdo oo aamusiya ogeysiisyada, taleefankana ku shub qolka jiifka dibaddiisa.

item-prb-207-prompt = Qoridda hawlaha dijitaalka ah ee aadan weli keligaa samayn karin waxay kaa caawisaa inaad doorato koorsada ama casharka saxda ah. Run mise been?

item-inf-208-prompt = PDF ka yimid degmada waa sawir la iskaan gareeyay oo keliya, markaa ma koobiyeyn kartid mana turjumi kartid erayadiisa. Maxaa caawiya?
item-inf-208-opt-a = Ku shaqee aqoonsiga qoraalka (OCR), kadibna turjun qoraalka.
item-inf-208-opt-b = Daabac oo mar kale iskaan garee.
item-inf-208-opt-c = Beddel magaca faylka.

item-dev-205-prompt = Marka kaydkaaga daruuraha (cloud) buuxo, tirtirka fayl taleefanka had iyo jeer wuxuu ka tirtiraa daruuraha sidoo kale, app kasta. Run mise been?

item-com-207-prompt = Toddobaad kasta iimaylo badan ayaa kaaga yimaada dugsiga ilmahaaga, wayna lumaan. Waa maxay xalka ugu fiican?
item-com-207-opt-a = Tirtir dhammaan iimaylada dugsiga adigoon akhrin.
item-com-207-opt-b = Samee xeer (filter) oo iimaylada cinwaanka dugsiga geliya gal la yiraahdo Dugsi.
item-com-207-opt-c = Bil kasta fur akoon iimayl cusub.

item-srv-207-prompt = Haddii dukaan online ahi aanu weligii keenin waxaad ku bixisay kaarka deynta, waxaad weydiisan kartaa shirkadda kaarka inay lacagta celiso. Run mise been?

item-com-208-prompt = Fasal online ah, qof walba wuu maqlaa buuqa qolkaaga xitaa marka makarafoonkaagu aamusan yahay. Run mise been?

item-saf-208-prompt = Haddii qof uu si joogto ah online kuugu soo diro fariimo hanjabaad ah, waad xannibi kartaa oo waxaad kaydin kartaa sawirrada shaashadda caddayn ahaan. Run mise been?

item-cre-206-prompt = Bandhigaaga waxaad ku isticmaashaa shax ka timid warbixin dowladeed. Maxaad ku daraysaa?
item-cre-206-opt-a = Waxba, maxaa yeelay shaqada dowladdu waa bilaash.
item-cre-206-opt-b = Magacaaga hoosta shaxda.
item-cre-206-opt-c = Isha: cinwaanka warbixinta, waaxda iyo sannadka.
