## 题目：SAF，安全、隐私、身心健康（提示、选项、区域、任务类别）

# saf-001
item-saf-001-prompt = 如果手机丢了，哪部手机最安全？
item-saf-001-opt-a = 背面贴着写有 PIN 密码的贴纸的手机。
item-saf-001-opt-b = 滑一下就能打开的手机。
item-saf-001-opt-c = 要输入 PIN 密码或用指纹才能打开的手机。

# saf-002
item-saf-002-prompt = 哪个密码最安全？
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = 手机提示有更新可以安装时，最好永远不要安装。对还是错？

# saf-004
item-saf-004-prompt = 您住在卡尔加里。您只用您的安卓手机和 Windows 笔记本电脑。这个列表显示最近登录您电子邮箱账户的记录。请点一下可能不是您本人的那次登录。
item-saf-004-region-row1 = 今天，上午 9:12，安卓手机，艾伯塔省卡尔加里。
item-saf-004-region-row2 = 今天，凌晨 3:47，不认识的 Linux 电脑，荷兰鹿特丹。
item-saf-004-region-row3 = 昨天，晚上 8:05，Windows 笔记本电脑，艾伯塔省卡尔加里。
item-saf-004-region-row4 = 星期一，早上 7:30，安卓手机，艾伯塔省卡尔加里。
item-saf-004-region-secure = Secure your account（保护您的账户）按钮。

# saf-005
item-saf-005-prompt = 在这个练习用的密码管理器里，给您的学校网站账户设一个新的安全密码，和学校网站的网址一起保存，然后把密码管理器锁上。
item-saf-005-cat-0 = 没有完成。
item-saf-005-cat-1 = 提示后完成。
item-saf-005-cat-2 = 没有帮助，自己完成。

# saf-006
item-saf-006-prompt = 您把所有密码都存在一个密码管理器里。什么最能保护它？
item-saf-006-opt-a = 把主密码存在手机的备忘录里。
item-saf-006-opt-b = 主密码和电子邮箱密码一样，这样就不会忘。
item-saf-006-opt-c = 一个很长的主密码，别的地方都不用它，再给密码管理器开两步验证。
item-saf-006-opt-d = 关掉自动锁定，这样不用常常输入主密码。

# saf-007
item-saf-007-prompt = 哪张照片永远不要发到网上？
item-saf-007-opt-a = 写着您社会保险号 SIN 的那封信的照片。
item-saf-007-opt-b = 公园的照片。
item-saf-007-opt-c = 您的饭菜的照片。

# saf-008
item-saf-008-prompt = 一家网店为了给您送货，要您的社会保险号 SIN。您应该给。对还是错？

# saf-009
item-saf-009-prompt = 您安装了一个手电筒应用。它要查看您的通讯录和位置。您点什么？
item-saf-009-opt-a = Allow（允许）：您说可以。
item-saf-009-opt-b = Don't allow（不允许）：您说不行。
item-saf-009-opt-c = Allow all the time（一直允许）：您一直说可以。

# saf-010
item-saf-010-prompt = 您不想让一个购物应用再知道您在哪里。请把步骤排好顺序。
item-saf-010-opt-a = 点 Permissions（权限）。
item-saf-010-opt-b = 打开 Settings（设置）。
item-saf-010-opt-c = 点 Location（位置），然后点 Don't allow（不允许）。
item-saf-010-opt-d = 点 Apps（应用），选这个购物应用。

# saf-011
item-saf-011-prompt = 一个修图应用只需要您选的照片。它现在的权限是：照片，全部照片；位置，一直允许；通讯录，允许；麦克风，允许。最好怎么设置？
item-saf-011-opt-a = 全部允许，但只在使用应用的时候。
item-saf-011-opt-b = 全部保持不变，因为这个应用是免费的。
item-saf-011-opt-c = 关掉照片，保留位置：一直允许。
item-saf-011-opt-d = 照片：只允许选中的照片。关掉位置、通讯录和麦克风。

# saf-012
item-saf-012-prompt = 听这个电话：这里是加拿大税务局 CRA。您欠税。今天用礼品卡付钱，不然警察会来抓您。这是什么电话？
item-saf-012-opt-a = 警察打来的真电话：您告诉他们您的地址。
item-saf-012-opt-b = 政府打来的真电话：您用礼品卡付钱。
item-saf-012-opt-c = 诈骗：您挂掉电话。

# saf-013
item-saf-013-prompt = 您的银行是 Maple Bank，它的网站是 maplebank.ca。这封电子邮件看起来像真的。请点一下能看出它不是您银行发的那一部分。
item-saf-013-region-logo = Maple Bank 的标志。
item-saf-013-region-sender = 发件人：alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = 问候语：Hello Amina。
item-saf-013-region-message = 正文：We noticed a new sign-in. Please review your account.（我们发现有新的登录，请检查您的账户。）
item-saf-013-region-button = Review account（检查账户）按钮。

# saf-014
item-saf-014-prompt = 您收到一条 WhatsApp 消息：在家工作，一天 400 加元，不用面试。请先付 50 加元买培训材料。这是什么？
item-saf-014-opt-a = 很可能是诈骗：不要付钱，也不要回复。
item-saf-014-opt-b = 好工作：赶快付 50 加元。
item-saf-014-opt-c = Job Bank 上的真招聘。

# saf-015
item-saf-015-prompt = 停车场贴纸上的二维码，打开的一定是真的付款网站。对还是错？

# saf-016
item-saf-016-prompt = 一个不认识的号码打来电话。您听到儿子的声音，他在哭：我出车祸了。现在马上用 e-Transfer（电子转账）给我转 2,000 加元。别告诉任何人。最安全的做法是什么？
item-saf-016-opt-a = 挂掉电话，用儿子平时的号码打回去。
item-saf-016-opt-b = 回拨刚才打来的号码，核实一下。
item-saf-016-opt-c = 让打电话的人说出他的出生日期。
item-saf-016-opt-d = 转钱，因为真的是他的声音。

# saf-017
item-saf-017-prompt = 您在网上卖一部手机。买家发给您一封看起来像 Interac 发的电子邮件：300 加元的付款被暂时扣住了。等您给买家转 100 加元运费后，钱才会放出来。哪个说法是对的？
item-saf-017-opt-a = 您必须先转 100 加元，才能收到 300 加元。
item-saf-017-opt-b = Interac 从来不会扣住付款、要您先给别人付钱。这封邮件是假的：到您的银行应用里查看。
item-saf-017-opt-c = 这封邮件是真的，因为上面有 Interac 的标志。
item-saf-017-opt-d = 您必须回复邮件，告诉他们您的银行密码，钱才会放出来。

# saf-018
item-saf-018-prompt = 您想把孩子平板电脑上玩游戏的时间限制在每天一小时。请把步骤排好顺序。
item-saf-018-opt-a = 点 Screen Time（屏幕使用时间）。
item-saf-018-opt-b = 选 Games（游戏），设成 1 小时，然后点 Add（添加）。
item-saf-018-opt-c = 打开 Settings（设置）。
item-saf-018-opt-d = 点 App Limits（应用限额），再点 Add Limit（添加限额）。

# saf-019
item-saf-019-prompt = 有人在这个练习用的社交媒体应用里给您发侮辱人的消息。把这个人拉黑，并举报这些消息。
item-saf-019-cat-0 = 没有完成。
item-saf-019-cat-1 = 提示后完成。
item-saf-019-cat-2 = 没有帮助，自己完成。
