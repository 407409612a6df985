# Mga mensahe ng tanong: DEV (Tagalog)

item-dev-001-prompt = I-tap ang larawang nagpapakita na nagcha-charge ang telepono.
item-dev-001-opt-a = Teleponong may nakasaksak na cable at may kidlat sa screen.
item-dev-001-opt-b = Teleponong may basag na screen.
item-dev-001-opt-c = Teleponong itim ang screen.

item-dev-002-prompt = I-tap kung saan isinasaksak ang charger.
item-dev-002-region-port = Ang maliit na butas sa ibabang gilid ng telepono
item-dev-002-region-side-button = Ang mahabang button sa kanang gilid ng telepono
item-dev-002-region-camera = Ang maliit at bilog na camera sa itaas ng telepono
item-dev-002-region-screen = Ang gitna ng screen

item-dev-003-prompt = Tingnan ang larawan. Pula ang baterya at halos ubos na. Ibig sabihin, dapat ninyong i-charge agad ang telepono. Tama o mali?

item-dev-004-prompt = Pagsunud-sunurin ang mga larawan: gisingin ang telepono, i-unlock ito, at buksan ang camera.
item-dev-004-opt-a = I-type ang inyong PIN code.
item-dev-004-opt-b = Pindutin ang button sa gilid ng telepono.
item-dev-004-opt-c = I-tap ang icon ng camera.
item-dev-004-opt-d = Mag-swipe pataas sa screen.

item-dev-005-prompt = Palakihin ang mapa gamit ang dalawang daliri para mabasa ninyo ang mga pangalan ng kalye. Pagkatapos, paliitin ulit ito.
item-dev-005-cat-0 = Hindi nagawa
item-dev-005-cat-1 = Nagawa pagkatapos ng pahiwatig
item-dev-005-cat-2 = Nagawa nang mag-isa

item-dev-006-prompt = I-tap ang icon na ginagamit para tumawag sa telepono.
item-dev-006-region-phone = Ang berdeng icon ng telepono sa kaliwang ibaba
item-dev-006-region-messages = Ang icon na speech bubble o lobo ng salita sa tabi nito
item-dev-006-region-browser = Ang bilog na icon na globo
item-dev-006-region-camera = Ang icon ng camera sa kanang ibaba
item-dev-006-region-settings = Ang kulay-abong icon na gear sa kaliwang itaas

item-dev-007-prompt = Nasa loob kayo ng isang app. Aling button ang magbabalik sa inyo sa naunang screen?
item-dev-007-opt-a = Isang plus sign.
item-dev-007-opt-b = Isang magnifying glass o panlaking salamin.
item-dev-007-opt-c = Isang arrow na nakaturo pakaliwa.
item-dev-007-opt-d = Isang bituin.

item-dev-008-prompt = Tingnan ang icon ng WhatsApp. May maliit itong pulang bilog na may numerong 3. Ibig sabihin, may mga bagong mensaheng naghihintay sa inyo. Tama o mali?

item-dev-009-prompt = May tawag kayong hindi nasagot. I-tap ang notification tungkol sa hindi nasagot na tawag.
item-dev-009-region-missed-call = Ang notification na may telepono at pulang arrow
item-dev-009-region-message = Ang notification na may berdeng speech bubble
item-dev-009-region-battery = Ang notification na may baterya
item-dev-009-region-update = Ang notification na may arrow ng pag-download

item-dev-010-prompt = Gusto ninyong makita ulit ang inyong mga notification. Saan kayo magsu-swipe sa screen?
item-dev-010-opt-a = Pataas, mula sa ibaba ng screen.
item-dev-010-opt-b = Pababa, mula sa itaas ng screen.
item-dev-010-opt-c = Mula sa kaliwang gilid papunta sa kanan.

item-dev-011-prompt = I-tap ang key na naglalagay ng espasyo sa pagitan ng dalawang salita.
item-dev-011-region-space = Ang mahabang key sa ibaba, sa gitna
item-dev-011-region-backspace = Ang key na may arrow at X, sa kanan
item-dev-011-region-shift = Ang key na may arrow na nakaturo pataas, sa kaliwa
item-dev-011-region-enter = Ang key sa kanang ibaba na may baluktot na arrow
item-dev-011-region-mic = Ang maliit na key ng mikropono sa tabi ng mahabang key

item-dev-012-prompt = Gusto ninyong magsalita sa halip na mag-type. Aling key ang ita-tap ninyo?
item-dev-012-opt-a = Isang arrow na nakaturo pataas.
item-dev-012-opt-b = Isang globo.
item-dev-012-opt-c = Isang nakangiting mukha.
item-dev-012-opt-d = Isang mikropono.

item-dev-013-prompt = Kopyahin ang email address mula sa card papunta sa kahon, eksakto kung paano ito nakasulat. Pagkatapos, i-tap ang Next.
item-dev-013-cat-0 = Hindi nagawa
item-dev-013-cat-1 = Nagawa pagkatapos ng pahiwatig
item-dev-013-cat-2 = Nagawa nang mag-isa

