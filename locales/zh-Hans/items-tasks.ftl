# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (简体中文, machine-drafted)

item-dev-301-prompt = 把手机打开。

item-dev-302-prompt = 把充电器插到手机上。

item-dev-303-prompt = 把声音调大。

item-com-301-prompt = 电话响了。接电话。

item-com-302-prompt = 挂断电话。

item-cre-301-prompt = 给桌子拍一张照片。

item-dev-304-prompt = 打开相册，给我看最后一张照片。

item-com-303-prompt = 播放朋友发来的语音消息。

item-dev-305-prompt = 用 PIN 码解锁手机。

item-dev-306-prompt = 从主屏幕打开时钟应用。

item-com-304-prompt = 从通讯录里给名叫 Amal 的联系人打电话。

item-dev-307-prompt = 您在一个应用里。回到主屏幕。

item-com-305-prompt = 录一条简短的语音消息，发给 Amal。

item-dev-308-prompt = 把手机调成静音。

item-com-306-prompt = 给 Amal 打视频电话。

item-com-307-prompt = 在聊天里把最后一张照片发给 Amal。

item-dev-309-prompt = 连接名为 Library 的 Wi-Fi，密码在卡片上。

item-inf-301-prompt = 打开 Amal 在聊天里发给您的链接。

item-inf-302-prompt = 在地图上找到公共图书馆，开始步行导航。

item-srv-301-prompt = 在表格里填上姓名和电话号码，然后点 Submit。

item-com-308-prompt = 给老师写一封邮件，附上表格的照片，然后发送。

item-srv-302-prompt = 在练习网站上注册一个账户，用短信收到的验证码完成注册。

item-com-309-prompt = 用链接加入练习视频课，然后把麦克风静音，再取消静音。

item-saf-301-prompt = 修改设置，只让朋友看到您的帖子。

item-srv-303-prompt = 给练习用的身份证拍照，并上传到表格里。

item-srv-304-prompt = 为练习邮箱开启两步验证。

item-com-310-prompt = 把练习文件共享给 Amal，让她只能查看、不能修改。

item-cre-302-prompt = 在文档里做一个三列的表格：日期、地点、时间。

item-cre-303-prompt = 把练习文档另存为 PDF 文件。

item-prb-301-prompt = 手机连不上已保存的 Wi-Fi。忘记这个网络，然后重新连接。

item-cre-304-prompt = 在练习表格里，用公式把价格这一列加起来。

item-com-311-prompt = 在练习邮箱里设置下周的外出自动回复。

item-cre-305-prompt = 在练习用的预算表里，写一个公式，把每个金额乘以 E1 单元格里的税率，然后向下复制到整列。

item-saf-302-prompt = 安装练习用的密码管理器，在里面保存一个新的登录信息，并让它生成一个强密码。

item-cre-306-prompt = 用一个模板和练习用的姓名地址列表，为 20 位客户生成信件（邮件合并）。

item-com-312-prompt = 建一个团队共享日历。给两位同事添加日程的权限，给另一位只能查看的权限。

item-cre-307-prompt = 让练习报告无障碍：使用标题样式，给图片加替代文字，并修正无障碍检查器发现的问题。

item-inf-303-prompt = 从版本历史记录里恢复练习文档昨天的版本。

item-cre-308-prompt = 用练习销售清单做一个数据透视表，显示每个月的总额。

item-dev-310-prompt = 在练习路由器页面上，开启一个有独立密码的访客 Wi-Fi。

item-saf-303-prompt = 分享练习照片前，检查它是否带有位置信息，并把位置信息删掉。

item-inf-304-prompt = 用以图搜图找出练习新闻照片最早出现在哪里。

item-prb-302-prompt = 申请练习用的招聘岗位：按职位关键词修改简历，以 PDF 上传并提交。

item-prb-303-prompt = 用练习 AI 助手起草一封给房东的短信，然后核对并更正信中的每一个事实。

item-dev-311-prompt = 在设置里把手机上的字调大。

item-dev-312-prompt = 找到您刚下载的练习文件并打开它。

item-dev-313-prompt = 从消息里复制地址，粘贴到地图搜索框里。

item-saf-304-prompt = 在练习手机上设置 PIN 码锁屏。

item-prb-304-prompt = 练习应用卡住了。把它完全关掉，再重新打开。

item-inf-305-prompt = 打开英文的练习网页，让浏览器把它翻译成您的语言。

item-srv-305-prompt = 在练习银行应用里，用 e-Transfer 给 Amal 的邮箱转 20 加元。

item-prb-305-prompt = 找一个用您的语言讲解如何给邮件添加附件的短视频。

item-prb-306-prompt = 在练习求职网站上，为您所在城市的厨师职位设置提醒。

item-srv-306-prompt = 在练习健康门户网站上，预约下周第一个空闲时段，并加到手机日历里。

item-saf-305-prompt = 对练习账户做一次隐私检查，关闭个性化广告和位置记录。

item-saf-306-prompt = 在练习收件箱里找出钓鱼邮件，举报为钓鱼邮件，并屏蔽发件人。

item-saf-307-prompt = 在练习平板上，给游戏设置每天一小时的屏幕使用时间限制。

item-inf-306-prompt = 在三个练习网站中找出官方政府网站，并说明您是怎么判断的。

item-com-313-prompt = 在练习视频会议里共享屏幕，展示练习文档。

item-com-314-prompt = 修改练习账户的个人资料：显示您的名字和一张合适的照片，隐藏您的电话号码。

item-dev-314-prompt = 在屏幕上向上滑动，打开手机。

item-dev-315-prompt = 把声音调小。

item-dev-316-prompt = 从主屏幕打开相机。

item-com-315-prompt = 拨打这张卡片上写的电话号码。

item-cre-309-prompt = 给窗户拍一段短视频。

item-dev-317-prompt = 把手机关机。

item-dev-318-prompt = 关掉您正在用的应用。

item-com-316-prompt = 给 Amal 发一条“你好”。

item-dev-319-prompt = 在消息框里输入您的名字。

item-cre-310-prompt = 删掉您拍的最后一张照片。

item-com-317-prompt = Amal 给您打视频电话。接听并打开摄像头。

item-dev-320-prompt = 把移动数据关掉，再打开。

item-inf-307-prompt = 用高级搜索，只在省政府网站上找关于租客权利的 PDF 文件。

item-prb-307-prompt = 把练习手机备份到云端，并确认备份已完成。

item-com-318-prompt = 建一个团队文件夹：成员可以上传文件，但只有您能删除。

item-saf-308-prompt = 查看练习账户的登录记录，把所有不认识的设备都退出登录。

item-srv-307-prompt = 把练习账户的恢复码保存在手机以外的安全地方。

item-prb-308-prompt = 完成练习网课的自我评估，并根据结果选择下一个单元。

item-cre-311-prompt = 编辑练习视频：剪掉开头几秒，加上字幕，然后保存。

item-prb-309-prompt = 把练习面试安排成视频会议，发送带链接的邀请，并设置提醒。

item-inf-308-prompt = 把练习网页和它的机器翻译对照，指出两处意思被改变的地方。

item-dev-321-prompt = 为视力不好的学员设置练习手机：放大字体、打开放大镜和语音输入。

item-com-319-prompt = 在练习收件箱里用搜索找出学校发来的所有带附件的邮件。

item-saf-309-prompt = 在公共 Wi-Fi 上打开练习用的 VPN，并确认已连接。

task-cat-not-solved = 未完成
task-cat-after-hint = 提示后完成
task-cat-alone = 独立完成
