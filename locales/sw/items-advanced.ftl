# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (Kiswahili, machine-drafted)

item-inf-201-prompt = Unataka kurasa kuhusu kibali cha kazi kutoka tovuti ya canada.ca pekee. Unaandika nini kwenye kisanduku cha utafutaji?
item-inf-201-opt-a = site:canada.ca work permit
item-inf-201-opt-b = canada work permit rasmi
item-inf-201-opt-c = work permit canada.ca?

item-inf-202-prompt = Chapisho linashiriki utafiti wa afya. Ni ishara ipi bora kwamba matokeo yanaaminika?
item-inf-202-opt-a = Chapisho lina maelfu ya kupendwa.
item-inf-202-opt-b = Utafiti uko kwenye jarida lililokaguliwa na wataalamu, na tafiti nyingine zinapata vivyo hivyo.
item-inf-202-opt-c = Tovuti inaonekana ya kisasa na ya kitaalamu.

item-inf-203-prompt = Katika folda inayoshirikiwa na timu, kuweka tarehe au namba ya toleo kwenye majina ya faili kunasaidia kila mtu kupata faili la karibuni. Kweli au si kweli?

item-com-201-prompt = Watu watano wanahariri hati moja mtandaoni. Utajuaje nani alibadilisha aya jana?
item-com-201-opt-a = Kuchapisha hati na kulinganisha.
item-com-201-opt-b = Kumtumia kila mtu barua pepe na kuuliza.
item-com-201-opt-c = Kufungua historia ya matoleo.

item-com-202-prompt = Unapofuta chapisho, nakala zote ambazo watu wengine walihifadhi au kushiriki zinafutwa pia. Kweli au si kweli?

item-srv-201-prompt = Unataka kulipa bili kwenye benki yako mtandaoni. Nini kinaonyesha vizuri zaidi kwamba uko kwenye tovuti halisi ya benki?
item-srv-201-opt-a = Uliandika anwani ya benki mwenyewe, na upau wa anwani unaonyesha kikoa cha benki yenyewe.
item-srv-201-opt-b = Ukurasa una nembo na rangi za benki.
item-srv-201-opt-c = Dirisha linalojitokeza linasema tovuti imethibitishwa.

item-srv-202-prompt = Passkey au ufunguo halisi wa usalama unalinda akaunti dhidi ya kurasa bandia za kuingia vizuri kuliko msimbo unaotumwa kwa ujumbe mfupi. Kweli au si kweli?

item-saf-201-prompt = Unachapisha picha uliyopiga nyumbani. Ni taarifa gani iliyofichwa kwenye faili ya picha inaweza kuonyesha unakoishi?
item-saf-201-opt-a = Wasifu wa rangi.
item-saf-201-opt-b = Data ya mahali (GPS) iliyohifadhiwa pamoja na picha.
item-saf-201-opt-c = Ukubwa wa faili.

item-saf-202-prompt = Ikiwa maandishi ya kiungo yanaonyesha anwani ya benki yako, kiungo hicho hufungua benki yako kila mara. Kweli au si kweli?

item-cre-201-prompt = Unapata picha mtandaoni yenye leseni CC BY-NC. Unataka kuitumia kwenye kipeperushi unachogawa bure. Lazima ufanye nini?
item-cre-201-opt-a = Hakuna: kila kitu mtandaoni ni bure.
item-cre-201-opt-b = Kumlipa mpiga picha kabla ya kuitumia.
item-cre-201-opt-c = Kutaja jina la mpiga picha; unaweza kuitumia kwa sababu kipeperushi hakiuzwi.

item-cre-202-prompt = Kwenye lahajedwali, unaponakili fomula =B2*$E$1 kwenda chini kwenye safu wima, seli $E$1 inabaki ileile kwenye kila safu. Kweli au si kweli?

