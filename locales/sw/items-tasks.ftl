# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (Kiswahili, machine-drafted)

item-dev-301-prompt = Washa simu.

item-dev-302-prompt = Chomeka chaja kwenye simu.

item-dev-303-prompt = Ongeza sauti.

item-com-301-prompt = Simu inalia. Pokea simu.

item-com-302-prompt = Kata simu.

item-cre-301-prompt = Piga picha ya meza.

item-dev-304-prompt = Fungua picha na unionyeshe picha ya mwisho.

item-com-303-prompt = Cheza ujumbe wa sauti aliotuma rafiki yako.

item-dev-305-prompt = Fungua simu kwa PIN yake.

item-dev-306-prompt = Fungua programu ya saa kutoka skrini kuu.

item-com-304-prompt = Mpigie Amal kutoka orodha yako ya anwani.

item-dev-307-prompt = Uko ndani ya programu. Rudi kwenye skrini kuu.

item-com-305-prompt = Rekodi ujumbe mfupi wa sauti na umtumie Amal.

item-dev-308-prompt = Weka simu kimya.

item-com-306-prompt = Mpigie Amal simu ya video.

item-com-307-prompt = Mtumie Amal picha ya mwisho kwenye gumzo.

item-dev-309-prompt = Unganisha kwenye Wi-Fi iitwayo Library. Nenosiri liko kwenye kadi.

item-inf-301-prompt = Fungua kiungo alichokutumia Amal kwenye gumzo.

item-inf-302-prompt = Tafuta maktaba ya umma kwenye ramani na uanze maelekezo ya kutembea.

item-srv-301-prompt = Jaza jina lako na namba ya simu kwenye fomu kisha bonyeza Submit.

item-com-308-prompt = Mwandikie mwalimu barua pepe, ambatisha picha ya fomu, kisha utume.

item-srv-302-prompt = Fungua akaunti kwenye tovuti ya mazoezi. Tumia msimbo uliotumwa kwa ujumbe mfupi kumaliza.

item-com-309-prompt = Jiunge na darasa la video la mazoezi kwa kiungo, kisha zima na uwashe maikrofoni yako.

item-saf-301-prompt = Badilisha mipangilio ili marafiki zako tu waone machapisho yako.

item-srv-303-prompt = Piga picha ya kitambulisho cha mazoezi na uipakie kwenye fomu.

item-srv-304-prompt = Washa uthibitishaji wa hatua mbili kwa akaunti ya barua pepe ya mazoezi.

item-com-310-prompt = Shiriki faili la mazoezi na Amal ili aweze kuliona lakini asilibadilishe.

item-cre-302-prompt = Kwenye hati, tengeneza jedwali lenye safu wima tatu: tarehe, mahali, saa.

item-cre-303-prompt = Hifadhi hati ya mazoezi kama faili la PDF.

item-prb-301-prompt = Simu haiunganishi kwenye Wi-Fi iliyohifadhiwa. Sahau mtandao kisha uunganishe tena.

item-cre-304-prompt = Kwenye lahajedwali ya mazoezi, jumlisha safu wima ya bei kwa fomula.

item-com-311-prompt = Weka jibu la kiotomatiki la kutokuwepo ofisini kwa wiki ijayo kwenye barua pepe ya mazoezi.

item-cre-305-prompt = Kwenye lahajedwali ya bajeti ya mazoezi, andika fomula moja inayozidisha kila kiasi kwa kiwango cha kodi kwenye seli E1, na uinakili chini ya safu wima.

item-saf-302-prompt = Sakinisha kidhibiti cha manenosiri cha mazoezi, hifadhi kuingia kupya ndani yake, na ukiruhusu kitengeneze nenosiri imara.

item-cre-306-prompt = Tengeneza barua kwa wateja 20 kutoka kiolezo kimoja na orodha ya mazoezi ya majina na anwani (mail merge).

item-com-312-prompt = Unda kalenda ya pamoja ya timu. Wape wenzako wawili haki ya kuongeza matukio na mmoja haki ya kuangalia tu.

item-cre-307-prompt = Fanya ripoti ya mazoezi ifikike: tumia mitindo ya vichwa, ongeza maandishi mbadala kwa picha, na urekebishe anachopata kikagua ufikivu.

item-inf-303-prompt = Rejesha toleo la jana la hati ya mazoezi kutoka historia ya matoleo.

item-cre-308-prompt = Kutoka orodha ya mauzo ya mazoezi, tengeneza jedwali egemeo linaloonyesha jumla ya kila mwezi.

item-dev-310-prompt = Kwenye ukurasa wa ruta ya mazoezi, washa mtandao wa Wi-Fi wa wageni wenye nenosiri lake.

item-saf-303-prompt = Kabla ya kushiriki picha ya mazoezi, angalia kama ina data ya mahali na uiondoe.

item-inf-304-prompt = Tafuta picha ya habari ya mazoezi ilitokea wapi kwanza, kwa kutumia utafutaji wa picha wa kinyume.

item-prb-302-prompt = Omba kazi ya tangazo la mazoezi: rekebisha wasifu wako kulingana na maneno muhimu, upakie kama PDF, na uwasilishe.

item-prb-303-prompt = Tumia msaidizi wa AI wa mazoezi kuandaa barua fupi kwa mwenye nyumba, kisha ukague na urekebishe kila ukweli ndani yake.

