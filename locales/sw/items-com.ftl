# Ujumbe wa maswali: COM (Kiswahili)

item-com-001-prompt = Simu yako inalia. Gusa mahali unapopokea simu.
item-com-001-region-decline = Kitufe chekundu cha duara chenye picha ya simu, chini upande wa kushoto
item-com-001-region-answer = Kitufe cha kijani cha duara chenye picha ya simu, chini upande wa kulia
item-com-001-region-message = Kiputo cha maneno juu ya kitufe chekundu
item-com-001-region-remind = Saa iliyo juu ya kitufe cha kijani

item-com-002-prompt = Kwenye WhatsApp, ni kitufe gani unachobonyeza na kushikilia ili kurekodi ujumbe wa sauti?
item-com-002-opt-a = Maikrofoni.
item-com-002-opt-b = Kamera.
item-com-002-opt-c = Pini ya karatasi.
item-com-002-opt-d = Uso unaotabasamu.

item-com-003-prompt = Panga picha kwa mpangilio sahihi ili kumtumia rafiki picha kwenye WhatsApp.
item-com-003-opt-a = Chagua picha.
item-com-003-opt-b = Fungua WhatsApp.
item-com-003-opt-c = Gusa mshale wa kijani wa Send (Tuma).
item-com-003-opt-d = Gusa jina la rafiki yako.
item-com-003-opt-e = Gusa pini ya karatasi.

item-com-004-prompt = Kwenye simu ya video, unaona kitufe cha kamera chenye mstari juu yake. Hii inamaanisha mtu mwingine bado anaweza kukuona. Kweli au si kweli?

item-com-005-prompt = Umepata barua pepe kutoka shule ya mtoto wako. Gusa kitufe cha kumjibu yule aliyeiandika peke yake.
item-com-005-region-reply = Kitufe cha Reply, chenye mshale mmoja uliopinda kuelekea kushoto
item-com-005-region-reply-all = Kitufe cha Reply all, chenye mishale miwili iliyopinda kuelekea kushoto
item-com-005-region-forward = Kitufe cha Forward, chenye mshale unaoelekea kulia
item-com-005-region-delete = Kitufe cha pipa la taka

item-com-006-prompt = Mwandikie mfanyakazi wako wa makazi barua pepe na uambatishe picha ya mkataba wako wa kupanga nyumba. Kisha gusa Send.
item-com-006-cat-0 = Hakuweza
item-com-006-cat-1 = Aliweza baada ya kidokezo
item-com-006-cat-2 = Aliweza peke yake

item-com-007-prompt = Unatuma barua pepe moja kwa wazazi kumi wa darasa la mtoto wako. Hawajuani. Uweke anwani zao wapi ili wasione anwani za wenzao?
item-com-007-opt-a = Kwenye sehemu ya To (Kwa).
item-com-007-opt-b = Kwenye sehemu ya Cc.
item-com-007-opt-c = Kwenye sehemu ya Bcc.
item-com-007-opt-d = Kwenye sehemu ya Subject (Kichwa).

item-com-008-prompt = Barua pepe zilizo kwenye folda ya Spam ni hatari kila wakati, kwa hiyo usiiangalie kamwe. Kweli au si kweli?

item-com-009-prompt = Uko kwenye darasa la mtandaoni. Gusa kitufe kinachozima maikrofoni yako.
item-com-009-region-mic = Kitufe cha maikrofoni, chini upande wa kushoto
item-com-009-region-camera = Kitufe cha kamera ya video
item-com-009-region-chat = Kitufe cha kiputo cha maneno
item-com-009-region-hand = Kitufe cha mkono ulioinuliwa
item-com-009-region-leave = Kitufe chekundu, chini upande wa kulia

item-com-010-prompt = Panga hatua kwa mpangilio sahihi ili kujiunga na darasa lako la Kiingereza la mtandaoni kutoka barua pepe ya mwalimu wako.
item-com-010-opt-a = Andika jina lako.
item-com-010-opt-b = Gusa kiungo cha mkutano.
item-com-010-opt-c = Gusa Join.
item-com-010-opt-d = Fungua barua pepe kutoka kwa mwalimu wako.

item-com-011-prompt = Kwenye darasa la mtandaoni, inua mkono wako. Mwalimu akitaja jina lako, washa maikrofoni yako na kamera yako.
item-com-011-cat-0 = Hakuweza
item-com-011-cat-1 = Aliweza baada ya kidokezo
item-com-011-cat-2 = Aliweza peke yake

item-com-012-prompt = Daktari wako amekutumia kiungo cha miadi ya video saa 10:00. Ni nini bora kufanya?
item-com-012-opt-a = Subiri daktari akupigie kwenye namba yako ya simu.
item-com-012-opt-b = Fungua kiungo saa 10:15, ukiwa ndani ya basi.
item-com-012-opt-c = Zima Wi-Fi ili kuokoa data, kisha fungua kiungo.
item-com-012-opt-d = Dakika chache kabla ya saa 10:00, nenda mahali patulivu na pa faragha, na ujaribu kiungo, kamera na sauti.

