# Fariimaha su'aalaha: DEV (Soomaali)

item-dev-001-prompt = Taabo sawirka muujinaya in taleefanka la dallacayo.
item-dev-001-opt-a = Taleefan uu ku xiran yahay fiilo, shaashaddana ay ku taal calaamad hillaac.
item-dev-001-opt-b = Taleefan shaashaddiisu dildilaacday.
item-dev-001-opt-c = Taleefan shaashaddiisu madow tahay.

item-dev-002-prompt = Taabo meesha aad ku xirto dallacaha (charger).
item-dev-002-region-port = Daloolka yar ee ku yaal cirifka hoose ee taleefanka
item-dev-002-region-side-button = Badhanka dheer ee dhinaca midig ee taleefanka
item-dev-002-region-camera = Kamaradda yar ee wareegsan ee korka taleefanka
item-dev-002-region-screen = Bartamaha shaashadda

item-dev-003-prompt = Eeg sawirka. Baytarigu waa casaan, wuuna ku dhow yahay inuu dhammaado. Tani waxay ka dhigan tahay inaad taleefanka dhawaan dallacdo. Run mise been?

item-dev-004-prompt = Sawirrada u kala horreysii: taleefanka kici, fur, kadibna fur kamaradda.
item-dev-004-opt-a = Qor koodhkaaga PIN.
item-dev-004-opt-b = Riix badhanka dhinaca taleefanka.
item-dev-004-opt-c = Taabo astaanta kamaradda.
item-dev-004-opt-d = Farta kor u mari shaashadda.

item-dev-005-prompt = Khariidadda ku weynee laba farood si aad u akhrido magacyada waddooyinka. Kadib mar kale yaree.
item-dev-005-cat-0 = Lama xallin
item-dev-005-cat-1 = Waa la xalliyey tilmaan kadib
item-dev-005-cat-2 = Waa la xalliyey caawimaad la'aan

item-dev-006-prompt = Taabo astaanta aad u isticmaasho inaad wicitaan taleefan samayso.
item-dev-006-region-phone = Astaanta taleefanka cagaaran ee bidixda hoose
item-dev-006-region-messages = Astaanta xumbada hadalka ee ku xigta
item-dev-006-region-browser = Astaanta wareegsan ee adduunka (globe)
item-dev-006-region-camera = Astaanta kamaradda ee midigta hoose
item-dev-006-region-settings = Astaanta ingiriga cawlan ee bidixda sare

item-dev-007-prompt = Waxaad ku jirtaa app gudihiis. Badhankee ayaa kugu celinaya shaashaddii hore?
item-dev-007-opt-a = Calaamadda lagu daro (+).
item-dev-007-opt-b = Muraayad wax weynaysa.
item-dev-007-opt-c = Fallaar bidix u jeedda.
item-dev-007-opt-d = Xiddig.

item-dev-008-prompt = Eeg astaanta WhatsApp. Waxaa ku yaal goobo yar oo casaan ah oo leh lambarka 3. Tani waxay ka dhigan tahay in fariimo cusub ay ku sugayaan. Run mise been?

item-dev-009-prompt = Wicitaan ayaa kaa dhaafay. Taabo ogeysiiska ku saabsan wicitaanka kaa dhaafay.
item-dev-009-region-missed-call = Ogeysiiska leh taleefan iyo fallaar casaan ah
item-dev-009-region-message = Ogeysiiska leh xumbo hadal oo cagaaran
item-dev-009-region-battery = Ogeysiiska leh baytari
item-dev-009-region-update = Ogeysiiska leh fallaar soo dejin

item-dev-010-prompt = Waxaad rabtaa inaad mar kale aragto ogeysiisyadaada. Xaggee shaashadda farta ku marisaa?
item-dev-010-opt-a = Kor, laga bilaabo hoosta shaashadda.
item-dev-010-opt-b = Hoos, laga bilaabo korka shaashadda.
item-dev-010-opt-c = Laga bilaabo cirifka bidix ilaa midigta.

item-dev-011-prompt = Taabo furaha (key) boos dhex dhiga laba erey.
item-dev-011-region-space = Furaha dheer ee hoose, bartamaha
item-dev-011-region-backspace = Furaha leh fallaar iyo X, dhinaca midig
item-dev-011-region-shift = Furaha leh fallaar kor u jeedda, dhinaca bidix
item-dev-011-region-enter = Furaha midigta hoose ee leh fallaar qalloocan
item-dev-011-region-mic = Furaha yar ee makarafoonka ee ku xiga furaha dheer

item-dev-012-prompt = Waxaad rabtaa inaad hadasho halkii aad wax qori lahayd. Furahee taabanaysaa?
item-dev-012-opt-a = Fallaar kor u jeedda.
item-dev-012-opt-b = Adduun (globe).
item-dev-012-opt-c = Weji dhoolla caddaynaya.
item-dev-012-opt-d = Makarafoon.

item-dev-013-prompt = Ciwaanka iimaylka ee kaarka ku qoran ku koobiyee sanduuqa, sida saxda ah ee loo qoray. Kadib taabo Next.
item-dev-013-cat-0 = Lama xallin
item-dev-013-cat-1 = Waa la xalliyey tilmaan kadib
item-dev-013-cat-2 = Waa la xalliyey caawimaad la'aan

