## Items: SRV, Using online services in Canada (prompts, options, regions, task categories) (Pashto)

# srv-001
item-srv-001-prompt = تاسو یوې ویب سایټ ته ننوځئ. تاسو ته یو لیکلی پیغام راځي چې 6 عددي کوډ لري. له کوډ سره څه کوئ؟
item-srv-001-opt-a = کوډ هغه کس ته ورکړئ چې تاسو ته زنګ وهي او کوډ غواړي.
item-srv-001-opt-b = کوډ د ننوتلو په پاڼه کې ولیکئ.
item-srv-001-opt-c = پیغام ړنګ کړئ او هېڅ مه کوئ.

# srv-002
item-srv-002-prompt = تاسو خپل پټنوم هېر کړی. هغه ځای ټک کړئ چې نوی پټنوم پکې جوړولی شئ.
item-srv-002-region-email = د ایمیل پتې بکس.
item-srv-002-region-password = د پټنوم بکس.
item-srv-002-region-signin = د Sign in تڼۍ (ننوتل).
item-srv-002-region-forgot = د Forgot password? لینک (پټنوم مو هېر دی؟).
item-srv-002-region-create = د Create an account لینک (حساب جوړول).

# srv-003
item-srv-003-prompt = په دوه پړاویز تایید کې، تاسو په خپل پټنوم او همداراز په هغه کوډ ننوځئ چې ستاسو ټیلیفون ته لېږل کېږي. سم دی که ناسم؟

# srv-004
item-srv-004-prompt = تاسو غواړئ د یو آنلاین حساب پټنوم نوی کړئ. ګامونه په ترتیب کېږدئ.
item-srv-004-opt-a = له سایټ څخه راغلی ایمیل خلاص کړئ او لینک ټک کړئ.
item-srv-004-opt-b = د ننوتلو په پاڼه کې Forgot password? ټک کړئ.
item-srv-004-opt-c = نوی پټنوم دوه ځله ولیکئ او Save ټک کړئ.
item-srv-004-opt-d = خپله ایمیل پته ولیکئ او Send ټک کړئ.

# srv-005
item-srv-005-prompt = تاسو دوه پړاویز تایید روښانه کوئ. سایټ 10 بدیل کوډونه (backup codes) ښيي. له هغو سره تر ټولو ښه کار کوم دی؟
item-srv-005-opt-a = پام ورته مه کوئ، ځکه چې ټیلیفون تل درسره وي.
item-srv-005-opt-b = یو ملګري ته یې په ایمیل ولېږئ، د احتیاط لپاره.
item-srv-005-opt-c = په یو خوندي ځای کې یې وساتئ، لکه پټنوم ساتونکي کې یا په کاغذ په کور کې.
item-srv-005-opt-d = په خپل کورنۍ ګروپ چټ کې یې ولیکئ.

# srv-006
item-srv-006-prompt = دې فورمې ته وګورئ. د یو بکس تر څنګ سور ستوری څه معنا لري؟
item-srv-006-opt-a = په دې بکس کې ځواب غلط دی.
item-srv-006-opt-b = تاسو کولی شئ دا بکس خالي پرېږدئ.
item-srv-006-opt-c = تاسو باید دا بکس ډک کړئ.

# srv-007
item-srv-007-prompt = فورمه ستاسو د دایمي اوسېدو کارت (PR card) عکس غواړي. هغه ځای ټک کړئ چې فایل پکې ورزیاتوئ.
item-srv-007-region-name = د Family name بکس (کورنۍ نوم).
item-srv-007-region-upload = د Upload file تڼۍ (فایل پورته کول).
item-srv-007-region-help = د Help لینک (مرسته).
item-srv-007-region-cancel = د Cancel تڼۍ (لغوه کول).
item-srv-007-region-next = د Next تڼۍ (بل).

# srv-008
item-srv-008-prompt = تاسو باید د خپل پاسپورټ د پاڼې عکس ولېږئ. کوم عکس د لېږلو لپاره ښه دی؟
item-srv-008-opt-a = تت عکس.
item-srv-008-opt-b = هغه عکس چې ستاسو ګوته یې د پاڼې یوه برخه پټه کړې.
item-srv-008-opt-c = روښانه عکس چې ټوله پاڼه او څلور واړه کونجونه یې ښيي.
item-srv-008-opt-d = تیاره عکس چې په پاڼه یې د رڼا یو ځلانده ټکی دی.

# srv-009
item-srv-009-prompt = په دې تمریني فورمه کې، خپل نوم او د زېږېدو نېټه ولیکئ، د خپل سند عکس ورزیات کړئ، او Submit ټک کړئ.
item-srv-009-cat-0 = فورمه ونه لېږل شوه.
item-srv-009-cat-1 = فورمه له لارښوونې وروسته ولېږل شوه.
item-srv-009-cat-2 = فورمه پرته له مرستې ولېږل شوه.

