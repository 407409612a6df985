# Item messages: DEV (Pashto)

item-dev-001-prompt = هغه انځور ټک کړئ چې ښيي ټیلیفون چارج کېږي.
item-dev-001-opt-a = ټیلیفون چې کېبل پکې لګېدلی او په سکرین یې د برېښنا نښه ده.
item-dev-001-opt-b = ټیلیفون چې سکرین یې مات دی.
item-dev-001-opt-c = ټیلیفون چې سکرین یې تور دی.

item-dev-002-prompt = هغه ځای ټک کړئ چې چارجر پکې لګوئ.
item-dev-002-region-port = د ټیلیفون په لاندې څنډه کې کوچنی سوری
item-dev-002-region-side-button = د ټیلیفون په ښي اړخ کې اوږده تڼۍ
item-dev-002-region-camera = د ټیلیفون په سر کې کوچنۍ ګرده کمره
item-dev-002-region-screen = د سکرین منځ

item-dev-003-prompt = انځور ته وګورئ. بېټرۍ سره ده او نږدې خالي ده. معنا یې دا ده چې باید ټیلیفون ژر چارج کړئ. سم دی که ناسم؟

item-dev-004-prompt = انځورونه په ترتیب کېږدئ: ټیلیفون راویښ کړئ، قفل یې خلاص کړئ، او کمره خلاصه کړئ.
item-dev-004-opt-a = خپل PIN کوډ ولیکئ.
item-dev-004-opt-b = د ټیلیفون په اړخ کې تڼۍ کېکاږئ.
item-dev-004-opt-c = د کمرې نښه ټک کړئ.
item-dev-004-opt-d = په سکرین ګوته پورته کش کړئ.

item-dev-005-prompt = نقشه په دوو ګوتو لویه کړئ چې د سړکونو نومونه ولوستلی شئ. بیا یې بېرته کوچنۍ کړئ.
item-dev-005-cat-0 = حل نه شو
item-dev-005-cat-1 = له لارښوونې وروسته حل شو
item-dev-005-cat-2 = پخپله حل شو

item-dev-006-prompt = هغه نښه ټک کړئ چې ټیلیفوني زنګ پرې وهئ.
item-dev-006-region-phone = شنه د ټیلیفون نښه، لاندې کیڼ لوري ته
item-dev-006-region-messages = د خبرو د بلبلې نښه، د هغې تر څنګ
item-dev-006-region-browser = ګرده د نړۍ (ګلوب) نښه
item-dev-006-region-camera = د کمرې نښه، لاندې ښي لوري ته
item-dev-006-region-settings = خړه د ګراریو نښه، پورته کیڼ لوري ته

item-dev-007-prompt = تاسو په یوه اپ کې دننه یاست. کومه تڼۍ تاسو مخکیني سکرین ته بېرته وړي؟
item-dev-007-opt-a = د جمع نښه.
item-dev-007-opt-b = د لټون شیشه (ذره بین).
item-dev-007-opt-c = هغه غشی چې کیڼ لوري ته دی.
item-dev-007-opt-d = ستوری.

item-dev-008-prompt = د WhatsApp نښې ته وګورئ. یوه کوچنۍ سره دایره لري چې 3 شمېره پکې ده. معنا یې دا ده چې نوي پیغامونه ستاسو انتظار کوي. سم دی که ناسم؟

item-dev-009-prompt = ستاسو یو زنګ له لاسه ووت. د هغه زنګ خبرتیا ټک کړئ چې ځواب نه شو.
item-dev-009-region-missed-call = هغه خبرتیا چې ټیلیفون او سور غشی لري
item-dev-009-region-message = هغه خبرتیا چې شنه د خبرو بلبله لري
item-dev-009-region-battery = هغه خبرتیا چې بېټري لري
item-dev-009-region-update = هغه خبرتیا چې د ډاونلوډ غشی لري

item-dev-010-prompt = تاسو غواړئ خپلې خبرتیاوې بیا وګورئ. په سکرین کې چېرته ګوته کش کوئ؟
item-dev-010-opt-a = پورته، د سکرین له لاندې برخې څخه.
item-dev-010-opt-b = لاندې، د سکرین له سر څخه.
item-dev-010-opt-c = له کیڼې څنډې ښي لوري ته.

item-dev-011-prompt = هغه کیلي ټک کړئ چې د دوو کلمو ترمنځ تشه جوړوي.
item-dev-011-region-space = اوږده کیلي په لاندې برخه کې، په منځ کې
item-dev-011-region-backspace = هغه کیلي چې غشی او X لري، ښي لوري ته
item-dev-011-region-shift = هغه کیلي چې پورته غشی لري، کیڼ لوري ته
item-dev-011-region-enter = هغه کیلي چې کوږ غشی لري، لاندې ښي لوري ته
item-dev-011-region-mic = د مایکروفون کوچنۍ کیلي د اوږدې کیلي تر څنګ

item-dev-012-prompt = تاسو غواړئ د لیکلو پر ځای خبرې وکړئ. کومه کیلي ټک کوئ؟
item-dev-012-opt-a = هغه غشی چې پورته ته دی.
item-dev-012-opt-b = ګلوب (د نړۍ نښه).
item-dev-012-opt-c = موسکا کوونکی مخ.
item-dev-012-opt-d = مایکروفون.

item-dev-013-prompt = ایمیل پته له کارت څخه بکس ته کاپي کړئ، دقیقاً لکه څنګه چې لیکل شوې. بیا Next ټک کړئ.
item-dev-013-cat-0 = حل نه شو
item-dev-013-cat-1 = له لارښوونې وروسته حل شو
item-dev-013-cat-2 = پخپله حل شو

