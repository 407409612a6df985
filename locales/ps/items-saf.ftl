## Items: SAF, Safety, privacy, well-being (prompts, options, regions, task categories) (Pashto)

# saf-001
item-saf-001-prompt = که ټیلیفون ورک کړئ، کوم ټیلیفون تر ټولو خوندي دی؟
item-saf-001-opt-a = هغه ټیلیفون چې PIN یې شاته په یوه سټیکر لیکل شوی.
item-saf-001-opt-b = هغه ټیلیفون چې په یو ساده کش کولو خلاصېږي.
item-saf-001-opt-c = هغه ټیلیفون چې د خلاصولو لپاره PIN یا ستاسو د ګوتې نښه غواړي.

# saf-002
item-saf-002-prompt = کوم پټنوم تر ټولو قوي دی؟
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = کله چې ستاسو ټیلیفون ووايي چې یو نوی تازه معلومات (update) چمتو دی، ښه دا ده چې هېڅکله یې نصب نه کړئ. سم دی که ناسم؟

# saf-004
item-saf-004-prompt = تاسو په Calgary کې اوسېږئ. یوازې خپل Android ټیلیفون او خپل Windows لپ ټاپ کاروئ. دا لیست ستاسو د ایمیل حساب ته وروستي ننوتل ښيي. هغه ننوتل ټک کړئ چې شاید تاسو نه وئ.
item-saf-004-region-row1 = نن، د سهار 9:12، Android ټیلیفون، Calgary، Alberta.
item-saf-004-region-row2 = نن، د شپې 3:47، نامعلوم Linux کمپیوټر، Rotterdam، هالنډ.
item-saf-004-region-row3 = پرون، د ماښام 8:05، Windows لپ ټاپ، Calgary، Alberta.
item-saf-004-region-row4 = دوشنبه، د سهار 7:30، Android ټیلیفون، Calgary، Alberta.
item-saf-004-region-secure = د Secure your account تڼۍ (خپل حساب خوندي کړئ).

# saf-005
item-saf-005-prompt = په دې تمریني پټنوم ساتونکي (password manager) کې، د خپل ښوونځي د پورټال حساب لپاره یو نوی قوي پټنوم جوړ کړئ، د پورټال له ویب پتې سره یې ذخیره کړئ، بیا پټنوم ساتونکی قفل کړئ.
item-saf-005-cat-0 = ونه شو.
item-saf-005-cat-1 = له لارښوونې وروسته وشو.
item-saf-005-cat-2 = پرته له مرستې وشو.

# saf-006
item-saf-006-prompt = تاسو خپل ټول پټنومونه په یو پټنوم ساتونکي (password manager) کې ساتئ. څه یې تر ټولو ښه ساتي؟
item-saf-006-opt-a = اصلي پټنوم چې ستاسو په ټیلیفون کې په یو یادښت کې لیکل شوی.
item-saf-006-opt-b = همغه اصلي پټنوم چې ستاسو د ایمیل دی، چې هېر یې نه کړئ.
item-saf-006-opt-c = یو اوږد اصلي پټنوم (master password) چې بل ځای یې نه کاروئ، او په پټنوم ساتونکي دوه پړاویز تایید.
item-saf-006-opt-d = خپله قفلېدل (Auto-lock) بند وي، چې اصلي پټنوم ډېر ځله ونه لیکئ.

# saf-007
item-saf-007-prompt = کوم عکس باید هېڅکله آنلاین خپور نه کړئ؟
item-saf-007-opt-a = د هغه لیک عکس چې ستاسو Social Insurance Number (SIN) پکې دی.
item-saf-007-opt-b = د یو پارک عکس.
item-saf-007-opt-c = د خپل خوراک عکس.

# saf-008
item-saf-008-prompt = یو آنلاین پلورنځی ستاسو د امر د رسولو لپاره ستاسو Social Insurance Number (SIN) غواړي. تاسو باید ورکړئ. سم دی که ناسم؟

# saf-009
item-saf-009-prompt = تاسو د څراغ (flashlight) اپ نصبوئ. هغه غواړي ستاسو اړیکې او ستاسو ځای وګوري. څه ټک کوئ؟
item-saf-009-opt-a = Allow: تاسو هو وایئ.
item-saf-009-opt-b = Don't allow: تاسو نه وایئ.
item-saf-009-opt-c = Allow all the time: تاسو تل هو وایئ.

# saf-010
item-saf-010-prompt = تاسو غواړئ چې د پېرود یو اپ نور ونه ګوري چې تاسو چېرته یاست. ګامونه په ترتیب کېږدئ.
item-saf-010-opt-a = Permissions ټک کړئ.
item-saf-010-opt-b = Settings خلاص کړئ.
item-saf-010-opt-c = Location ټک کړئ، بیا Don't allow.
item-saf-010-opt-d = Apps ټک کړئ او د پېرود اپ وټاکئ.

# saf-011
item-saf-011-prompt = د عکس سمولو یو اپ یوازې هغو عکسونو ته اړتیا لري چې تاسو یې ټاکئ. د هغه اجازې دا دي: Photos، ټول عکسونه؛ Location، تل؛ Contacts، اجازه شته؛ Microphone، اجازه شته. تر ټولو ښه تنظیم کوم دی؟
item-saf-011-opt-a = هر څه ته اجازه ورکړئ، خو یوازې هغه وخت چې اپ کاروئ.
item-saf-011-opt-b = هر څه لکه څنګه چې دي پرېږدئ، ځکه چې اپ وړیا دی.
item-saf-011-opt-c = Photos بند کړئ او Location: تل پرېږدئ.
item-saf-011-opt-d = Photos: یوازې ټاکل شوي عکسونه. Location، Contacts او Microphone بند کړئ.

