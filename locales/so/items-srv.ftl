## Su'aalaha: SRV, Isticmaalka adeegyada internetka ee Kanada (su'aalaha, doorashooyinka, meelaha, qaybaha hawlaha)

# srv-001
item-srv-001-prompt = Waxaad gelaysaa website. Waxaad heshay fariin qoraal ah oo leh koodh 6 lambar ah. Maxaad ku samaynaysaa koodhka?
item-srv-001-opt-a = Koodhka sii qof ku soo waca oo ku weydiiya.
item-srv-001-opt-b = Koodhka ku qor bogga soo-gelidda.
item-srv-001-opt-c = Tirtir fariinta oo waxba ha samayn.

# srv-002
item-srv-002-prompt = Waxaad illowday furahaaga sirta. Taabo meesha aad ka samayn karto furo sir ah oo cusub.
item-srv-002-region-email = Sanduuqa ciwaanka iimaylkaaga.
item-srv-002-region-password = Sanduuqa furahaaga sirta.
item-srv-002-region-signin = Badhanka Sign in (gal).
item-srv-002-region-forgot = Link-ga Forgot password? (ma illowday furaha sirta?).
item-srv-002-region-create = Link-ga Create an account (samee akoon).

# srv-003
item-srv-003-prompt = Xaqiijinta laba-tallaabo, waxaad ku gelaysaa furahaaga sirta iyo sidoo kale koodh loo soo diray taleefankaaga. Run mise been?

# srv-004
item-srv-004-prompt = Waxaad rabtaa inaad dib u dejiso furaha sirta ee akoon internet. Tallaabooyinka u kala horreysii.
item-srv-004-opt-a = Fur iimaylka website-ka ka yimid oo taabo link-ga.
item-srv-004-opt-b = Taabo Forgot password? ee bogga soo-gelidda.
item-srv-004-opt-c = Laba jeer qor furo sir ah oo cusub oo taabo Save.
item-srv-004-opt-d = Qor ciwaanka iimaylkaaga oo taabo Send.

# srv-005
item-srv-005-prompt = Waxaad shiddaa xaqiijinta laba-tallaabo. Website-ku wuxuu muujinayaa 10 koodh kayd ah (backup codes). Maxaa ugu fiican inaad ku samayso?
item-srv-005-opt-a = Iska dhaaf, maxaa yeelay taleefankaagu had iyo jeer wuu kula jiraa.
item-srv-005-opt-b = U dir saaxiib iimayl ahaan, haddii loo baahdo.
item-srv-005-opt-c = Ku hayso meel ammaan ah, sida maamulaha furayaasha sirta (password manager) ama warqad guriga yaal.
item-srv-005-opt-d = Ku dhig kooxda wada-sheekaysiga qoyskaaga.

# srv-006
item-srv-006-prompt = Eeg foomkan. Xiddigta casaanka ah ee ku xigta sanduuq maxay ka dhigan tahay?
item-srv-006-opt-a = Jawaabta sanduuqan ku jirta waa qalad.
item-srv-006-opt-b = Sanduuqan waad ka tagi kartaa isagoo bannaan.
item-srv-006-opt-c = Waa inaad buuxisaa sanduuqan.

# srv-007
item-srv-007-prompt = Foomku wuxuu weydiinayaa sawirka kaarkaaga deganaanshaha joogtada ah (PR card). Taabo meesha aad ku darayso faylka.
item-srv-007-region-name = Sanduuqa Family name (magaca qoyska).
item-srv-007-region-upload = Badhanka Upload file (soo geli fayl).
item-srv-007-region-help = Link-ga Help (caawimaad).
item-srv-007-region-cancel = Badhanka Cancel (jooji).
item-srv-007-region-next = Badhanka Next (xiga).

# srv-008
item-srv-008-prompt = Waa inaad dirtaa sawirka bogga baasaboorkaaga. Sawirkee ayaa fiican in la diro?
item-srv-008-opt-a = Sawir aan caddayn (ruxruxan).
item-srv-008-opt-b = Sawir ay fartaadu qarinayso qayb ka mid ah bogga.
item-srv-008-opt-c = Sawir cad oo muujinaya bogga oo dhan iyo afarta gees.
item-srv-008-opt-d = Sawir madow oo bogga ay ku taal bar iftiin ah oo aad u ifaysa.

# srv-009
item-srv-009-prompt = Foomkan tababarka, qor magacaaga iyo taariikhda dhalashadaada, ku dar sawirka dukumentigaaga, oo taabo Submit.
item-srv-009-cat-0 = Foomka lama dirin.
item-srv-009-cat-1 = Foomka waa la diray tilmaan kadib.
item-srv-009-cat-2 = Foomka waa la diray caawimaad la'aan.