item-dev-014-prompt = Pagsunud-sunurin ang mga hakbang para kopyahin ang confirmation number mula sa isang mensahe at i-paste ito sa isang form.
item-dev-014-opt-a = I-tap ang Copy.
item-dev-014-opt-b = Pindutin nang matagal ang bakanteng kahon sa form.
item-dev-014-opt-c = Pindutin nang matagal ang numero sa mensahe.
item-dev-014-opt-d = I-tap ang Paste.

item-dev-015-prompt = Aling icon ang nagpapakita na nakakonekta ang telepono sa Wi-Fi?
item-dev-015-opt-a = Mga pakurbang linya na hugis pamaypay.
item-dev-015-opt-b = Isang eroplano.
item-dev-015-opt-c = Isang baterya.
item-dev-015-opt-d = Ang simbolo ng Bluetooth, parang matulis na letrang B.

item-dev-016-prompt = Nasa pampublikong library kayo. Para magamit ang libreng Wi-Fi, pipiliin ninyo ang pangalan ng network ng library sa Wi-Fi settings ng inyong telepono. Tama o mali?

item-dev-017-prompt = Ikonekta ang telepono sa Wi-Fi ng library. LibraryGuest ang pangalan ng network at nasa card ang password.
item-dev-017-cat-0 = Hindi nagawa
item-dev-017-cat-1 = Nagawa pagkatapos ng pahiwatig
item-dev-017-cat-2 = Nagawa nang mag-isa

item-dev-018-prompt = Nakapatay ang inyong mobile data. I-tap ang button na nagbubukas ng mobile data.
item-dev-018-region-wifi = Ang button na Wi-Fi, sa kaliwang itaas
item-dev-018-region-mobile-data = Ang button na Mobile data, na may dalawang arrow, sa gitnang itaas
item-dev-018-region-bluetooth = Ang button na Bluetooth, sa kanang itaas
item-dev-018-region-airplane = Ang button na Airplane mode, sa kaliwang ibaba
item-dev-018-region-flashlight = Ang button na Flashlight, sa gitnang ibaba

item-dev-019-prompt = Gusto ninyong i-install ang WhatsApp sa inyong telepono. Aling app ang bubuksan ninyo?
item-dev-019-opt-a = Ang camera.
item-dev-019-opt-b = Ang app store: Play Store o App Store.
item-dev-019-opt-c = Ang gallery ng mga larawan.
item-dev-019-opt-d = Ang orasan.

item-dev-020-prompt = Masyadong maliit ang mga salita sa inyong telepono. I-tap ang setting na nagpapalaki ng sulat.
item-dev-020-region-brightness = Ang hilerang Brightness (liwanag), na may araw
item-dev-020-region-dark-mode = Ang hilerang Dark mode, na may buwan
item-dev-020-region-font-size = Ang hilerang Font size (laki ng sulat), na may maliit at malaking letrang A
item-dev-020-region-timeout = Ang hilerang Screen timeout, na may orasan
item-dev-020-region-wallpaper = Ang hilerang Wallpaper, na may larawan

item-dev-021-prompt = Pagsunud-sunurin ang mga hakbang para idagdag ang inyong wika sa telepono.
item-dev-021-opt-a = I-tap ang Add a language.
item-dev-021-opt-b = Buksan ang Settings.
item-dev-021-opt-c = Piliin ang inyong wika sa listahan.
item-dev-021-opt-d = I-tap ang Languages.

item-dev-022-prompt = Hanapin ang bus app na Transit sa app store, i-install ito, at pagkatapos ay buksan ito.
item-dev-022-cat-0 = Hindi nagawa
item-dev-022-cat-1 = Nagawa pagkatapos ng pahiwatig
item-dev-022-cat-2 = Nagawa nang mag-isa

item-dev-023-prompt = Nag-download kayo ng isang liham mula sa isang website. Saan ito karaniwang sine-save ng inyong telepono?
item-dev-023-opt-a = Sa Camera app.
item-dev-023-opt-b = Sa Contacts app.
item-dev-023-opt-c = Sa Downloads folder ng Files app.
item-dev-023-opt-d = Sa Clock app.

item-dev-024-prompt = Kapag nagbura kayo ng larawan, itinatago pa ito ng maraming telepono nang mga 30 araw sa folder na Recently deleted o Trash. Maibabalik pa ninyo ito. Tama o mali?

item-dev-025-prompt = Pagsunud-sunurin ang mga hakbang para palitan ang pangalan ng isang file.
item-dev-025-opt-a = I-tap ang Rename.
item-dev-025-opt-b = Buksan ang Files app.
item-dev-025-opt-c = I-tap ang OK.
item-dev-025-opt-d = Pindutin nang matagal ang file.
item-dev-025-opt-e = I-type ang bagong pangalan.

item-dev-026-prompt = I-save ang larawan ng inyong lease sa inyong online na cloud storage, sa folder na Housing.
item-dev-026-cat-0 = Hindi nagawa
item-dev-026-cat-1 = Nagawa pagkatapos ng pahiwatig
item-dev-026-cat-2 = Nagawa nang mag-isa
