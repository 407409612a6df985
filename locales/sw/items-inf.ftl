# Ujumbe wa maswali: INF (Kiswahili)

item-inf-001-prompt = Unataka kupata anwani kwenye ramani. Gusa mahali unapoandika anwani.
item-inf-001-region-search = Upau mrefu mweupe ulio juu, wenye kioo cha kukuza
item-inf-001-region-layers = Kitufe kidogo chenye miraba iliyopangwa juu ya mingine, chini ya upau upande wa kulia
item-inf-001-region-map = Katikati ya ramani
item-inf-001-region-location = Kitufe cha duara chenye alama ya shabaha, upande wa kulia
item-inf-001-region-directions = Kitufe cha buluu chenye mshale, chini upande wa kulia

item-inf-002-prompt = Unahitaji saa za kufunguliwa kwa ofisi ya Service Canada mjini Winnipeg. Unaandika nini kwenye kisanduku cha kutafuta?
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = Kwenye tovuti ya bodi ya shule, tumia kisanduku cha kutafuta cha tovuti yenyewe kupata ukurasa kuhusu saa za basi la shule.
item-inf-003-cat-0 = Hakuweza
item-inf-003-cat-1 = Aliweza baada ya kidokezo
item-inf-003-cat-2 = Aliweza peke yake

item-inf-004-prompt = Unataka matokeo ya utafutaji kuhusu vibali vya kazi kutoka tovuti za Serikali ya Kanada pekee. Utafutaji upi ni bora?
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = Kitufe kipi kinafanya simu ikusomee maandishi kwa sauti?
item-inf-005-opt-a = Pipa la taka.
item-inf-005-opt-b = Spika yenye mawimbi ya sauti.
item-inf-005-opt-c = Kufuli.
item-inf-005-opt-d = Nyota.

item-inf-006-prompt = Panga hatua kwa mpangilio sahihi ili kutafsiri barua ya karatasi kwa kamera ya simu yako.
item-inf-006-opt-a = Elekeza kamera kwenye barua.
item-inf-006-opt-b = Fungua programu ya kutafsiri.
item-inf-006-opt-c = Soma au sikiliza tafsiri.
item-inf-006-opt-d = Gusa Camera ndani ya programu.

item-inf-007-prompt = Unapata barua kutoka IRCC kama faili ya PDF. Lazima uichapishe kwenye karatasi kabla ya kuweza kuisoma. Kweli au si kweli?

item-inf-008-prompt = Ukurasa huu wa wavuti uko kwa Kiingereza. Gusa kitufe kinachotafsiri ukurasa kwa lugha yako.
item-inf-008-region-home = Kitufe cha nyumba, mwisho kabisa kushoto mwa upau wa anwani
item-inf-008-region-refresh = Mshale wa duara, kushoto mwa upau wa anwani
item-inf-008-region-translate = Kitufe chenye herufi A na herufi ya Kichina, ndani ya upau wa anwani
item-inf-008-region-bookmark = Nyota iliyo mwishoni mwa upau wa anwani
item-inf-008-region-tabs = Mraba wenye namba, juu upande wa kulia

item-inf-009-prompt = Umetafuta jinsi ya kuhuisha kadi yako ya mkazi wa kudumu. Gusa tokeo rasmi la Serikali ya Kanada.
item-inf-009-region-ad = Tokeo la kwanza, lenye alama Sponsored (tangazo), kutoka prcard-fast-renewal.com
item-inf-009-region-official = Tokeo la pili, kutoka canada.ca
item-inf-009-region-forum = Tokeo la tatu, kutoka jukwaa la majadiliano
item-inf-009-region-video = Tokeo la nne, video kutoka chaneli ya mitandao ya kijamii

item-inf-010-prompt = Unauliza chatbot ya AI jinsi ya kuomba Canada Child Benefit (posho ya watoto). Inakupa orodha ya hatua. Ufanye nini?
item-inf-010-opt-a = Fuata hatua hizo. Majibu ya AI ni sahihi kila wakati.
item-inf-010-opt-b = Kagua hatua hizo kwenye canada.ca au kwa mfanyakazi wa makazi kabla ya kuomba.
item-inf-010-opt-c = Ipe chatbot Nambari yako ya Bima ya Jamii (SIN) ili ikuombee.
item-inf-010-opt-d = Usitumie habari yoyote kutoka intaneti.