# srv-010
item-srv-010-prompt = Foomku wuxuu leeyahay: Upload a PDF, 4 MB maximum (soo geli PDF, ugu badnaan 4 MB). Sawirkaagu waa fayl JPG ah oo 9 MB ah. Maxaad samayn kartaa?
item-srv-010-opt-a = Ka bood su'aashan oo dir foomka.
item-srv-010-opt-b = Dhammaadka magaca faylka ka beddel .jpg oo ka dhig .pdf.
item-srv-010-opt-c = Isku day inaad isla faylka marar badan soo geliso.
item-srv-010-opt-d = Isticmaal app iskaan (scanner) ah si aad sawirka ugu kaydiso PDF ka yar, kadib soo geli.

# srv-011
item-srv-011-prompt = Ka hor ballan fiidiyow ah oo dhakhtar, looma baahna inaad tijaabiso kamaraddaada iyo makarafoonkaaga. Run mise been?

# srv-012
item-srv-012-prompt = Ilmahaagu maanta waa jiran yahay. Taabo meesha aad dugsiga ugu sheegayso in ilmahaagu maqnaan doono.
item-srv-012-region-grades = Qaybta liiska Grades (buundooyinka).
item-srv-012-region-attendance = Qaybta liiska Attendance: report an absence (soo sheeg maqnaansho).
item-srv-012-region-lunch = Qaybta liiska Lunch menu (cuntada qadada).
item-srv-012-region-calendar = Qaybta liiska Calendar (jadwalka).
item-srv-012-region-signout = Badhanka Sign out (ka bax).

# srv-013
item-srv-013-prompt = Waxaad internetka ka codsatay dhalashada Kanada (citizenship). Waxaad rabtaa inaad ogaato haddii uu jiro war ku saabsan codsigaaga. Xaggee eegaysaa?
item-srv-013-opt-a = Akoonkaaga ku jira website-ka IRCC.
item-srv-013-opt-b = Koox Facebook ah oo ku saabsan socdaalka.
item-srv-013-opt-c = Fariin qoraal ah oo ka timid lambar aan la aqoon oo kaa codsanaysa inaad lacag bixiso.

# srv-014
item-srv-014-prompt = Waxaad rabtaa inaad internetka ka qabsato ballan rug caafimaad (clinic). Tallaabooyinka u kala horreysii.
item-srv-014-opt-a = Dooro maalin iyo waqti.
item-srv-014-opt-b = Hubi iimaylka xaqiijinta.
item-srv-014-opt-c = Fur bogga ballan-qabsashada ee rugta caafimaadka.
item-srv-014-opt-d = Taabo Book appointment (qabso ballan).

# srv-015
item-srv-015-prompt = App-kan tababarka ee rugta caafimaadka, hel ballantaada maanta oo ku biir wicitaanka fiidiyowga adigoo kamaradda iyo makarafoonka shidan.
item-srv-015-cat-0 = Wicitaanka laguma biirin.
item-srv-015-cat-1 = Wicitaanka waa lagu biiray tilmaan kadib.
item-srv-015-cat-2 = Wicitaanka waa lagu biiray caawimaad la'aan.

# srv-016
item-srv-016-prompt = Waxaad rabtaa inaad biilka korontada ku bixiso app-ka bangigaaga. Maxaad uga baahan tahay biilka?
item-srv-016-opt-a = Lambarkaaga Caymiska Bulshada (SIN).
item-srv-016-opt-b = Lambarka akoonka ee ku qoran biilka.
item-srv-016-opt-c = Furaha sirta ee website-ka shirkadda korontada.

# srv-017
item-srv-017-prompt = Waxaad rabtaa inaad lacag ugu dirto saaxiib Interac e-Transfer. Taabo meesha aad ka bilaabayso.
item-srv-017-region-accounts = Badhanka Accounts (akoonnada).
item-srv-017-region-paybills = Badhanka Pay bills (bixi biilasha).
item-srv-017-region-etransfer = Badhanka Send money with Interac e-Transfer (ku dir lacag Interac e-Transfer).
item-srv-017-region-deposit = Badhanka Deposit a cheque (dhig jeeg).
item-srv-017-region-menu = Badhanka liiska ee midigta sare.

# srv-018
item-srv-018-prompt = Waxaad shiddaa Autodeposit ee Interac e-Transfer app-ka bangigaaga. Maxaa isbeddelaya?
item-srv-018-opt-a = Lacagta loo soo diro iimaylkaaga ama lambarkaaga taleefanka waxay isla markiiba gelaysaa akoonkaaga, iyadoo aan su'aal ammaan la weydiin.
item-srv-018-opt-b = Biilashaada waxaa si toos ah loo bixiyaa bil kasta.
item-srv-018-opt-c = Qof kasta wuu ka qaadan karaa lacag akoonkaaga isagoon ku weydiin.
item-srv-018-opt-d = Waa inaad ka jawaabtaa su'aal ammaan lacag kasta oo la soo dhigo.
