# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (Soomaali, machine-drafted)

item-dev-301-prompt = Shid taleefanka.

item-dev-302-prompt = Shaanka ku xir taleefanka.

item-dev-303-prompt = Kordhi codka.

item-com-301-prompt = Taleefanku wuu dhacayaa. Ka jawaab wicitaanka.

item-com-302-prompt = Dhammee wicitaanka.

item-cre-301-prompt = Sawir miiska.

item-dev-304-prompt = Fur sawirada oo i tus sawirkii ugu dambeeyay.

item-com-303-prompt = Daar fariinta codka ah ee saaxiibkaa soo diray.

item-dev-305-prompt = Ku fur taleefanka koodhka PIN-ka.

item-dev-306-prompt = Ka fur app-ka saacadda shaashadda weyn.

item-com-304-prompt = Ka wac xiriirka la yiraahdo Amal liiska xiriirada.

item-dev-307-prompt = Waxaad ku jirtaa app. Ku noqo shaashadda weyn.

item-com-305-prompt = Duub fariin cod ah oo gaaban oo u dir Amal.

item-dev-308-prompt = Taleefanka dhig aamus.

item-com-306-prompt = Amal u dir wicitaan fiidiyow ah.

item-com-307-prompt = U dir sawirkii ugu dambeeyay Amal wada-sheekeysi ahaan.

item-dev-309-prompt = Ku xir shabakadda Wi-Fi ee la yiraahdo Library. Furaha sirta ah wuxuu ku qoran yahay kaarka.

item-inf-301-prompt = Fur xiriiriyaha Amal kuugu soo dirtay wada-sheekeysiga.

item-inf-302-prompt = Ka hel maktabadda dadweynaha khariidadda oo bilow tilmaamaha socodka.

item-srv-301-prompt = Foomka ku qor magacaaga iyo lambarka taleefankaaga oo riix Submit.

item-com-308-prompt = Iimayl u qor macallinka, ku lifaaq sawirka foomka, oo dir.

item-srv-302-prompt = Akoon ka samee goobta tababarka. Isticmaal koodhka fariinta qoraalka ah ku yimid si aad u dhammeyso.

item-com-309-prompt = Ku biir fasalka fiidiyowga tababarka adigoo isticmaalaya xiriiriyaha, kadib aamusi oo dib u shid makarafoonka.

item-saf-301-prompt = Beddel dejinta si saaxiibbadaa oo keliya ay u arkaan qoraalladaada.

item-srv-303-prompt = Sawir kaarka aqoonsiga tababarka oo ku soo rar foomka.

item-srv-304-prompt = Shid xaqiijinta laba-tallaabo ee akoonka iimaylka tababarka.

item-com-310-prompt = La wadaag faylka tababarka Amal si ay u arki karto laakiin aysan u beddeli karin.

item-cre-302-prompt = Dukumentiga ku samee shax saddex tiir leh: taariikh, goob, waqti.

item-cre-303-prompt = Dukumentiga tababarka u kaydi fayl PDF ah.

item-prb-301-prompt = Taleefanku kuma xirmayo Wi-Fi-ga la kaydiyay. Illow shabakadda oo mar kale ku xir.

item-cre-304-prompt = Xaashida xisaabta tababarka, isku dar tiirka qiimaha adigoo isticmaalaya qaacido.

item-com-311-prompt = Iimaylka tababarka ku deji jawaab toos ah oo maqnaansho ah toddobaadka soo socda.

item-cre-305-prompt = Xaashida miisaaniyadda tababarka, qor hal qaacido oo lacag kasta ku dhufata heerka canshuurta ee unugga E1, oo hoos ugu koobiyee tiirka.

item-saf-302-prompt = Rakib maamulaha furaha sirta ah ee tababarka, ku kaydi gelitaan cusub, una oggolow inuu sameeyo furo sir ah oo adag.

item-cre-306-prompt = Ka samee warqad 20 macmiil hal qaab iyo liiska tababarka ee magacyada iyo cinwaannada (mail merge).

item-com-312-prompt = Samee kalandar koox oo la wadaago. Laba shaqaale sii xaqa ku darista dhacdooyinka, midna kaliya xaqa daawashada.

item-cre-307-prompt = Warbixinta tababarka ka dhig mid la heli karo: isticmaal qaababka cinwaanka, ku dar qoraal beddel ah sawirka, oo sax waxa hubiyaha helitaanku helo.

item-inf-303-prompt = Ka soo celi nuqulkii shalay ee dukumentiga tababarka taariikhda noocyada.

item-cre-308-prompt = Liiska iibka tababarka ka samee shax pivot ah oo muujinaysa wadarta bil kasta.

item-dev-310-prompt = Bogga router-ka tababarka, shid shabakad Wi-Fi martida oo leh furo sir ah oo u gaar ah.

item-saf-303-prompt = Ka hor intaadan wadaagin sawirka tababarka, hubi inuu leeyahay xog goob oo ka saar.

item-inf-304-prompt = Raadinta sawirka gadaal ka raac (reverse image search) ku hel halka sawirka warka tababarka markii ugu horraysay ka soo muuqday.

item-prb-302-prompt = Codso shaqada tababarka: ku habee CV-gaaga ereyada muhiimka ah, u soo rar PDF ahaan, oo gudbi.

item-prb-303-prompt = Isticmaal kaaliyaha AI ee tababarka si aad u qorto warqad gaaban oo loogu talagalay milkiilaha guriga, kadib hubi oo sax xaqiiqo kasta.