item-inf-011-prompt = Video moja mtandaoni inamwonyesha Waziri Mkuu akisema kwamba wageni wote wapya watapata tiketi za ndege za bure kurudi nyumbani. Inatoka kwenye akaunti isiyojulikana, sauti inasikika kidogo kama roboti, na hakuna tovuti ya habari inayoiripoti. Video hii ina uwezekano mkubwa kuwa nini?
item-inf-011-opt-a = Tangazo la kweli ambalo vyombo vya habari vimelikosa.
item-inf-011-opt-b = Video ya uongo iliyotengenezwa kwa AI, inayoitwa deepfake.
item-inf-011-opt-c = Video rasmi kutoka Serikali ya Kanada.
item-inf-011-opt-d = Matangazo ya moja kwa moja kutoka Bungeni.

item-inf-012-prompt = Chatbot ya AI inakuambia kwamba sheria mpya inawaruhusu wakimbizi kuomba uraia baada ya mwaka mmoja nchini Kanada. Inatoa kiungo kama chanzo chake. Unafungua kiungo, na ukurasa hausemi hivyo. Hitimisho lipi ni bora?
item-inf-012-opt-a = Sheria hiyo ni ya kweli, kwa sababu chatbot imetoa chanzo.
item-inf-012-opt-b = Ukurasa wa wavuti ni wa zamani, kwa hiyo chatbot iko sahihi.
item-inf-012-opt-c = Huenda chatbot imekosea. Kagua sheria hiyo kwenye tovuti ya IRCC.
item-inf-012-opt-d = Uliza chatbot tena. Ikisema jambo lilelile mara mbili, ni kweli.

item-inf-013-prompt = Makala moja inasema kwamba wageni wapya wanaotumia programu ya JobFast wanapata kazi mara mbili kwa haraka zaidi. Utafiti ulifanywa na kampuni inayotengeneza JobFast, kwa watu waliochagua kutumia programu hiyo. Udhaifu mkuu wa dai hili ni upi?
item-inf-013-opt-a = Huenda programu haipatikani katika kila jimbo.
item-inf-013-opt-b = Utafiti hausemi wageni wapya wanatoka nchi zipi.
item-inf-013-opt-c = Makala haitoi idadi kamili ya siku ambazo watu walichukua kupata kazi.
item-inf-013-opt-d = Kampuni inayotengeneza programu ndiyo iliyofanya utafiti, na watu waliochagua programu huenda tayari ni watafutaji kazi wenye bidii zaidi.

item-inf-014-prompt = Faili yenye jina scan001.pdf ni rahisi zaidi kuipata baadaye kuliko faili yenye jina Lease-2025-apartment.pdf. Kweli au si kweli?

item-inf-015-prompt = Panga hatua kwa mpangilio sahihi ili kuhifadhi barua ya PDF kutoka barua pepe kwenye folda yako ya Documents.
item-inf-015-opt-a = Gusa Download.
item-inf-015-opt-b = Fungua barua pepe.
item-inf-015-opt-c = Fungua programu ya Files na uhamishe PDF kwenda folda ya Documents.
item-inf-015-opt-d = Gusa kiambatisho cha PDF.

item-inf-016-prompt = Tengeneza folda mpya inayoitwa Immigration. Kisha hamishia ndani yake barua mbili kutoka IRCC.
item-inf-016-cat-0 = Hakuweza
item-inf-016-cat-1 = Aliweza baada ya kidokezo
item-inf-016-cat-2 = Aliweza peke yake

item-inf-017-prompt = Unahifadhi nakala zilizoskaniwa za hati za uhamiaji na za utambulisho za familia yako, na utazihitaji kwa miaka mingi. Mpango upi unazilinda vizuri zaidi zisipotee na zisionwe na watu wengine?
item-inf-017-opt-a = Weka nakala moja tu, kwenye mkusanyiko wa picha wa simu, ili iwe nawe kila wakati.
item-inf-017-opt-b = Weka nakala moja kwenye akaunti ya wingu iliyolindwa kwa uthibitisho wa hatua mbili, na nakala ya pili kwenye USB iliyowekwa nyumbani.
item-inf-017-opt-c = Jitumie nakala hizo kwa barua pepe na uwatumie ndugu kadhaa, ili watu wengi wawe na nakala.
item-inf-017-opt-d = Ziweke kwenye gumzo la faragha la kikundi cha familia, ambapo unaweza kuzipata kwa kusogeza juu.
