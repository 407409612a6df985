## Items: CRE, Creating content and documents (prompts, options, regions, task categories) (Pashto)

# cre-001
item-cre-001-prompt = تاسو غواړئ عکس واخلئ. کوم انځور ټک کوئ؟
item-cre-001-opt-a = لفافه.
item-cre-001-opt-b = د ټیلیفون غوږۍ.
item-cre-001-opt-c = کمره.

# cre-002
item-cre-002-prompt = کمره د عکس اخیستلو لپاره چمتو ده. تاسو غواړئ ویډیو ثبت کړئ. هغه ځای ټک کړئ چې ویډیو ته پرې اوړئ.
item-cre-002-region-shutter = لویه ګرده تڼۍ په لاندې برخه کې.
item-cre-002-region-video = د VIDEO کلمه د لویې تڼۍ پورته.
item-cre-002-region-flip = هغه تڼۍ چې دوه ګرد غشي لري، د کمرې د اړولو لپاره.
item-cre-002-region-gallery = ستاسو د وروستي عکس کوچنی انځور.
item-cre-002-region-flash = د برېښنا د نښې تڼۍ په پورتنۍ برخه کې.

# cre-003
item-cre-003-prompt = په ډېرو ټیلیفونونو کې، تاسو کولی شئ د ویډیو پیل له لېږلو مخکې پرې کړئ.

# cre-004
item-cre-004-prompt = تاسو غواړئ یو عکس پرې کړئ چې یوازې ستاسو سند پکې ښکاره شي. ګامونه په ترتیب کېږدئ.
item-cre-004-opt-a = Edit (سمول) ټک کړئ.
item-cre-004-opt-b = Save (ساتل) ټک کړئ.
item-cre-004-opt-c = عکس په خپل Gallery کې خلاص کړئ.
item-cre-004-opt-d = Crop (پرې کول) ټک کړئ او کونجونه وخوځوئ.

# cre-005
item-cre-005-prompt = د دې تمریني لیک عکس واخلئ، داسې یې پرې کړئ چې یوازې لیک ښکاره شي، او ذخیره یې کړئ.
item-cre-005-cat-0 = ونه شو.
item-cre-005-cat-1 = له لارښوونې وروسته وشو.
item-cre-005-cat-2 = پرته له مرستې وشو.

# cre-006
item-cre-006-prompt = ستاسو رزومه په یو لیکنیز پروګرام کې چمتو ده. کار ورکوونکی PDF فایل غواړي. څه کوئ؟
item-cre-006-opt-a = File وکاروئ، بیا Save as یا Download، او PDF وټاکئ.
item-cre-006-opt-b = د رزومې سکرین شاټ واخلئ او انځور یې ولېږئ.
item-cre-006-opt-c = د فایل د نوم پای په .pdf بدل کړئ.

# cre-007
item-cre-007-prompt = تاسو غواړئ خپل سند ته جدول ورزیات کړئ. ګامونه په ترتیب کېږدئ.
item-cre-007-opt-a = Table (جدول) کلیک کړئ.
item-cre-007-opt-b = په سند کې هغه ځای کلیک کړئ چې جدول غواړئ.
item-cre-007-opt-c = 2 ستنې او 4 قطارونه وټاکئ.
item-cre-007-opt-d = د Insert ټب کلیک کړئ.

# cre-008
item-cre-008-prompt = تاسو خپله رزومه په لیکنیز پروګرام کې لیکئ. غواړئ د برخو ټول سرلیکونه، لکه Experience او Education، یو شان ښکاره شي، او وروسته یې ټول په یو ځل بدل کړای شئ. تر ټولو ښه لار کومه ده؟
item-cre-008-opt-a = هر سرلیک په لویو انګلیسي تورو ولیکئ.
item-cre-008-opt-b = هر سرلیک یو په یو غټ او لوی کړئ.
item-cre-008-opt-c = پر هر سرلیک د Heading 1 بڼه (style) ولګوئ، بیا بڼه بدله کړئ.
item-cre-008-opt-d = هر سرلیک په خپل جلا متن بکس کې کېږدئ.

# cre-009
item-cre-009-prompt = په دې سپریډشیټ کې، د میاشتې ستاسو لګښتونه له B2 تر B8 خونو کې دي. کوم فورمول ټوله مجموعه ورکوي؟
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = ستاسو لګښتونه له B2 تر B8 خونو کې دي او ټوله مجموعه په B9 کې ده. په C2 کې غواړئ د هر لګښت برخه له ټولې مجموعې څخه وګورئ، او بیا به فورمول تر C8 پورې لاندې کاپي کړئ. په C2 کې کوم فورمول لیکئ؟
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = په دې تمریني لیکنیز پروګرام کې، د رزومې د برخو پر درېیو سرلیکونو د Heading 1 بڼه ولګوئ، بیا یې د PDF په توګه ډاونلوډ کړئ.
item-cre-011-cat-0 = ونه شو.
item-cre-011-cat-1 = له لارښوونې وروسته وشو.
item-cre-011-cat-2 = پرته له مرستې وشو.

# cre-012
item-cre-012-prompt = مخکې له دې چې د نورو خلکو عکس آنلاین خپور کړئ، باید له هغوی وپوښتئ چې ایا دوی ورسره موافق دي.

# cre-013
item-cre-013-prompt = تاسو کېک پلورئ او یو آنلاین اعلان جوړوئ. یو عکس پیدا کوئ چې Creative Commons جواز لري. کوم جواز اجازه درکوي چې عکس په خپل اعلان کې وکاروئ که د عکاس نوم واخلئ؟
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial (نوم اخیستل، سوداګریز کار نه).
item-cre-013-opt-b = CC BY: Attribution (د جوړوونکي نوم اخیستل).
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives (نوم اخیستل، سوداګریز کار نه، بدلون نه).
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives (نوم اخیستل، بدلون نه)، او ستاسو بیې په عکس لیکل شوې.
