# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (简体中文, machine-drafted)

item-inf-201-prompt = 您只想找 canada.ca 网站上关于工作许可的网页。在搜索框里输入什么？
item-inf-201-opt-a = site:canada.ca work permit
item-inf-201-opt-b = canada work permit 官方
item-inf-201-opt-c = work permit canada.ca?

item-inf-202-prompt = 一条帖子分享了一项健康研究。哪一点最能说明结论可靠？
item-inf-202-opt-a = 帖子有几千个赞。
item-inf-202-opt-b = 研究发表在同行评审的期刊上，其他研究也得出同样结论。
item-inf-202-opt-c = 网站看起来很新、很专业。

item-inf-203-prompt = 在团队共享的文件夹里，文件名里写上日期或版本号，能帮大家找到最新的文件。对还是错？

item-com-201-prompt = 五个人在线编辑同一份文档。怎样知道昨天是谁改了某一段？
item-com-201-opt-a = 把文档打印出来对比。
item-com-201-opt-b = 给每个人发邮件问。
item-com-201-opt-c = 打开版本历史记录。

item-com-202-prompt = 您删除一条帖子后，别人保存或转发的所有副本也会一起删除。对还是错？

item-srv-201-prompt = 您想在网上银行交账单。哪一点最能说明您在银行的真网站上？
item-srv-201-opt-a = 网址是您自己输入的，地址栏显示的是银行自己的域名。
item-srv-201-opt-b = 网页上有银行的标志和颜色。
item-srv-201-opt-c = 弹出窗口说网站已验证。

item-srv-202-prompt = 通行密钥（passkey）或实体安全密钥，比短信验证码更能防止假冒登录页面。对还是错？

item-saf-201-prompt = 您发了一张在家里拍的照片。照片文件里哪种隐藏信息能暴露您住在哪里？
item-saf-201-opt-a = 色彩配置。
item-saf-201-opt-b = 和照片一起保存的位置数据（GPS）。
item-saf-201-opt-c = 文件大小。

item-saf-202-prompt = 如果链接的文字显示的是您银行的网址，这个链接就一定会打开您的银行。对还是错？

item-cre-201-prompt = 您在网上找到一张 CC BY-NC 许可的照片，想用在免费发放的传单上。您必须怎么做？
item-cre-201-opt-a = 什么都不用做：网上的东西都能随便用。
item-cre-201-opt-b = 使用前先付钱给摄影师。
item-cre-201-opt-c = 写明摄影师的名字；传单不卖钱，所以可以用。

item-cre-202-prompt = 在电子表格里，把公式 =B2*$E$1 向下复制到一列时，每一行里的 $E$1 都不变。对还是错？

item-prb-201-prompt = 一个 AI 聊天工具给您的报告提供了三个来源。使用前您要做什么？
item-prb-201-opt-a = 逐个打开来源，确认它确实存在，并且内容和 AI 说的一样。
item-prb-201-opt-b = 直接复制：AI 工具不会编造来源。
item-prb-201-opt-c = 问 AI 是否确定，它说是就用。

item-prb-202-prompt = 所有免费网课的证书，加拿大雇主都承认是专业资格。对还是错？

item-prb-203-prompt = 您应聘的公司寄来一张比您第一笔工资还多的支票，要您用 e-Transfer 把差额退回去。这是什么？
item-prb-203-opt-a = 开始新工作的正常做法。
item-prb-203-opt-b = 假支票诈骗。
item-prb-203-opt-c = 政府福利。

item-saf-203-prompt = 家长控制可以限制孩子安装哪些应用，但仍然需要和孩子谈谈他们在网上做什么。对还是错？

item-saf-204-prompt = 有人未经同意在网上发布您朋友的私密照片。给朋友最好的建议是什么？
item-saf-204-opt-a = 用威胁的话回复那个人。
item-saf-204-opt-b = 删掉自己的账号，什么也不说。
item-saf-204-opt-c = 保存证据，向平台举报这些帖子，并联系警察或援助机构。

item-cre-203-prompt = 把网站上一篇文章改几个字，就可以当作自己的作品发表，不用写出处。对还是错？

item-cre-204-prompt = 您在写一份很长的报告。怎样做最便于读屏软件朗读，也最方便生成目录？
item-cre-204-opt-a = 使用内置的标题样式（标题 1、标题 2）。
item-cre-204-opt-b = 手动把标题加粗、放大。
item-cre-204-opt-c = 标题全部用大写字母。

item-srv-203-prompt = 开通 Interac e-Transfer 自动存入后，汇款人仍然必须先给您一个安全问题，钱才会到账。对还是错？

item-srv-204-prompt = 您想在 CRA My Account 查看报税单，但您在加拿大没有银行账户。还能怎样登录？
item-srv-204-opt-a = 只能打电话给有银行账户的朋友。
item-srv-204-opt-b = 用 GCKey 的用户名和密码。
item-srv-204-opt-c = 没有加拿大的银行就无法登录。

item-dev-201-prompt = 备份只存在同一部手机上，手机丢了或坏了，照片还是保不住。对还是错？

item-dev-202-prompt = 一位盲人学员想让手机把屏幕内容读出来。您打开哪个设置？
item-dev-202-opt-a = 深色模式。
item-dev-202-opt-b = 飞行模式。
item-dev-202-opt-c = 读屏功能（TalkBack 或 VoiceOver）。

item-dev-203-prompt = 家用 Wi-Fi 路由器用标签上印的出厂密码就很安全，所以永远不需要改路由器的管理员密码。对还是错？

item-dev-204-prompt = 在电脑上，哪组按键可以撤销上一步操作？
item-dev-204-opt-a = Ctrl + Z（Mac 上：Command + Z）
item-dev-204-opt-b = Ctrl + P（Mac 上：Command + P）
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = 用应用翻译官方信件时，应该对照原文核对姓名、日期和金额，因为应用可能会把意思改掉。对还是错？