item-dev-311-prompt = Kuza maandishi ya simu kwenye mipangilio.

item-dev-312-prompt = Tafuta faili la mazoezi ulilopakua sasa hivi na ulifungue.

item-dev-313-prompt = Nakili anwani kutoka ujumbe na uibandike kwenye utafutaji wa ramani.

item-saf-304-prompt = Weka kufuli ya skrini yenye PIN kwenye simu ya mazoezi.

item-prb-304-prompt = Programu ya mazoezi imekwama. Ifunge kabisa na uifungue tena.

item-inf-305-prompt = Fungua ukurasa wa wavuti wa mazoezi kwa Kiingereza na uache kivinjari kiutafsiri kwa lugha yako.

item-srv-305-prompt = Kwenye programu ya benki ya mazoezi, tuma $20 kwa e-Transfer kwenye barua pepe ya Amal.

item-prb-305-prompt = Tafuta video fupi kwa lugha yako inayoonyesha jinsi ya kuambatisha faili kwenye barua pepe.

item-prb-306-prompt = Kwenye tovuti ya kazi ya mazoezi, unda arifa ya kazi za upishi katika jiji lako.

item-srv-306-prompt = Kwenye tovuti ya afya ya mazoezi, weka miadi ya kwanza iliyo wazi wiki ijayo na uiongeze kwenye kalenda ya simu.

item-saf-305-prompt = Endesha ukaguzi wa faragha wa akaunti ya mazoezi na uzime ubinafsishaji wa matangazo na historia ya mahali.

item-saf-306-prompt = Kwenye kisanduku cha barua cha mazoezi, tafuta barua pepe ya ulaghai, iripoti kama phishing, na umzuie mtumaji.

item-saf-307-prompt = Kwenye kompyuta kibao ya mazoezi, weka kikomo cha kila siku cha saa moja cha muda wa skrini kwa michezo.

item-inf-306-prompt = Kati ya tovuti tatu za mazoezi, tafuta tovuti rasmi ya serikali na uonyeshe ulijuaje.

item-com-313-prompt = Kwenye mkutano wa video wa mazoezi, shiriki skrini yako na uonyeshe hati ya mazoezi.

item-com-314-prompt = Badilisha wasifu wa akaunti ya mazoezi ili uonyeshe jina lako la kwanza na picha inayofaa, na ufiche namba yako ya simu.

item-dev-314-prompt = Telezesha juu kwenye skrini ili kufungua simu.

item-dev-315-prompt = Punguza sauti.

item-dev-316-prompt = Fungua kamera kutoka skrini kuu.

item-com-315-prompt = Piga namba ya simu iliyoandikwa kwenye kadi hii.

item-cre-309-prompt = Rekodi video fupi ya dirisha.

item-dev-317-prompt = Zima simu.

item-dev-318-prompt = Funga programu uliyomo.

item-com-316-prompt = Mtumie Amal ujumbe Habari.

item-dev-319-prompt = Andika jina lako la kwanza kwenye kisanduku cha ujumbe.

item-cre-310-prompt = Futa picha ya mwisho uliyopiga.

item-com-317-prompt = Amal anakupigia simu ya video. Pokea na uwashe kamera yako.

item-dev-320-prompt = Zima data ya simu, kisha uiwashe tena.

item-inf-307-prompt = Kwa utafutaji wa hali ya juu, tafuta faili za PDF pekee kuhusu haki za wapangaji kwenye tovuti ya jimbo.

item-prb-307-prompt = Hifadhi nakala ya simu ya mazoezi kwenye wingu na uhakikishe imekamilika.

item-com-318-prompt = Unda folda ya timu ambapo wanachama wanaweza kupakia faili lakini wewe pekee ndiye unaweza kuzifuta.

item-saf-308-prompt = Kagua shughuli za kuingia za akaunti ya mazoezi na uondoe kila kifaa usichokijua.

item-srv-307-prompt = Hifadhi misimbo ya urejeshaji ya akaunti ya mazoezi mahali salama pasipo kwenye simu.

item-prb-308-prompt = Fanya tathmini binafsi ya kozi ya mazoezi mtandaoni na uchague moduli inayofuata kutokana na matokeo.

item-cre-311-prompt = Hariri video ya mazoezi: kata sekunde za mwanzo, ongeza manukuu, na uihifadhi.

item-prb-309-prompt = Panga mahojiano ya kazi ya mazoezi kama mkutano wa video, tuma mwaliko wenye kiungo, na uweke kikumbusho.

item-inf-308-prompt = Linganisha ukurasa wa mazoezi na tafsiri yake ya mashine na uonyeshe sehemu mbili ambapo maana ilibadilika.

item-dev-321-prompt = Andaa simu ya mazoezi kwa mwanafunzi mwenye uoni hafifu: maandishi makubwa, kikuzaji, na kuandika kwa sauti.

item-com-319-prompt = Kwenye kisanduku cha barua cha mazoezi, tumia utafutaji kupata kila barua pepe ya shule yenye kiambatisho.

item-saf-309-prompt = Kwenye Wi-Fi ya umma, washa VPN ya mazoezi na uhakikishe imeunganishwa.

task-cat-not-solved = Haikufanikiwa
task-cat-after-hint = Ilifanikiwa baada ya kidokezo
task-cat-alone = Ilifanikiwa bila msaada
