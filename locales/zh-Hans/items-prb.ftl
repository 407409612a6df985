## 题目：PRB，解决问题、学习、工作（提示、选项、区域、任务类别）

# prb-001
item-prb-001-prompt = 您的手机很慢，一个应用卡住不动了。您先试什么？
item-prb-001-opt-a = 买一部新手机。
item-prb-001-opt-b = 删掉所有照片。
item-prb-001-opt-c = 重启手机。

# prb-002
item-prb-002-prompt = 视频通话时，别人听不到您说话。这个画面显示应用的权限。请点一下您必须改的那一项。
item-prb-002-region-camera = Camera（相机）：Allowed（允许）。
item-prb-002-region-microphone = Microphone（麦克风）：Not allowed（不允许）。
item-prb-002-region-location = Location（位置）：Not allowed（不允许）。
item-prb-002-region-notifications = Notifications（通知）：Allowed（允许）。
item-prb-002-region-contacts = Contacts（通讯录）：Allowed（允许）。

# prb-003
item-prb-003-prompt = 您的手机显示 Storage full（存储空间已满）。删掉已经存到云端的旧视频，可以腾出空间。对还是错？

# prb-004
item-prb-004-prompt = 在家里，手机上不了网。把这些步骤排好顺序，从最先试的到最后试的。
item-prb-004-opt-a = 拔掉调制解调器（猫）的电源，等 30 秒，再插回去。
item-prb-004-opt-b = 检查 Wi-Fi 是开着的，并且连的是您家的网络。
item-prb-004-opt-c = 打电话给您的网络公司。
item-prb-004-opt-d = 在手机上把 Wi-Fi 关掉再打开。

# prb-005
item-prb-005-prompt = 一个应用显示错误信息，代码是 E-403，您看不懂。找帮助的好办法是什么？
item-prb-005-opt-a = 搜索应用的名字加上错误代码，或者看应用官方的帮助页面。
item-prb-005-opt-b = 打弹出广告里的电话号码。
item-prb-005-opt-c = 把密码给网上群里说要帮您修好的陌生人。

# prb-006
item-prb-006-prompt = 您收到孩子学校的一封英文信，您看不懂。哪个工具对您帮助最大？
item-prb-006-opt-a = 计算器。
item-prb-006-opt-b = 能用相机的翻译应用。
item-prb-006-opt-c = 地图应用。

# prb-007
item-prb-007-prompt = 人工智能聊天助手讲法律和移民规定，永远是对的。对还是错？

# prb-008
item-prb-008-prompt = 您问人工智能聊天助手，您必须在什么时候报个人所得税。它给了您一个日期。您应该怎么做？
item-prb-008-opt-a = 再问一遍同样的问题。如果回答一样，那就是真的。
item-prb-008-opt-b = 相信这个日期，因为政府会检查人工智能的回答。
item-prb-008-opt-c = 到 canada.ca 上加拿大税务局 CRA 的官方页面核对日期。

# prb-009
item-prb-009-prompt = 一个人工智能助手讲您作为租客的权利，还说：请看《住宅租赁法》Residential Tenancies Act 第 99 条。您打开这部法律，第 99 条讲的是别的事。这说明什么？
item-prb-009-opt-a = 人工智能可能会编造或搞混来源。要核对官方原文，或者问租客帮助服务。
item-prb-009-opt-b = 政府网站上的法律一定过时了，所以听人工智能的。
item-prb-009-opt-c = 人工智能回答的其他部分肯定是对的，只有号码错了。
item-prb-009-opt-d = 问人工智能确不确定。如果它说确定，就可以相信它。

# prb-010
item-prb-010-prompt = 您想学用电子邮件。在哪里能得到免费的帮助？
item-prb-010-opt-a = 在公共图书馆或安置服务机构。
item-prb-010-opt-b = 找一个在网上给您写信、问您要密码的人。
item-prb-010-opt-c = 找一个要您用礼品卡付钱的广告。

# prb-011
item-prb-011-prompt = 您上个星期开始上一门网课。请点一下继续上课的地方。
item-prb-011-region-resume = Resume lesson 3（继续第 3 课）按钮。
item-prb-011-region-catalogue = Course catalogue（课程目录）链接。
item-prb-011-region-certificates = Certificates（证书）链接。
item-prb-011-region-forum = Forum（论坛）链接。
item-prb-011-region-profile = 右上方您的头像。

# prb-012
item-prb-012-prompt = 您想上一门免费的网课。请把步骤排好顺序。
item-prb-012-opt-a = 开始上第 1 课。
item-prb-012-opt-b = 用您的电子邮箱地址注册一个账户。
item-prb-012-opt-c = 打开课程网站。
item-prb-012-opt-d = 输入发到您邮箱的验证码，确认您的账户。

# prb-013
item-prb-013-prompt = 您在 Job Bank（加拿大政府求职网站）上找工作。您只想要离家近的工作。您用什么？
item-prb-013-opt-a = Sort by date（按日期排序）按钮。
item-prb-013-opt-b = Location（地点）框：输入您的城市或邮政编码。
item-prb-013-opt-c = Print（打印）按钮。

# prb-014
item-prb-014-prompt = 这是一条招聘广告。请点一下能看到怎么申请的地方。
item-prb-014-region-title = 职位名称：Warehouse worker（仓库工人）。
item-prb-014-region-salary = 工资：每小时 19 加元 50 分。
item-prb-014-region-howto = How to apply（申请方法）这一部分。
item-prb-014-region-save = Save to favourites（收藏）按钮。
item-prb-014-region-report = Report a problem（报告问题）链接。

# prb-015
item-prb-015-prompt = 一家大公司先用电脑系统看简历，然后才有人看。哪份简历机会最大？
item-prb-015-opt-a = 纸质简历的照片。
item-prb-015-opt-b = 排版简单，用常见的小标题，用上招聘广告里的词，文件类型是他们要求的那种。
item-prb-015-opt-c = 设计花哨，有很多表格、图片和花样字体。
item-prb-015-opt-d = 每个工作都用同一份普通简历，没有招聘广告里的词。

# prb-016
item-prb-016-prompt = 在这个练习用的求职网站上申请这份工作：上传您的简历，给雇主写一段简短的话，然后点 Submit（提交）。
item-prb-016-cat-0 = 申请没有发出去。
item-prb-016-cat-1 = 提示后把申请发出去了。
item-prb-016-cat-2 = 没有帮助，自己把申请发出去了。

# prb-017
item-prb-017-prompt = 在这个练习用的职业资料网站上，给您的资料写一句标题，加上您上一份工作和它的日期、技能，加一个链接到您的作品集，然后让招聘人员能看到您的资料。
item-prb-017-cat-0 = 资料没有完成。
item-prb-017-cat-1 = 提示后完成了资料。
item-prb-017-cat-2 = 没有帮助，自己完成了资料。