item-prb-201-prompt = Gumzo la AI linakupa vyanzo vitatu kwa ripoti unayoandika. Unafanya nini kabla ya kuvitumia?
item-prb-201-opt-a = Kufungua kila chanzo na kuhakikisha kipo na kinasema kile AI inadai.
item-prb-201-opt-b = Kuvinakili: zana za AI hazibuni vyanzo.
item-prb-201-opt-c = Kuiuliza AI kama ina uhakika, na kuvitumia ikisema ndiyo.

item-prb-202-prompt = Kila cheti cha kozi ya bure mtandaoni kinakubaliwa na waajiri wa Kanada kama sifa ya kitaaluma. Kweli au si kweli?

item-prb-203-prompt = Kampuni uliyoomba kazi inakutumia hundi ya zaidi ya mshahara wako wa kwanza na kukuomba urudishe tofauti kwa e-Transfer. Hii ni nini?
item-prb-203-opt-a = Njia ya kawaida ya kuanza kazi mpya.
item-prb-203-opt-b = Utapeli wa hundi bandia.
item-prb-203-opt-c = Msaada wa serikali.

item-saf-203-prompt = Udhibiti wa wazazi unaweza kupunguza programu anazosakinisha mtoto, lakini bado ni lazima kuzungumza na mtoto kuhusu anachofanya mtandaoni. Kweli au si kweli?

item-saf-204-prompt = Mtu anachapisha mtandaoni picha za faragha za rafiki yako bila ridhaa yake. Ushauri bora kwa rafiki yako ni upi?
item-saf-204-opt-a = Kumjibu mtu huyo kwa vitisho.
item-saf-204-opt-b = Kufuta akaunti zake na kunyamaza.
item-saf-204-opt-c = Kuhifadhi ushahidi, kuripoti machapisho kwa jukwaa, na kuwasiliana na polisi au huduma ya msaada.

item-cre-203-prompt = Ukibadilisha maneno machache ya makala kutoka tovuti, unaweza kuichapisha kama kazi yako bila kutaja chanzo. Kweli au si kweli?

item-cre-204-prompt = Unaandika ripoti ndefu. Nini kinafanya iwe rahisi zaidi kusomwa na kisoma-skrini na kutengeneza jedwali la yaliyomo?
item-cre-204-opt-a = Kutumia mitindo ya vichwa iliyojengwa ndani (Heading 1, Heading 2).
item-cre-204-opt-b = Kufanya vichwa kuwa vizito na vikubwa kwa mkono.
item-cre-204-opt-c = Kuandika vichwa kwa herufi kubwa.

item-srv-203-prompt = Kwa kuweka pesa kiotomatiki (autodeposit) ya Interac e-Transfer, mtumaji bado lazima akupe swali la usalama kabla pesa haijafika. Kweli au si kweli?

item-srv-204-prompt = Unataka kuona stakabadhi zako za kodi kwenye CRA My Account, lakini huna akaunti ya benki Kanada. Unawezaje kuingia hata hivyo?
item-srv-204-opt-a = Kwa kumpigia simu rafiki mwenye akaunti ya benki tu.
item-srv-204-opt-b = Kwa kitambulisho na nenosiri la GCKey.
item-srv-204-opt-c = Huwezi kuingia bila benki ya Kanada.

item-dev-201-prompt = Nakala rudufu iliyohifadhiwa kwenye simu ileile tu hailindi picha zako simu ikipotea au ikiharibika. Kweli au si kweli?

item-dev-202-prompt = Mwanafunzi asiyeona anataka simu isome skrini kwa sauti. Unawasha mpangilio upi?
item-dev-202-opt-a = Hali ya giza.
item-dev-202-opt-b = Hali ya ndege.
item-dev-202-opt-c = Kisoma-skrini (TalkBack au VoiceOver).

item-dev-203-prompt = Ruta ya Wi-Fi ya nyumbani iko salama kwa nenosiri la kiwandani lililochapishwa kwenye lebo yake, kwa hivyo hakuna haja kamwe ya kubadilisha nenosiri la msimamizi wa ruta. Kweli au si kweli?