item-dev-014-prompt = Tallaabooyinka u kala horreysii si aad lambarka xaqiijinta uga koobiyeyso fariin oo ugu dhejiso foom.
item-dev-014-opt-a = Taabo Copy.
item-dev-014-opt-b = Riix oo hay sanduuqa bannaan ee foomka.
item-dev-014-opt-c = Riix oo hay lambarka ku jira fariinta.
item-dev-014-opt-d = Taabo Paste.

item-dev-015-prompt = Astaantee ayaa muujinaysa in taleefanku ku xiran yahay Wi-Fi?
item-dev-015-opt-a = Xariiqyo qalloocan oo u eg babbeeye.
item-dev-015-opt-b = Diyaarad.
item-dev-015-opt-c = Baytari.
item-dev-015-opt-d = Calaamadda Bluetooth, oo u eg xarafka B oo fiiqan.

item-dev-016-prompt = Waxaad joogtaa maktabadda dadweynaha. Si aad u isticmaasho Wi-Fi-ga bilaashka ah, waxaad ka doorataa magaca shabakadda maktabadda dejinta Wi-Fi ee taleefankaaga. Run mise been?

item-dev-017-prompt = Taleefanka ku xir Wi-Fi-ga maktabadda. Shabakadda waxaa la yiraahdaa LibraryGuest, furaha sirtana wuxuu ku qoran yahay kaarka.
item-dev-017-cat-0 = Lama xallin
item-dev-017-cat-1 = Waa la xalliyey tilmaan kadib
item-dev-017-cat-2 = Waa la xalliyey caawimaad la'aan

item-dev-018-prompt = Xogta moobaylkaagu way dansan tahay. Taabo badhanka shida xogta moobaylka.
item-dev-018-region-wifi = Badhanka Wi-Fi, bidixda sare
item-dev-018-region-mobile-data = Badhanka Mobile data, oo leh laba fallaarood, bartamaha sare
item-dev-018-region-bluetooth = Badhanka Bluetooth, midigta sare
item-dev-018-region-airplane = Badhanka Airplane mode (habka diyaaradda), bidixda hoose
item-dev-018-region-flashlight = Badhanka Flashlight (toosh), bartamaha hoose

item-dev-019-prompt = Waxaad rabtaa inaad WhatsApp ku rakibto taleefankaaga. App-kee furaysaa?
item-dev-019-opt-a = Kamaradda.
item-dev-019-opt-b = Dukaanka app-yada: Play Store ama App Store.
item-dev-019-opt-c = Kaydka sawirrada (gallery).
item-dev-019-opt-d = Saacadda.

item-dev-020-prompt = Ereyada taleefankaagu aad bay u yar yihiin. Taabo dejinta qoraalka weynaysa.
item-dev-020-region-brightness = Safka Brightness (iftiinka), oo leh qorrax
item-dev-020-region-dark-mode = Safka Dark mode (habka madow), oo leh dayax
item-dev-020-region-font-size = Safka Font size (cabbirka qoraalka), oo leh xarafka A yar iyo mid weyn
item-dev-020-region-timeout = Safka Screen timeout (demidda shaashadda), oo leh saacad
item-dev-020-region-wallpaper = Safka Wallpaper (sawirka gadaasha), oo leh sawir

item-dev-021-prompt = Tallaabooyinka u kala horreysii si aad luqaddaada ugu darto taleefankaaga.
item-dev-021-opt-a = Taabo Add a language.
item-dev-021-opt-b = Fur Settings (dejinta).
item-dev-021-opt-c = Luqaddaada ka dooro liiska.
item-dev-021-opt-d = Taabo Languages.

item-dev-022-prompt = Ka hel app-ka basaska ee la yiraahdo Transit dukaanka app-yada, rakib, kadibna fur.
item-dev-022-cat-0 = Lama xallin
item-dev-022-cat-1 = Waa la xalliyey tilmaan kadib
item-dev-022-cat-2 = Waa la xalliyey caawimaad la'aan

item-dev-023-prompt = Warqad ayaad ka soo dejisay website. Taleefankaagu badanaa xaggee ayuu ku kaydiyaa?
item-dev-023-opt-a = App-ka Camera (kamaradda).
item-dev-023-opt-b = App-ka Contacts (xiriirrada).
item-dev-023-opt-c = Galka Downloads ee app-ka Files.
item-dev-023-opt-d = App-ka Clock (saacadda).

item-dev-024-prompt = Marka aad tirtirto sawir, taleefanno badan ayaa ku haya qiyaastii 30 maalmood gal la yiraahdo Recently deleted ama Trash. Weli waad soo celin kartaa. Run mise been?

item-dev-025-prompt = Tallaabooyinka u kala horreysii si aad u beddesho magaca fayl.
item-dev-025-opt-a = Taabo Rename.
item-dev-025-opt-b = Fur app-ka Files.
item-dev-025-opt-c = Taabo OK.
item-dev-025-opt-d = Riix oo hay faylka.
item-dev-025-opt-e = Qor magaca cusub.

item-dev-026-prompt = Sawirka heshiiska kiradaada ku kaydi kaydintaada daruurta (cloud), galka la yiraahdo Housing.
item-dev-026-cat-0 = Lama xallin
item-dev-026-cat-1 = Waa la xalliyey tilmaan kadib
item-dev-026-cat-2 = Waa la xalliyey caawimaad la'aan