# srv-010
item-srv-010-prompt = فورمه وايي: Upload a PDF, 4 MB maximum (یو PDF پورته کړئ، تر 4 MB پورې). ستاسو عکس 9 MB د JPG فایل دی. څه کولی شئ؟
item-srv-010-opt-a = دا پوښتنه پرېږدئ او فورمه وسپارئ.
item-srv-010-opt-b = د فایل د نوم پای له {"\u2068"}.jpg{"\u2069"} څخه په {"\u2068"}.pdf{"\u2069"} بدل کړئ.
item-srv-010-opt-c = هڅه وکړئ چې همغه فایل ډېر ځله پورته کړئ.
item-srv-010-opt-d = د سکینر اپ وکاروئ چې عکس د یو کوچني PDF په توګه ذخیره کړي، بیا یې پورته کړئ.

# srv-011
item-srv-011-prompt = له ډاکټر سره د ویډیويي ملاقات مخکې، اړتیا نشته چې خپله کمره او مایکروفون وازمویئ. سم دی که ناسم؟

# srv-012
item-srv-012-prompt = ستاسو ماشوم نن ناروغ دی. هغه ځای ټک کړئ چې ښوونځي ته ووایئ ستاسو ماشوم به غیر حاضر وي.
item-srv-012-region-grades = د مینو برخه Grades (نمرې).
item-srv-012-region-attendance = د مینو برخه Attendance: report an absence (حاضري: د غیر حاضرۍ خبر ورکول).
item-srv-012-region-lunch = د مینو برخه Lunch menu (د غرمې ډوډۍ لیست).
item-srv-012-region-calendar = د مینو برخه Calendar (جنتري).
item-srv-012-region-signout = د Sign out تڼۍ (وتل).

# srv-013
item-srv-013-prompt = تاسو د کاناډا د تابعیت لپاره آنلاین غوښتنه کړې. غواړئ پوه شئ چې ستاسو د غوښتنلیک په اړه کوم نوی خبر شته که نه. چېرته ګورئ؟
item-srv-013-opt-a = د IRCC په ویب سایټ کې په خپل حساب کې.
item-srv-013-opt-b = د کډوالۍ په اړه په یوه Facebook ګروپ کې.
item-srv-013-opt-c = له یوې نامعلومې شمېرې په یو لیکلي پیغام کې چې غواړي فیس ورکړئ.

# srv-014
item-srv-014-prompt = تاسو غواړئ په یوه کلینیک کې آنلاین ملاقات وټاکئ. ګامونه په ترتیب کېږدئ.
item-srv-014-opt-a = یوه ورځ او یو وخت وټاکئ.
item-srv-014-opt-b = د تایید ایمیل وګورئ.
item-srv-014-opt-c = د کلینیک د وخت ټاکلو پاڼه خلاصه کړئ.
item-srv-014-opt-d = Book appointment ټک کړئ.

# srv-015
item-srv-015-prompt = په دې تمریني کلینیک اپ کې، د نن ورځې خپل ملاقات پیدا کړئ او په ویډیويي زنګ کې ګډون وکړئ، چې کمره او مایکروفون مو روښانه وي.
item-srv-015-cat-0 = په زنګ کې یې ګډون ونه کړ.
item-srv-015-cat-1 = له لارښوونې وروسته یې په زنګ کې ګډون وکړ.
item-srv-015-cat-2 = پرته له مرستې یې په زنګ کې ګډون وکړ.

# srv-016
item-srv-016-prompt = تاسو غواړئ د برېښنا بیل په خپل بانک اپ کې ورکړئ. له بیل څخه څه ته اړتیا لرئ؟
item-srv-016-opt-a = ستاسو Social Insurance Number (SIN).
item-srv-016-opt-b = په بیل کې د حساب شمېره.
item-srv-016-opt-c = د برېښنا د شرکت د ویب سایټ پټنوم.

# srv-017
item-srv-017-prompt = تاسو غواړئ یو ملګري ته د Interac e-Transfer له لارې پیسې ولېږئ. هغه ځای ټک کړئ چې پیل پرې کوئ.
item-srv-017-region-accounts = د Accounts تڼۍ (حسابونه).
item-srv-017-region-paybills = د Pay bills تڼۍ (بیلونه ورکول).
item-srv-017-region-etransfer = د Send money with Interac e-Transfer تڼۍ.
item-srv-017-region-deposit = د Deposit a cheque تڼۍ (چک جمع کول).
item-srv-017-region-menu = د مینو تڼۍ، پورته ښي لوري ته.

# srv-018
item-srv-018-prompt = تاسو په خپل بانک اپ کې د Interac e-Transfer لپاره Autodeposit روښانه کوئ. څه بدلېږي؟
item-srv-018-opt-a = هغه پیسې چې ستاسو ایمیل یا ټیلیفون شمېرې ته لېږل کېږي سمدستي ستاسو حساب ته ځي، پرته له امنیتي پوښتنې.
item-srv-018-opt-b = ستاسو بیلونه هره میاشت پخپله ورکول کېږي.
item-srv-018-opt-c = هر څوک کولی شي ستاسو له حساب پرته له پوښتنې پیسې واخلي.
item-srv-018-opt-d = تاسو باید د هرې پیسو د جمع کېدو لپاره امنیتي پوښتنې ته ځواب ورکړئ.