item-dev-204-prompt = Kwenye kompyuta, vitufe gani vinatengua badiliko lako la mwisho?
item-dev-204-opt-a = Ctrl + Z (kwenye Mac: Command + Z)
item-dev-204-opt-b = Ctrl + P (kwenye Mac: Command + P)
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = Unapotafsiri barua rasmi kwa programu, unapaswa kulinganisha majina, tarehe na kiasi na asili, kwa sababu programu inaweza kubadilisha maana yake. Kweli au si kweli?

item-inf-205-prompt = Video inaonyesha mwanasiasa akisema jambo la kushtua. Nini kinakusaidia zaidi kujua kama ni deepfake?
item-inf-205-opt-a = Video ina ubora wa juu.
item-inf-205-opt-b = Watu wengi wameishiriki leo.
item-inf-205-opt-c = Kuangalia kama vyanzo vya habari vinavyoaminika vinaripoti tukio hilo hilo, na kutafuta chanzo asili.

item-com-203-prompt = Unawatumia wazazi 40 barua pepe kuhusu safari ya shule. Hawajuani. Unaweka anwani zao wapi?
item-com-203-opt-a = Bcc
item-com-203-opt-b = To
item-com-203-opt-c = Cc

item-com-204-prompt = Wewe ni mwenyeji wa darasa la mtandaoni. Kuwasha chumba cha kusubiri kunamruhusu yeyote mwenye kiungo kuingia bila idhini yako. Kweli au si kweli?

item-prb-204-prompt = Kompyuta yako mpakato imekuwa polepole sana baada ya kusakinisha programu mpya, na madirisha ibukizi yanaendelea kutokea. Unafanya nini kwanza?
item-prb-204-opt-a = Kununua kumbukumbu zaidi kwa kompyuta.
item-prb-204-opt-b = Kuondoa programu mpya na kuchanganua kwa programu ya usalama.
item-prb-204-opt-c = Kubofya madirisha ili kuyafunga moja moja.

item-prb-205-prompt = Kabla ya kulipia kozi ya mtandaoni, kuhakikisha kama chuo kinatambuliwa katika jimbo lako kunaweza kukuokolea pesa na muda. Kweli au si kweli?

item-saf-205-prompt = Kutumia nenosiri lilelile imara kwa akaunti zako zote ni salama, mradi nenosiri ni refu. Kweli au si kweli?

item-saf-206-prompt = Barua pepe inakuomba uingie kwenye www.rnybank.ca. Benki yako ni www.mybank.ca. Nini kinaendelea?
item-saf-206-opt-a = Anwani ya kuiga: 'rn' imefanywa ionekane kama 'm'. Ni wizi wa mtandaoni (phishing).
item-saf-206-opt-b = Tawi jipya la benki yako.
item-saf-206-opt-c = Ufupisho wa kawaida wa jina la benki.

item-inf-206-prompt = Unahitaji kifungu halisi "first-time home buyer" kwenye matokeo. Unaandika nini?
item-inf-206-opt-a = first time home buyer
item-inf-206-opt-b = "first-time home buyer"
item-inf-206-opt-c = first-time OR home OR buyer

item-prb-206-prompt = Ni salama kubandika jina kamili la mteja, namba yake ya afya na maelezo ya matibabu kwenye gumzo la AI la umma la bure ili kupata muhtasari. Kweli au si kweli?

item-com-205-prompt = Mwajiri atatafuta jina lako mtandaoni kabla ya mahojiano. Maandalizi bora ni yapi?
item-com-205-opt-a = Kufuta akaunti zako zote za mtandaoni.
item-com-205-opt-b = Kubadilisha jina lako kwenye tovuti zote.
item-com-205-opt-c = Kutafuta jina lako mwenyewe, kukagua mipangilio ya faragha, na kuondoa au kuficha machapisho usiyotaka mwajiri ayaone.

item-srv-205-prompt = Muda wa fomu ya mtandaoni ukiisha, majibu uliyoandika yanaweza kupotea, kwa hivyo inasaidia kuandika majibu marefu kwanza kwenye hati tofauti. Kweli au si kweli?