item-dev-014-prompt = ګامونه په ترتیب کېږدئ ترڅو د تایید شمېره له پیغام څخه کاپي کړئ او په فورمه کې یې پېسټ کړئ.
item-dev-014-opt-a = Copy ټک کړئ.
item-dev-014-opt-b = په فورمه کې خالي بکس کېکاږئ او ګوته پرې ونیسئ.
item-dev-014-opt-c = په پیغام کې شمېره کېکاږئ او ګوته پرې ونیسئ.
item-dev-014-opt-d = Paste ټک کړئ.

item-dev-015-prompt = کومه نښه ښيي چې ټیلیفون له Wi-Fi سره وصل دی؟
item-dev-015-opt-a = کږې کرښې د پکې په بڼه.
item-dev-015-opt-b = الوتکه.
item-dev-015-opt-c = بېټري.
item-dev-015-opt-d = د Bluetooth نښه، لکه تېره انګلیسي B توری.

item-dev-016-prompt = تاسو په عامه کتابتون کې یاست. د وړیا Wi-Fi کارولو لپاره، د خپل ټیلیفون د Wi-Fi په تنظیماتو کې د کتابتون د شبکې نوم ټاکئ. سم دی که ناسم؟

item-dev-017-prompt = ټیلیفون د کتابتون له Wi-Fi سره وصل کړئ. د شبکې نوم LibraryGuest دی او پټنوم په کارت لیکل شوی.
item-dev-017-cat-0 = حل نه شو
item-dev-017-cat-1 = له لارښوونې وروسته حل شو
item-dev-017-cat-2 = پخپله حل شو

item-dev-018-prompt = ستاسو موبایل ډېټا بنده ده. هغه تڼۍ ټک کړئ چې موبایل ډېټا روښانه کوي.
item-dev-018-region-wifi = د Wi-Fi تڼۍ، پورته کیڼ لوري ته
item-dev-018-region-mobile-data = د Mobile data تڼۍ، له دوو غشو سره، پورته منځ کې
item-dev-018-region-bluetooth = د Bluetooth تڼۍ، پورته ښي لوري ته
item-dev-018-region-airplane = د Airplane mode (الوتکې حالت) تڼۍ، لاندې کیڼ لوري ته
item-dev-018-region-flashlight = د Flashlight (څراغ) تڼۍ، لاندې منځ کې

item-dev-019-prompt = تاسو غواړئ په خپل ټیلیفون کې WhatsApp نصب کړئ. کوم اپ خلاصوئ؟
item-dev-019-opt-a = کمره.
item-dev-019-opt-b = د اپونو پلورنځی: Play Store یا App Store.
item-dev-019-opt-c = د عکسونو ګالري.
item-dev-019-opt-d = ساعت.

item-dev-020-prompt = ستاسو په ټیلیفون کې لیکونه ډېر کوچني دي. هغه تنظیم ټک کړئ چې لیک لوی کوي.
item-dev-020-region-brightness = د Brightness (رڼا) قطار، له لمر سره
item-dev-020-region-dark-mode = د Dark mode (تیاره حالت) قطار، له سپوږمۍ سره
item-dev-020-region-font-size = د Font size (د لیک اندازه) قطار، له یو کوچني او یو لوی A توري سره
item-dev-020-region-timeout = د Screen timeout قطار، له ساعت سره
item-dev-020-region-wallpaper = د Wallpaper قطار، له انځور سره

item-dev-021-prompt = ګامونه په ترتیب کېږدئ ترڅو خپله ژبه خپل ټیلیفون ته ورزیاته کړئ.
item-dev-021-opt-a = Add a language ټک کړئ.
item-dev-021-opt-b = Settings خلاص کړئ.
item-dev-021-opt-c = له لیست څخه خپله ژبه وټاکئ.
item-dev-021-opt-d = Languages ټک کړئ.

item-dev-022-prompt = د بس اپ چې Transit نومېږي په اپ پلورنځي کې پیدا کړئ، نصب یې کړئ، بیا یې خلاص کړئ.
item-dev-022-cat-0 = حل نه شو
item-dev-022-cat-1 = له لارښوونې وروسته حل شو
item-dev-022-cat-2 = پخپله حل شو

item-dev-023-prompt = تاسو له یوې ویب پاڼې یو لیک ډاونلوډ کړ. ستاسو ټیلیفون یې معمولاً چېرته ساتي؟
item-dev-023-opt-a = د Camera په اپ کې.
item-dev-023-opt-b = د Contacts په اپ کې.
item-dev-023-opt-c = د Files اپ د Downloads په فولډر کې.
item-dev-023-opt-d = د Clock په اپ کې.

item-dev-024-prompt = کله چې یو عکس ړنګ کړئ، ډېر ټیلیفونونه یې نږدې 30 ورځې په یو فولډر کې ساتي چې Recently deleted یا Trash نومېږي. تاسو لا هم کولی شئ بېرته یې راوړئ. سم دی که ناسم؟

item-dev-025-prompt = ګامونه په ترتیب کېږدئ ترڅو د یو فایل نوم بدل کړئ.
item-dev-025-opt-a = Rename ټک کړئ.
item-dev-025-opt-b = د Files اپ خلاص کړئ.
item-dev-025-opt-c = OK ټک کړئ.
item-dev-025-opt-d = فایل کېکاږئ او ګوته پرې ونیسئ.
item-dev-025-opt-e = نوی نوم ولیکئ.

item-dev-026-prompt = د خپل د کرایې تړون عکس په خپل آنلاین کلاوډ ساتنځي کې، په هغه فولډر کې چې Housing نومېږي، ذخیره کړئ.
item-dev-026-cat-0 = حل نه شو
item-dev-026-cat-1 = له لارښوونې وروسته حل شو
item-dev-026-cat-2 = پخپله حل شو
