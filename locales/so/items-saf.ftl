## Su'aalaha: SAF, Badbaadada, qarsoodiga, fayoobaanta (su'aalaha, doorashooyinka, meelaha, qaybaha hawlaha)

# saf-001
item-saf-001-prompt = Taleefankee ayaa ugu badbaado badan haddii uu kaa lumo?
item-saf-001-opt-a = Taleefan PIN-kiisu ku qoran yahay koolo (sticker) gadaashiisa ku dhegan.
item-saf-001-opt-b = Taleefan ku furma farta oo keliya la mariyo.
item-saf-001-opt-c = Taleefan u baahan PIN ama faraha-raadkaaga si loo furo.

# saf-002
item-saf-002-prompt = Furahee sirta ah ayaa ugu adag?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = Marka taleefankaagu sheego in cusboonaysiin (update) diyaar tahay, waxaa fiican inaadan waligaa rakibin. Run mise been?

# saf-004
item-saf-004-prompt = Waxaad ku nooshahay Calgary. Waxaad isticmaashaa oo keliya taleefankaaga Android iyo laptop-kaaga Windows. Liiskani wuxuu muujinayaa soo-gelitaannadii ugu dambeeyey ee akoonka iimaylkaaga. Taabo soo-gelitaanka laga yaabo inaanad adigu ahayn.
item-saf-004-region-row1 = Maanta, 9:12 subaxnimo, taleefan Android, Calgary, Alberta.
item-saf-004-region-row2 = Maanta, 3:47 subaxnimo, kombiyuutar Linux ah oo aan la aqoon, Rotterdam, Netherlands.
item-saf-004-region-row3 = Shalay, 8:05 fiidnimo, laptop Windows, Calgary, Alberta.
item-saf-004-region-row4 = Isniin, 7:30 subaxnimo, taleefan Android, Calgary, Alberta.
item-saf-004-region-secure = Badhanka Secure your account (ilaali akoonkaaga).

# saf-005
item-saf-005-prompt = Maamulahan tababarka ee furayaasha sirta (password manager), samee furo sir ah oo cusub oo adag oo loogu talagalay akoonkaaga bogga dugsiga, ku kaydi ciwaanka website-ka bogga, kadib quful maamulaha.
item-saf-005-cat-0 = Lama samayn.
item-saf-005-cat-1 = Waa la sameeyey tilmaan kadib.
item-saf-005-cat-2 = Waa la sameeyey caawimaad la'aan.

# saf-006
item-saf-006-prompt = Dhammaan furayaashaada sirta waxaad ku haysaa maamule furayaal sir ah (password manager). Maxaa sida ugu fiican u ilaaliya?
item-saf-006-opt-a = Furaha sirta guud oo lagu kaydiyey qoraal (note) taleefankaaga ku jira.
item-saf-006-opt-b = Furaha sirta guud oo la mid ah kan iimaylkaaga, si aanad u illoobin.
item-saf-006-opt-c = Furo sir ah oo guud (master password) oo dheer oo aanad meel kale ku isticmaalin, iyo xaqiijinta laba-tallaabo ee maamulaha.
item-saf-006-opt-d = Qufulka tooska ah (auto-lock) oo la demiyey, si aanad marar badan u qorin furaha sirta guud.

# saf-007
item-saf-007-prompt = Sawirkee ayaanad waligaa internetka dhigin?
item-saf-007-opt-a = Sawirka warqadda leh Lambarkaaga Caymiska Bulshada (SIN).
item-saf-007-opt-b = Sawir beer nasasho (park).
item-saf-007-opt-c = Sawirka cuntadaada.

# saf-008
item-saf-008-prompt = Dukaan internet ah ayaa kaa codsanaya Lambarkaaga Caymiska Bulshada (SIN) si uu dalabkaaga kuu keeno. Waa inaad siisaa. Run mise been?

# saf-009
item-saf-009-prompt = Waxaad rakibtaa app toosh (flashlight) ah. Wuxuu codsanayaa inuu arko xiriirradaada iyo goobta aad joogto. Maxaad taabanaysaa?
item-saf-009-opt-a = Allow: waxaad leedahay haa.
item-saf-009-opt-b = Don't allow: waxaad leedahay maya.
item-saf-009-opt-c = Allow all the time: had iyo jeer waxaad leedahay haa.

# saf-010
item-saf-010-prompt = Waxaad rabtaa in app wax-iibsi uu joojiyo inuu arko meesha aad joogto. Tallaabooyinka u kala horreysii.
item-saf-010-opt-a = Taabo Permissions (oggolaanshaha).
item-saf-010-opt-b = Fur Settings (dejinta).
item-saf-010-opt-c = Taabo Location, kadib Don't allow.
item-saf-010-opt-d = Taabo Apps oo dooro app-ka wax-iibsiga.

# saf-011
item-saf-011-prompt = App sawirrada lagu habeeyo wuxuu u baahan yahay oo keliya sawirrada aad doorato. Oggolaanshihiisu waa: Photos, dhammaan sawirrada; Location, had iyo jeer; Contacts, la oggolaaday; Microphone, la oggolaaday. Dejintee ayaa ugu fiican?
item-saf-011-opt-a = Wax walba oggolow, laakiin oo keliya inta aad app-ka isticmaalayso.
item-saf-011-opt-b = Wax walba sidooda u daa, maxaa yeelay app-ku waa bilaash.
item-saf-011-opt-c = Dami Photos oo u daa Location: had iyo jeer.
item-saf-011-opt-d = Photos: sawirrada la doortay oo keliya. Dami Location, Contacts iyo Microphone.

