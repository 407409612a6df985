# Item messages: access questionnaire (Pashto)

item-acc-001-prompt = تاسو ډېر وخت کومه وسیله کاروئ؟
item-acc-001-opt-a = خپل سمارټ فون
item-acc-001-opt-b = داسې ټیلیفون چې له نورو خلکو سره یې شریک کاروم
item-acc-001-opt-c = ټابلیټ
item-acc-001-opt-d = کمپیوټر
item-acc-001-opt-e = زه هېڅ وسیله نه لرم

item-acc-002-prompt = تاسو ډېر وخت انټرنېټ ته څنګه وصلېږئ؟
item-acc-002-opt-a = په کور کې له Wi-Fi سره
item-acc-002-opt-b = یوازې زما د ټیلیفون په موبایل ډېټا
item-acc-002-opt-c = یوازې په وړیا عامه Wi-Fi، لکه په کتابتون کې
item-acc-002-opt-d = زه انټرنېټ نه لرم

item-acc-003-prompt = ایا تاسو ایمیل پته لرئ؟
item-acc-003-opt-a = هو
item-acc-003-opt-b = نه
item-acc-003-opt-c = ډاډه نه یم

item-acc-004-prompt = ایا تاسو په خپله مورنۍ ژبه لوستلی شئ؟
item-acc-004-opt-a = هو، په اسانۍ
item-acc-004-opt-b = لږ څه
item-acc-004-opt-c = نه

item-acc-005-prompt = کله چې ټیلیفون یا کمپیوټر کاروئ، تر ټولو ډېر څه درسره مرسته کوي؟
item-acc-005-opt-a = هېڅ اضافي شی نه، زه ښه یم
item-acc-005-opt-b = لوی لیک
item-acc-005-opt-c = د کلمو په لوړ غږ اورېدل
item-acc-005-opt-d = د یو انسان مرسته

item-acc-006-prompt = تاسو غواړئ زموږ له خدمتونو څخه څنګه مرسته ترلاسه کړئ؟
item-acc-006-opt-a = مخامخ
item-acc-006-opt-b = په ټیلیفوني زنګ
item-acc-006-opt-c = د WhatsApp په غږیز پیغام
item-acc-006-opt-d = په ویډیويي زنګ
item-acc-006-opt-e = په ایمیل