item-cre-205-prompt = Kabla ya kuchapisha picha ya mteja kwenye tukio la jamii, unahitaji ruhusa yake, hata kama picha ni nzuri. Kweli au si kweli?

item-inf-207-prompt = Lazima uhifadhi faili za kazi kwa miaka saba na kuzipata haraka. Mfumo upi ni bora?
item-inf-207-opt-a = Folda kwa mwaka na mada, na majina ya faili yanayoanza na tarehe.
item-inf-207-opt-b = Faili zote kwenye eneo-kazi.
item-inf-207-opt-c = Kila faili limeitwa final, final2, final3.

item-srv-206-prompt = Katika ziara ya afya kwa mtandao, jukwaa la daktari ni salama, kwa hivyo haijalishi ukipokea simu mahali pa umma penye watu wengi. Kweli au si kweli?

item-com-206-prompt = Ulishiriki folda na mjitolea ambaye sasa ameondoka. Unafanya nini?
item-com-206-opt-a = Hakuna: viungo vya zamani vinaacha kufanya kazi vyenyewe.
item-com-206-opt-b = Kuondoa ufikiaji wa mjitolea kwenye mipangilio ya kushiriki folda.
item-com-206-opt-c = Kubadilisha jina la folda.

item-saf-207-prompt = Unagundua unaangalia simu usiku sana na unalala vibaya. Hatua ipi inasaidia zaidi?
item-saf-207-opt-a = Kuongeza mwangaza wa skrini.
item-saf-207-opt-b = Kusakinisha programu nyingine ya mitandao ya kijamii.
item-saf-207-opt-c = Kuweka ratiba ya kulala inayonyamazisha arifa, na kuchaji simu nje ya chumba cha kulala.

item-prb-207-prompt = Kuandika kazi za kidijitali ambazo bado huwezi kuzifanya peke yako kunakusaidia kuchagua kozi au mafunzo sahihi. Kweli au si kweli?

item-inf-208-prompt = PDF kutoka manispaa ni picha iliyochanganuliwa tu, kwa hivyo huwezi kunakili wala kutafsiri maneno yake. Nini kinasaidia?
item-inf-208-opt-a = Kuendesha utambuzi wa maandishi (OCR), kisha kutafsiri maandishi.
item-inf-208-opt-b = Kuichapisha na kuichanganua tena.
item-inf-208-opt-c = Kubadilisha jina la faili.

item-dev-205-prompt = Hifadhi yako ya wingu ikijaa, kufuta faili kwenye simu kila mara kunaifuta pia kwenye wingu, katika kila programu. Kweli au si kweli?

item-com-207-prompt = Kila wiki unapokea barua pepe nyingi kutoka shule ya mtoto wako na zinapotea. Suluhisho bora ni lipi?
item-com-207-opt-a = Kufuta barua pepe zote za shule bila kusoma.
item-com-207-opt-b = Kuunda sheria (kichujio) inayoweka barua pepe kutoka anwani ya shule kwenye folda ya Shule.
item-com-207-opt-c = Kufungua akaunti mpya ya barua pepe kila mwezi.

item-srv-207-prompt = Duka la mtandaoni lisipowahi kuleta ulicholipia kwa kadi ya mkopo, unaweza kuiomba kampuni ya kadi irudishe malipo. Kweli au si kweli?

item-com-208-prompt = Katika darasa la mtandaoni, kila mtu anasikia kelele za chumba chako hata maikrofoni yako ikiwa imezimwa. Kweli au si kweli?

item-saf-208-prompt = Mtu akiendelea kukutumia ujumbe wa vitisho mtandaoni, unaweza kumzuia na kuhifadhi picha za skrini kama ushahidi. Kweli au si kweli?

item-cre-206-prompt = Unatumia chati kutoka ripoti ya serikali kwenye wasilisho lako. Unaongeza nini?
item-cre-206-opt-a = Hakuna, kwa sababu kazi ya serikali ni bure.
item-cre-206-opt-b = Jina lako chini ya chati.
item-cre-206-opt-c = Chanzo: kichwa cha ripoti, idara na mwaka.
