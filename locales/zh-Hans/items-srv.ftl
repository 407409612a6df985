## 题目：SRV，在加拿大使用网上服务（提示、选项、区域、任务类别）

# srv-001
item-srv-001-prompt = 您在登录一个网站。您收到一条短信，里面有一个 6 位数的验证码。您拿这个验证码做什么？
item-srv-001-opt-a = 有人打电话问您要，就告诉他。
item-srv-001-opt-b = 在登录页面上输入验证码。
item-srv-001-opt-c = 删掉短信，什么都不做。

# srv-002
item-srv-002-prompt = 您忘了密码。请点一下可以设新密码的地方。
item-srv-002-region-email = 填电子邮箱地址的框。
item-srv-002-region-password = 填密码的框。
item-srv-002-region-signin = Sign in（登录）按钮。
item-srv-002-region-forgot = Forgot password?（忘记密码？）链接。
item-srv-002-region-create = Create an account（注册账户）链接。

# srv-003
item-srv-003-prompt = 用两步验证时，您登录要用密码，还要用发到您手机上的验证码。对还是错？

# srv-004
item-srv-004-prompt = 您想重新设置一个网上账户的密码。请把步骤排好顺序。
item-srv-004-opt-a = 打开网站发来的电子邮件，点里面的链接。
item-srv-004-opt-b = 在登录页面上点 Forgot password?（忘记密码？）。
item-srv-004-opt-c = 输入两次新密码，然后点 Save（保存）。
item-srv-004-opt-d = 输入您的电子邮箱地址，然后点 Send（发送）。

# srv-005
item-srv-005-prompt = 您打开了两步验证。网站显示 10 个备用码。最好怎么处理它们？
item-srv-005-opt-a = 不用管，因为您的手机一直在身边。
item-srv-005-opt-b = 用电子邮件发给一个朋友，以防万一。
item-srv-005-opt-c = 放在安全的地方，比如密码管理器里，或者写在纸上放在家里。
item-srv-005-opt-d = 发到家人的群聊里。

# srv-006
item-srv-006-prompt = 看这张表格。框旁边的红色星号是什么意思？
item-srv-006-opt-a = 这个框里的答案错了。
item-srv-006-opt-b = 这个框可以空着不填。
item-srv-006-opt-c = 这个框必须填。

# srv-007
item-srv-007-prompt = 表格要您的永久居民卡（枫叶卡）的照片。请点一下添加文件的地方。
item-srv-007-region-name = Family name（姓）框。
item-srv-007-region-upload = Upload file（上传文件）按钮。
item-srv-007-region-help = Help（帮助）链接。
item-srv-007-region-cancel = Cancel（取消）按钮。
item-srv-007-region-next = Next（下一步）按钮。

# srv-008
item-srv-008-prompt = 您必须发一张护照页的照片。哪张照片可以发？
item-srv-008-opt-a = 一张模糊的照片。
item-srv-008-opt-b = 一张手指挡住了一部分的照片。
item-srv-008-opt-c = 一张清楚的照片，整页和四个角都拍到了。
item-srv-008-opt-d = 一张很暗、页面上还有一块反光的照片。

# srv-009
item-srv-009-prompt = 在这张练习用的表格里，输入您的姓名和出生日期，添加您证件的照片，然后点 Submit（提交）。
item-srv-009-cat-0 = 表格没有发出去。
item-srv-009-cat-1 = 提示后把表格发出去了。
item-srv-009-cat-2 = 没有帮助，自己把表格发出去了。

# srv-010
item-srv-010-prompt = 表格上写着：Upload a PDF, 4 MB maximum（上传 PDF，最大 4 MB）。您的照片是 9 MB 的 JPG 文件。您可以怎么做？
item-srv-010-opt-a = 跳过这个问题，直接提交表格。
item-srv-010-opt-b = 把文件名的结尾从 .jpg 改成 .pdf。
item-srv-010-opt-c = 同一个文件多试几次上传。
item-srv-010-opt-d = 用扫描应用把照片存成小一点的 PDF，然后上传。

# srv-011
item-srv-011-prompt = 和医生视频看病之前，不需要试摄像头和麦克风。对还是错？

# srv-012
item-srv-012-prompt = 您的孩子今天生病了。请点一下告诉学校孩子要请假的地方。
item-srv-012-region-grades = Grades（成绩）菜单项。
item-srv-012-region-attendance = Attendance: report an absence（出勤：报告缺勤）菜单项。
item-srv-012-region-lunch = Lunch menu（午餐菜单）菜单项。
item-srv-012-region-calendar = Calendar（日历）菜单项。
item-srv-012-region-signout = Sign out（退出登录）按钮。

# srv-013
item-srv-013-prompt = 您在网上申请了加拿大国籍。您想知道申请有没有新消息。您去哪里看？
item-srv-013-opt-a = 在 IRCC（加拿大移民局）网站上您的账户里。
item-srv-013-opt-b = 在一个讲移民的 Facebook 群里。
item-srv-013-opt-c = 在一条不认识的号码发来、要您交费的短信里。

# srv-014
item-srv-014-prompt = 您想在网上预约诊所。请把步骤排好顺序。
item-srv-014-opt-a = 选日期和时间。
item-srv-014-opt-b = 查看确认邮件。
item-srv-014-opt-c = 打开诊所的预约页面。
item-srv-014-opt-d = 点 Book appointment（预约）。

# srv-015
item-srv-015-prompt = 在这个练习用的诊所应用里，找到您今天的预约，打开摄像头和麦克风，进入视频通话。
item-srv-015-cat-0 = 没有进入通话。
item-srv-015-cat-1 = 提示后进入了通话。
item-srv-015-cat-2 = 没有帮助，自己进入了通话。

# srv-016
item-srv-016-prompt = 您想在银行应用里交电费。您需要账单上的什么？
item-srv-016-opt-a = 您的社会保险号 SIN。
item-srv-016-opt-b = 账单上的账户号码。
item-srv-016-opt-c = 电力公司网站的密码。

# srv-017
item-srv-017-prompt = 您想用 Interac e-Transfer（电子转账）给朋友转钱。请点一下从哪里开始。
item-srv-017-region-accounts = Accounts（账户）按钮。
item-srv-017-region-paybills = Pay bills（交账单）按钮。
item-srv-017-region-etransfer = Send money with Interac e-Transfer（用 Interac 电子转账汇款）按钮。
item-srv-017-region-deposit = Deposit a cheque（存支票）按钮。
item-srv-017-region-menu = 右上方的菜单按钮。

# srv-018
item-srv-018-prompt = 您在银行应用里打开了 Interac e-Transfer 的 Autodeposit（自动存入）。会有什么变化？
item-srv-018-opt-a = 别人用您的电子邮箱或电话号码转来的钱，会马上进您的账户，不用回答安全问题。
item-srv-018-opt-b = 您的账单每个月会自动付。
item-srv-018-opt-c = 任何人都可以不问您就从您的账户里拿钱。
item-srv-018-opt-d = 每次收钱您都必须回答一个安全问题。