# saf-012
item-saf-012-prompt = Dhageyso wicitaankan: Kani waa Canada Revenue Agency (CRA). Canshuur baa lagugu leeyahay. Maanta ku bixi kaadhadhka hadiyadda (gift cards), haddii kale booliska ayaa ku xiri doona. Wicitaankani waa maxay?
item-saf-012-opt-a = Wicitaan dhab ah oo booliska ka yimid: waxaad siinaysaa ciwaankaaga.
item-saf-012-opt-b = Wicitaan dhab ah oo dowladda ka yimid: waxaad ku bixinaysaa kaadhadhka hadiyadda.
item-saf-012-opt-c = Khiyaano: waad dhigaysaa taleefanka.

# saf-013
item-saf-013-prompt = Bangigaagu waa Maple Bank, website-kiisuna waa maplebank.ca. Iimaylkani wuxuu u eg yahay mid dhab ah. Taabo qaybta muujinaysa inuusan ka imaan bangigaaga.
item-saf-013-region-logo = Astaanta (logo) Maple Bank.
item-saf-013-region-sender = Qofka soo diray: alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = Salaanta: Hello Amina.
item-saf-013-region-message = Fariinta: We noticed a new sign-in. Please review your account. (Waxaan aragnay soo-gelid cusub. Fadlan eeg akoonkaaga.)
item-saf-013-region-button = Badhanka Review account (eeg akoonka).

# saf-014
item-saf-014-prompt = Waxaad heshay fariin WhatsApp ah: Ka shaqee guriga, 400 doollar maalintii, wareysi la'aan. Soo dir 50 doollar oo ah qalabka tababarkaaga. Tani waa maxay?
item-saf-014-opt-a = Waxay u badan tahay khiyaano: ha bixin lacag, hana ka jawaabin.
item-saf-014-opt-b = Shaqo fiican: si dhakhso ah u dir 50-ka doollar.
item-saf-014-opt-c = Dalab shaqo oo dhab ah oo ka yimid Job Bank.

# saf-015
item-saf-015-prompt = Koodh QR ah oo ku yaal koolo (sticker) meel baabuurta la dhigto, had iyo jeer wuxuu furaa website-ka lacag-bixinta ee dhabta ah. Run mise been?

# saf-016
item-saf-016-prompt = Taleefankaaga waxaa ka soo dhacay lambar aan la aqoon. Waxaad maqashaa codka wiilkaaga oo ooyaya: Shil baa i galay. Hadda ii soo dir 2,000 doollar e-Transfer. Cidna ha u sheegin. Waa maxay waxa ugu badbaado badan ee aad samayn karto?
item-saf-016-opt-a = Dhig taleefanka oo dib ugu wac wiilkaaga lambarkiisa caadiga ah.
item-saf-016-opt-b = Dib u wac lambarka hadda ku soo wacay, si aad u hubiso.
item-saf-016-opt-c = Ka codso qofka soo wacay inuu sheego taariikhda dhalashadiisa.
item-saf-016-opt-d = Dir lacagta, maxaa yeelay run ahaantii waa codkiisa.

# saf-017
item-saf-017-prompt = Waxaad internetka ku iibinaysaa taleefan. Iibsaduhu wuxuu kuu soo diray iimayl u eg mid ka yimid Interac: Lacag-bixinta 300 doollar waa la hakiyey. Waa la sii deyn doonaa marka aad iibsadaha u dirto 100 doollar oo rarka ah. Maxaa run ah?
item-saf-017-opt-a = Waa inaad dirtaa 100-ka doollar si aad u hesho 300-ka doollar.
item-saf-017-opt-b = Interac waligeed ma hakiso lacag-bixin ilaa aad qof lacag siiso. Iimaylku waa been: ka hubi app-ka bangigaaga.
item-saf-017-opt-c = Iimaylku waa dhab, maxaa yeelay wuxuu leeyahay astaanta (logo) Interac.
item-saf-017-opt-d = Waa inaad iimaylka uga jawaabtaa furaha sirta bangigaaga si lacagta loo sii daayo.

# saf-018
item-saf-018-prompt = Waxaad rabtaa inaad ciyaaraha ku jira taablet-ka ilmahaaga ku xaddido hal saac maalintii. Tallaabooyinka u kala horreysii.
item-saf-018-opt-a = Taabo Screen Time.
item-saf-018-opt-b = Dooro Games, deji 1 saac, oo taabo Add.
item-saf-018-opt-c = Fur Settings (dejinta).
item-saf-018-opt-d = Taabo App Limits, kadib Add Limit.

# saf-019
item-saf-019-prompt = Qof ayaa fariimo aflagaaddo ah kuugu soo diraya app-kan tababarka ee baraha bulshada. Qofkan xir (block) oo soo sheeg (report) fariimaha.
item-saf-019-cat-0 = Lama samayn.
item-saf-019-cat-1 = Waa la sameeyey tilmaan kadib.
item-saf-019-cat-2 = Waa la sameeyey caawimaad la'aan.