# saf-012
item-saf-012-prompt = دې ټیلیفوني زنګ ته غوږ ونیسئ: دا Canada Revenue Agency (CRA) ده. تاسو مالیه پوروړي یاست. نن په ګیفټ کارډونو پیسې ورکړئ، که نه نو پولیس به مو ونیسي. دا زنګ څه دی؟
item-saf-012-opt-a = له پولیسو رښتینی زنګ: تاسو خپله پته ورکوئ.
item-saf-012-opt-b = له حکومت څخه رښتینی زنګ: تاسو په ګیفټ کارډونو پیسې ورکوئ.
item-saf-012-opt-c = درغلي ده: تاسو ټیلیفون بندوئ.

# saf-013
item-saf-013-prompt = ستاسو بانک Maple Bank دی، او ویب سایټ یې maplebank.ca دی. دا ایمیل رښتینی ښکاري. هغه برخه ټک کړئ چې ښيي دا ستاسو له بانک څخه نه دی.
item-saf-013-region-logo = د Maple Bank لوګو.
item-saf-013-region-sender = لېږونکی: alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = سلام: Hello Amina.
item-saf-013-region-message = پیغام: We noticed a new sign-in. Please review your account. (موږ یو نوی ننوتل ولید. مهرباني وکړئ خپل حساب وګورئ.)
item-saf-013-region-button = د Review account تڼۍ.

# saf-014
item-saf-014-prompt = تاسو ته د WhatsApp پیغام راځي: له کوره کار، په ورځ کې 400 ډالره، مرکه نشته. د خپل روزنې کڅوړې لپاره 50 ډالره ولېږئ. دا څه دي؟
item-saf-014-opt-a = شاید درغلي وي: پیسې مه ورکوئ او ځواب مه ورکوئ.
item-saf-014-opt-b = ښه دنده ده: 50 ډالره ژر ولېږئ.
item-saf-014-opt-c = له Job Bank څخه د دندې رښتینی وړاندیز.

# saf-015
item-saf-015-prompt = د موټرو په پارکینګ کې په یوه سټیکر QR کوډ تل د پیسو ورکولو رښتینی ویب سایټ خلاصوي. سم دی که ناسم؟

# saf-016
item-saf-016-prompt = ستاسو ټیلیفون له یوې نامعلومې شمېرې زنګ وهي. تاسو د خپل زوی غږ اورئ، چې ژاړي: ما پېښه کړې. همدا اوس ما ته 2,000 ډالره په e-Transfer ولېږه. هېچا ته مه وایه. تر ټولو خوندي کار کوم دی؟
item-saf-016-opt-a = ټیلیفون بند کړئ او خپل زوی ته د هغه په معمولي شمېره بېرته زنګ ووهئ.
item-saf-016-opt-b = هغې شمېرې ته بېرته زنګ ووهئ چې همدا اوس یې زنګ درته وهلی و، د ډاډ لپاره.
item-saf-016-opt-c = له زنګ وهونکي وغواړئ چې د زېږېدو نېټه یې ووايي.
item-saf-016-opt-d = پیسې ولېږئ، ځکه چې رښتیا د هغه غږ دی.

# saf-017
item-saf-017-prompt = تاسو یو ټیلیفون آنلاین پلورئ. پېرودونکی تاسو ته داسې ایمیل لېږي چې داسې ښکاري لکه له Interac څخه چې راغلی وي: د 300 ډالرو پیسې ودرول شوې دي. کله چې پېرودونکي ته د لېږد لپاره 100 ډالره ولېږئ، خلاصې به شي. کومه خبره رښتیا ده؟
item-saf-017-opt-a = تاسو باید 100 ډالره ولېږئ ترڅو 300 ډالره ترلاسه کړئ.
item-saf-017-opt-b = Interac هېڅکله پیسې نه ودروي تر هغه چې تاسو چا ته پیسې ورکړئ. ایمیل جعلي دی: په خپل بانک اپ کې وګورئ.
item-saf-017-opt-c = ایمیل رښتینی دی ځکه چې د Interac لوګو لري.
item-saf-017-opt-d = تاسو باید ایمیل ته د خپل بانک په پټنوم ځواب ورکړئ ترڅو پیسې خلاصې شي.

# saf-018
item-saf-018-prompt = تاسو غواړئ ستاسو د ماشوم په ټابلیټ کې لوبې په ورځ کې یو ساعت ته محدودې کړئ. ګامونه په ترتیب کېږدئ.
item-saf-018-opt-a = Screen Time ټک کړئ.
item-saf-018-opt-b = Games وټاکئ، 1 ساعت وټاکئ، او Add ټک کړئ.
item-saf-018-opt-c = Settings خلاص کړئ.
item-saf-018-opt-d = App Limits ټک کړئ، بیا Add Limit.

# saf-019
item-saf-019-prompt = یو څوک تاسو ته په دې تمریني ټولنیز رسنۍ اپ کې سپکاوی کوونکي پیغامونه لېږي. دا کس بلاک کړئ او د پیغامونو راپور ورکړئ.
item-saf-019-cat-0 = ونه شو.
item-saf-019-cat-1 = له لارښوونې وروسته وشو.
item-saf-019-cat-2 = پرته له مرستې وشو.
