# 题目消息：INF（简体中文）

item-inf-001-prompt = 您想在地图上找一个地址。请点一下输入地址的地方。
item-inf-001-region-search = 最上面的白色长条，有一个放大镜
item-inf-001-region-layers = 长条下面右边的小按钮，有几个叠起来的方块
item-inf-001-region-map = 地图中间
item-inf-001-region-location = 右边的圆按钮，有一个瞄准的标志
item-inf-001-region-directions = 右下方的蓝色按钮，有一个箭头

item-inf-002-prompt = 您需要知道温尼伯 Service Canada（加拿大服务中心）办公室的开门时间。您在搜索框里输入什么？
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = 在教育局的网站上，用网站自己的搜索框，找到校车时间的那一页。
item-inf-003-cat-0 = 没有完成
item-inf-003-cat-1 = 提示后完成
item-inf-003-cat-2 = 自己完成

item-inf-004-prompt = 您想搜工作许可的信息，只要加拿大政府网站上的结果。哪种搜索最好？
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = 哪个按钮能让手机把文字念给您听？
item-inf-005-opt-a = 一个垃圾桶。
item-inf-005-opt-b = 一个喇叭，旁边有声波。
item-inf-005-opt-c = 一把锁。
item-inf-005-opt-d = 一颗星。

item-inf-006-prompt = 把步骤排好顺序，用手机相机翻译一封纸质信。
item-inf-006-opt-a = 把相机对准信。
item-inf-006-opt-b = 打开翻译应用。
item-inf-006-opt-c = 看或听翻译。
item-inf-006-opt-d = 在应用里点 Camera（相机）。

item-inf-007-prompt = 您收到 IRCC（加拿大移民局）发来的一封 PDF 文件信。您必须先打印出来才能看。对还是错？

item-inf-008-prompt = 这个网页是英文的。请点一下把网页翻译成您的语言的按钮。
item-inf-008-region-home = 房子按钮，在地址栏最左边
item-inf-008-region-refresh = 圆形箭头，在地址栏左边
item-inf-008-region-translate = 有一个字母 A 和一个汉字的按钮，在地址栏里面
item-inf-008-region-bookmark = 地址栏最后的星星
item-inf-008-region-tabs = 右上方有数字的方框

item-inf-009-prompt = 您搜索了怎么续办永久居民卡（枫叶卡）。请点一下加拿大政府的官方结果。
item-inf-009-region-ad = 第一个结果，标着 Sponsored（广告），来自 prcard-fast-renewal.com
item-inf-009-region-official = 第二个结果，来自 canada.ca
item-inf-009-region-forum = 第三个结果，来自一个讨论论坛
item-inf-009-region-video = 第四个结果，一个社交媒体频道的视频

item-inf-010-prompt = 您问一个人工智能聊天机器人怎么申请加拿大儿童福利金 Canada Child Benefit。它给了您一串步骤。您应该怎么做？
item-inf-010-opt-a = 照着步骤做。人工智能的回答永远是对的。
item-inf-010-opt-b = 申请之前，在 canada.ca 上或找安置服务工作人员核对这些步骤。
item-inf-010-opt-c = 把您的社会保险号 SIN 给聊天机器人，让它帮您申请。
item-inf-010-opt-d = 不用网上的任何信息。

item-inf-011-prompt = 网上有一个视频，里面总理说所有新移民都可以免费坐飞机回国。视频来自一个不认识的账号，声音有点像机器人，新闻网站都没有报道。这个视频最可能是什么？
item-inf-011-opt-a = 一个新闻漏掉了的真实公告。
item-inf-011-opt-b = 用人工智能做的假视频，叫“深度伪造”。
item-inf-011-opt-c = 加拿大政府的官方视频。
item-inf-011-opt-d = 议会的现场直播。

item-inf-012-prompt = 一个人工智能聊天机器人告诉您，有一条新规定，难民在加拿大住一年就能申请入籍。它给了一个链接作为来源。您打开链接，网页上并没有这么说。最好的结论是什么？
item-inf-012-opt-a = 这条规定是真的，因为聊天机器人给了来源。
item-inf-012-opt-b = 网页是旧的，所以聊天机器人是对的。
item-inf-012-opt-c = 聊天机器人可能搞错了。到 IRCC 网站上核对这条规定。
item-inf-012-opt-d = 再问一次聊天机器人。如果它两次说的一样，那就是真的。

item-inf-013-prompt = 一篇文章说，用 JobFast 应用的新移民找到工作的速度快一倍。这项研究是做 JobFast 的公司自己做的，参加的是自己选择用这个应用的人。这个说法最主要的问题是什么？
item-inf-013-opt-a = 这个应用可能不是每个省都能用。
item-inf-013-opt-b = 研究没有说这些新移民来自哪些国家。
item-inf-013-opt-c = 文章没有说大家找到工作具体用了多少天。
item-inf-013-opt-d = 研究是做这个应用的公司自己做的，而且自己选择用这个应用的人，可能本来找工作就更积极。

item-inf-014-prompt = 以后要找的时候，叫 scan001.pdf 的文件比叫 Lease-2025-apartment.pdf 的文件更好找。对还是错？

item-inf-015-prompt = 把步骤排好顺序，把电子邮件里的 PDF 信存到您的 Documents（文档）文件夹。
item-inf-015-opt-a = 点 Download（下载）。
item-inf-015-opt-b = 打开电子邮件。
item-inf-015-opt-c = 打开 Files（文件）应用，把 PDF 移到 Documents（文档）文件夹。
item-inf-015-opt-d = 点 PDF 附件。

item-inf-016-prompt = 新建一个叫 Immigration 的文件夹。然后把 IRCC 的两封信移进去。
item-inf-016-cat-0 = 没有完成
item-inf-016-cat-1 = 提示后完成
item-inf-016-cat-2 = 自己完成

item-inf-017-prompt = 您保存着全家人移民和身份证件的扫描件，以后很多年都要用。哪个办法最能保护它们，既不会丢，也不会被别人拿到？
item-inf-017-opt-a = 只留一份，放在手机相册里，这样一直带在身上。
item-inf-017-opt-b = 一份存在有两步验证保护的云账户里，另一份存在家里的 U 盘上。
item-inf-017-opt-c = 把扫描件用电子邮件发给自己和好几个亲戚，让很多人都有一份。
item-inf-017-opt-d = 放在家人的私人群聊里，往上翻就能找到。