item-dev-311-prompt = Dejinta ka weynee qoraalka taleefanka.

item-dev-312-prompt = Hel faylka tababarka ee aad hadda soo dejisay oo fur.

item-dev-313-prompt = Ka koobiyee cinwaanka fariinta oo ku dheji raadinta khariidadda.

item-saf-304-prompt = Taleefanka tababarka ku deji quful shaashad oo leh PIN.

item-prb-304-prompt = App-ka tababarku wuu istaagay. Gebi ahaanba xir oo mar kale fur.

item-inf-305-prompt = Fur bogga internetka ee tababarka ee Ingiriisiga ah oo ka dhig in browser-ku u turjumo luqaddaada.

item-srv-305-prompt = App-ka bangiga tababarka, u dir $20 e-Transfer cinwaanka iimaylka Amal.

item-prb-305-prompt = Hel muuqaal gaaban oo luqaddaada ah oo muujinaya sida fayl loogu lifaaqo iimayl.

item-prb-306-prompt = Goobta shaqada tababarka, u samee digniin shaqooyinka karinta ee magaaladaada.

item-srv-306-prompt = Bogga caafimaadka tababarka, qabso ballanta ugu horreysa ee bannaan toddobaadka soo socda oo ku dar kalandarka taleefanka.

item-saf-305-prompt = Samee hubinta sirta akoonka tababarka oo dami shakhsiyeynta xayeysiinta iyo taariikhda goobta.

item-saf-306-prompt = Sanduuqa iimaylka tababarka ka hel iimaylka khiyaanada, u sheeg inuu yahay phishing, oo xannib diraha.

item-saf-307-prompt = Tablet-ka tababarka, ciyaaraha u deji xadka waqtiga shaashadda maalintii oo ah hal saac.

item-inf-306-prompt = Saddexda goobood ee tababarka, ka hel midda rasmiga ah ee dowladda oo muuji sida aad ku ogaatay.

item-com-313-prompt = Shirka fiidiyowga tababarka, wadaag shaashaddaada oo muuji dukumentiga tababarka.

item-com-314-prompt = Beddel astaanta akoonka tababarka si uu u muujiyo magacaaga koowaad iyo sawir ku habboon, una qariyo lambarka taleefankaaga.

item-dev-314-prompt = Shaashadda kor u mari farta si aad u furto taleefanka.

item-dev-315-prompt = Yaree codka.

item-dev-316-prompt = Ka fur kamaradda shaashadda weyn.

item-com-315-prompt = Wac lambarka taleefanka ee ku qoran kaarkan.

item-cre-309-prompt = Daaqadda ka duub muuqaal gaaban.

item-dev-317-prompt = Dami taleefanka.

item-dev-318-prompt = Xir app-ka aad ku jirto.

item-com-316-prompt = U dir Amal fariinta Salaan.

item-dev-319-prompt = Ku qor magacaaga koowaad sanduuqa fariinta.

item-cre-310-prompt = Tirtir sawirkii ugu dambeeyay ee aad qaaday.

item-com-317-prompt = Amal ayaa kuu soo wacaysa fiidiyow. Ka jawaab oo shid kamaraddaada.

item-dev-320-prompt = Dami xogta mobilka, kadibna mar kale shid.

item-inf-307-prompt = Adigoo isticmaalaya raadinta horumarsan, ka hel oo keliya faylasha PDF ee ku saabsan xuquuqda kiraystayaasha goobta gobolka.

item-prb-307-prompt = Kaydi taleefanka tababarka daruuraha oo hubi in kaydintu dhammaatay.

item-com-318-prompt = Samee gal koox oo xubnuhu ku soo rari karaan faylal laakiin adiga oo keliya tirtiri kara.

item-saf-308-prompt = Hubi dhaqdhaqaaqa gelitaanka akoonka tababarka oo ka saar qalab kasta oo aadan aqoon.

item-srv-307-prompt = Ku kaydi koodhadhka soo celinta akoonka tababarka meel ammaan ah oo aan taleefanka ku jirin.

item-prb-308-prompt = Samee is-qiimaynta koorsada online ee tababarka oo natiijada ku dooro qaybta xigta.

item-cre-311-prompt = Wax ka beddel muuqaalka tababarka: jar ilbiriqsiyada hore, ku dar qoraal-hoosaad, oo kaydi.

item-prb-309-prompt = Jadwalee wareysiga shaqada tababarka oo ah shir fiidiyow, dir casuumaadda iyo xiriiriyaha, oo deji xasuusin.

item-inf-308-prompt = Isbarbar dhig bogga tababarka iyo turjumaaddiisa mashiinka oo tilmaan laba meelood oo macnuhu isbeddelay.

item-dev-321-prompt = U diyaari taleefanka tababarka arday araggiisu liito: qoraal weyn, weyneeye, iyo qoraal cod ah.

item-com-319-prompt = Sanduuqa iimaylka tababarka, raadinta ku hel iimayl kasta oo dugsiga ka yimid oo wata lifaaq.

item-saf-309-prompt = Wi-Fi dadweyne, shid VPN-ka tababarka oo hubi inuu ku xiran yahay.

task-cat-not-solved = Lama xallin
task-cat-after-hint = Waa la xalliyay tilmaan kadib
task-cat-alone = Keligiis ayuu xalliyay