item-com-013-prompt = Unataka kumshirikisha mwalimu wako faili iliyo kwenye Google Drive. Unagusa kitufe gani?
item-com-013-opt-a = Mtu mwenye alama ya kujumlisha, na neno Share.
item-com-013-opt-b = Pipa la taka, na neno Remove.
item-com-013-opt-c = Nyota, na maneno Add to Starred.
item-com-013-opt-d = Printa, na neno Print.

item-com-014-prompt = Unashiriki kiungo cha hati yako. Kiungo kimewekwa kuwa Anyone with the link can edit (yeyote mwenye kiungo anaweza kuhariri). Nini kinaweza kutokea?
item-com-014-opt-a = Watu walio kwenye orodha yako ya mawasiliano tu ndio wanaweza kuifungua.
item-com-014-opt-b = Wewe peke yako ndiye unayeweza kubadilisha hati.
item-com-014-opt-c = Watu wanaweza kuisoma, lakini hakuna anayeweza kuibadilisha.
item-com-014-opt-d = Yeyote anayepata kiungo anaweza kubadilisha au kufuta maandishi yako.

item-com-015-prompt = Mshirikishe mshauri wako wa kazi, counsellor@example.org, faili Resume.docx ili aweze kuongeza maoni lakini asiweze kubadilisha maandishi yako.
item-com-015-cat-0 = Hakuweza
item-com-015-cat-1 = Aliweza baada ya kidokezo
item-com-015-cat-2 = Aliweza peke yake

item-com-016-prompt = Wewe na wanafunzi wenzako wawili mnaandika hati ya pamoja. Leo asubuhi, mtu amefuta sehemu yako kwa bahati mbaya. Ni njia gani bora ya kuirudisha?
item-com-016-opt-a = Fungua historia ya matoleo na urejeshe sehemu yako kutoka toleo la awali.
item-com-016-opt-b = Andika sehemu yako tena kwa kukumbuka.
item-com-016-opt-c = Bonyeza Undo kwenye kompyuta yako mwenyewe.
item-com-016-opt-d = Waombe wanafunzi wenzako mtengeneze hati mpya na kuanza upya.

item-com-017-prompt = Unasimamia folda ya pamoja ya kikundi cha kujitolea cha jamii. Folda ina fomu za kujiandikisha zenye namba za simu za watu. Mjitolea mmoja ameondoka kwenye kikundi. Ufanye nini?
item-com-017-opt-a = Mwombe mjitolea aahidi kutofungua folda tena.
item-com-017-opt-b = Acha ruhusa yake, iwapo mjitolea atarudi.
item-com-017-opt-c = Badilisha jina la folda ili mjitolea asiweze kuipata.
item-com-017-opt-d = Ondoa ruhusa ya mjitolea huyo, na uhakikishe kwamba folda haijashirikiwa kwa Anyone with the link.

item-com-018-prompt = Kuandika ujumbe mzima kwa HERUFI KUBWA kunaweza kuonekana kama unapiga kelele. Kweli au si kweli?

item-com-019-prompt = Unaomba kazi. Ni anwani gani ya barua pepe iliyo bora kutumia?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = Unatafuta kazi. Waajiri wanaweza kutafuta jina lako mtandaoni. Ni jambo gani bora kufanya?
item-com-020-opt-a = Tafuta jina lako mwenyewe, fanya akaunti zako binafsi ziwe za faragha, na uweke wasifu wa kikazi uliosasishwa.
item-com-020-opt-b = Futa akaunti zako zote na ukae mbali na intaneti hadi upate kazi.
item-com-020-opt-c = Tumia jina tofauti kwenye maombi yako ya kazi ili waajiri wasiweze kukupata mtandaoni.
item-com-020-opt-d = Usifanye kitu. Nchini Kanada, waajiri hawaruhusiwi kuangalia chochote mtandaoni.

item-com-021-prompt = Unasimamia ukurasa wa mitandao ya kijamii wa shirika linalohudumia wageni wapya. Mteja anaandika maoni ya wazi yenye jina lake kamili, namba ya faili lake na malalamiko kuhusu ombi lake lililokataliwa. Jibu lipi ni bora?
item-com-021-opt-a = Jibu hadharani ukitaja maelezo ya faili lake, ili kuonyesha kwamba unasaidia.
item-com-021-opt-b = Ficha maoni kama sera yenu inavyoruhusu, na ujibu kwa ufupi kwamba utawasiliana naye kwa faragha kupitia njia salama.
item-com-021-opt-c = Futa maoni na umzuie, ili malalamiko yasienee.
item-com-021-opt-d = Acha maoni na usijibu, kwa sababu yeye ndiye aliyechagua kuyaandika.