item-inf-205-prompt = 一段视频里有位政治人物说了惊人的话。怎样最能判断它是不是深度伪造（deepfake）？
item-inf-205-opt-a = 视频画质很高。
item-inf-205-opt-b = 今天很多人转发了。
item-inf-205-opt-c = 查看可靠的新闻来源是否报道了同一件事，并找到原始出处。

item-com-203-prompt = 您给 40 位家长发邮件说学校郊游的事。他们互不认识。把他们的地址放在哪里？
item-com-203-opt-a = 密送（Bcc）
item-com-203-opt-b = 收件人（To）
item-com-203-opt-c = 抄送（Cc）

item-com-204-prompt = 您主持一节网课。开启等候室后，任何有链接的人都能不经您同意直接进入。对还是错？

item-prb-204-prompt = 装了一个新程序后，笔记本电脑变得很慢，还不停弹出窗口。您先做什么？
item-prb-204-opt-a = 给电脑加内存。
item-prb-204-opt-b = 卸载新程序，再用安全软件扫描。
item-prb-204-opt-c = 一个一个点击弹窗把它们关掉。

item-prb-205-prompt = 在为网课付钱之前，先查一下这所学校在您所在的省是否被认可，可以省钱又省时间。对还是错？

item-saf-205-prompt = 所有账户都用同一个强密码是安全的，只要密码够长。对还是错？

item-saf-206-prompt = 一封邮件让您登录 www.rnybank.ca。您的银行是 www.mybank.ca。这是怎么回事？
item-saf-206-opt-a = 仿冒网址：用“rn”冒充“m”。这是网络钓鱼。
item-saf-206-opt-b = 您银行新开的分行。
item-saf-206-opt-c = 银行名字的正常简写。

item-inf-206-prompt = 您需要搜索结果里出现完整短语 "first-time home buyer"。输入什么？
item-inf-206-opt-a = first time home buyer
item-inf-206-opt-b = "first-time home buyer"
item-inf-206-opt-c = first-time OR home OR buyer

item-prb-206-prompt = 把客户的全名、医保号码和病历记录粘贴到免费的公共 AI 聊天工具里让它做总结，是安全的。对还是错？

item-com-205-prompt = 面试前雇主会在网上搜索您的名字。最好的准备是什么？
item-com-205-opt-a = 删掉您所有的网上账号。
item-com-205-opt-b = 在所有网站上改名字。
item-com-205-opt-c = 自己搜一搜自己的名字，检查隐私设置，删除或隐藏不想让雇主看到的内容。

item-srv-205-prompt = 网上表格超时后，已经填的答案可能会丢失，所以长的答案最好先写在另一个文档里。对还是错？

item-cre-205-prompt = 在社区活动上拍了客户的照片，即使照片很好看，发布前也需要得到本人同意。对还是错？

item-inf-207-prompt = 工作文件要保存七年，还要能很快找到。哪种方法最好？
item-inf-207-opt-a = 按年份和主题建文件夹，文件名以日期开头。
item-inf-207-opt-b = 所有文件都放在桌面上。
item-inf-207-opt-c = 每个文件都叫 final、final2、final3。

item-srv-206-prompt = 远程看病时，医生用的平台是安全的，所以在人多的公共场所接听也没关系。对还是错？

item-com-206-prompt = 您曾把一个文件夹共享给一位志愿者，他现在已经离开了。您怎么做？
item-com-206-opt-a = 不用管：旧链接会自己失效。
item-com-206-opt-b = 在文件夹的共享设置里移除这位志愿者的权限。
item-com-206-opt-c = 给文件夹改个名字。

item-saf-207-prompt = 您发现自己深夜还在看手机，睡得不好。哪一步最有帮助？
item-saf-207-opt-a = 把屏幕调亮。
item-saf-207-opt-b = 再装一个社交软件。
item-saf-207-opt-c = 设置睡眠时间表让通知静音，并在卧室外给手机充电。

item-prb-207-prompt = 把自己还不能独立完成的数字任务写下来，有助于选对课程或教程。对还是错？

item-inf-208-prompt = 市政府发来的 PDF 只是一张扫描图片，文字没法复制也没法翻译。怎么办？
item-inf-208-opt-a = 先用文字识别（OCR），再翻译识别出的文字。
item-inf-208-opt-b = 打印出来再扫描一次。
item-inf-208-opt-c = 给文件改个名字。

item-dev-205-prompt = 云存储满了的时候，在手机上删掉一个文件，在任何应用里都一定会把云端的也删掉。对还是错？

item-com-207-prompt = 每周孩子学校都发来很多邮件，经常找不到。最好的办法是什么？
item-com-207-opt-a = 不看就删掉学校的所有邮件。
item-com-207-opt-b = 建一条规则（过滤器），把学校地址发来的邮件自动放进“学校”文件夹。
item-com-207-opt-c = 每个月开一个新邮箱。

item-srv-207-prompt = 如果网店一直不发货，而您是用信用卡付的款，可以要求信用卡公司撤销这笔扣款。对还是错？

item-com-208-prompt = 上网课时，即使您的麦克风已静音，大家也能听到您房间里的声音。对还是错？

item-saf-208-prompt = 如果有人一直在网上给您发威胁信息，您可以拉黑他，并保存截图作为证据。对还是错？

item-cre-206-prompt = 您在演示文稿里用了一份政府报告中的图表。要加上什么？
item-cre-206-opt-a = 什么都不用加，政府的东西是免费的。
item-cre-206-opt-b = 在图表下写上自己的名字。
item-cre-206-opt-c = 出处：报告名称、部门和年份。
