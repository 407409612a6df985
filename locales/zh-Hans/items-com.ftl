# 题目消息：COM（简体中文）

item-com-001-prompt = 您的手机在响。请点一下接电话的地方。
item-com-001-region-decline = 左下方红色的圆形按钮，上面有电话
item-com-001-region-answer = 右下方绿色的圆形按钮，上面有电话
item-com-001-region-message = 红色按钮上面的对话气泡
item-com-001-region-remind = 绿色按钮上面的时钟

item-com-002-prompt = 在 WhatsApp 里，要录语音消息，您按住哪个按钮？
item-com-002-opt-a = 麦克风。
item-com-002-opt-b = 相机。
item-com-002-opt-c = 回形针。
item-com-002-opt-d = 笑脸。

item-com-003-prompt = 把图片排好顺序，在 WhatsApp 里给朋友发一张照片。
item-com-003-opt-a = 选照片。
item-com-003-opt-b = 打开 WhatsApp。
item-com-003-opt-c = 点绿色的发送箭头。
item-com-003-opt-d = 点朋友的名字。
item-com-003-opt-e = 点回形针。

item-com-004-prompt = 视频通话时，您看到摄像头按钮上有一条斜线。意思是对方仍然看得到您。对还是错？

item-com-005-prompt = 您收到孩子学校发来的一封电子邮件。请点一下只回复写信人的按钮。
item-com-005-region-reply = Reply（回复）按钮，有一个向左弯的箭头
item-com-005-region-reply-all = Reply all（全部回复）按钮，有两个向左弯的箭头
item-com-005-region-forward = Forward（转发）按钮，有一个向右的箭头
item-com-005-region-delete = 垃圾桶按钮

item-com-006-prompt = 给您的安置服务工作人员写一封电子邮件，把租房合同的照片作为附件加上。然后点 Send（发送）。
item-com-006-cat-0 = 没有完成
item-com-006-cat-1 = 提示后完成
item-com-006-cat-2 = 自己完成

item-com-007-prompt = 您给孩子班上的十位家长发同一封电子邮件。他们互相不认识。您把他们的地址写在哪里，他们才看不到别人的地址？
item-com-007-opt-a = 写在 To（收件人）栏。
item-com-007-opt-b = 写在 Cc（抄送）栏。
item-com-007-opt-c = 写在 Bcc（密送）栏。
item-com-007-opt-d = 写在 Subject（主题）栏。

item-com-008-prompt = 垃圾邮件文件夹 Spam 里的邮件都是危险的，所以永远不要打开看。对还是错？

item-com-009-prompt = 您在上网课。请点一下关掉麦克风的按钮。
item-com-009-region-mic = 左下方的麦克风按钮
item-com-009-region-camera = 摄像机按钮
item-com-009-region-chat = 对话气泡按钮
item-com-009-region-hand = 举手按钮
item-com-009-region-leave = 右下方的红色按钮

item-com-010-prompt = 把步骤排好顺序，从老师的电子邮件进入您的英语网课。
item-com-010-opt-a = 输入您的名字。
item-com-010-opt-b = 点会议链接。
item-com-010-opt-c = 点 Join（加入）。
item-com-010-opt-d = 打开老师发来的电子邮件。

item-com-011-prompt = 在网课里举手。老师叫到您的名字时，打开麦克风和摄像头。
item-com-011-cat-0 = 没有完成
item-com-011-cat-1 = 提示后完成
item-com-011-cat-2 = 自己完成

item-com-012-prompt = 医生发给您一个链接，10:00 视频看病。怎么做最好？
item-com-012-opt-a = 等医生打您的电话。
item-com-012-opt-b = 10:15 在公交车上打开链接。
item-com-012-opt-c = 关掉 Wi-Fi 省流量，再打开链接。
item-com-012-opt-d = 10:00 前几分钟，到一个安静、没有别人的地方，试一下链接、摄像头和声音。

item-com-013-prompt = 您想把 Google Drive 里的一个文件分享给老师。您点哪个按钮？
item-com-013-opt-a = 一个人和一个加号，写着 Share（分享）。
item-com-013-opt-b = 一个垃圾桶，写着 Remove（删除）。
item-com-013-opt-c = 一颗星，写着 Add to Starred（加星标）。
item-com-013-opt-d = 一台打印机，写着 Print（打印）。

item-com-014-prompt = 您分享了文件的链接。链接设置是 Anyone with the link can edit（有链接的人都能编辑）。会发生什么？
item-com-014-opt-a = 只有您通讯录里的人能打开。
item-com-014-opt-b = 只有您一个人能改这个文件。
item-com-014-opt-c = 别人能看，但谁都不能改。
item-com-014-opt-d = 拿到链接的任何人都能改或删您的文字。

item-com-015-prompt = 把文件 Resume.docx 分享给您的就业辅导员 counsellor@example.org，让她能加批注，但不能改您的文字。
item-com-015-cat-0 = 没有完成
item-com-015-cat-1 = 提示后完成
item-com-015-cat-2 = 自己完成

item-com-016-prompt = 您和两个同学一起写一个共享文件。今天早上，有人不小心删了您写的部分。怎么找回来最好？
item-com-016-opt-a = 打开版本历史，从以前的版本恢复您写的部分。
item-com-016-opt-b = 凭记忆再打一遍。
item-com-016-opt-c = 在您自己的电脑上按 Undo（撤销）。
item-com-016-opt-d = 让同学们新建一个文件，从头再写。

item-com-017-prompt = 您管理一个社区志愿者小组的共享文件夹。文件夹里有报名表，上面有大家的电话号码。一位志愿者离开了小组。您应该怎么做？
item-com-017-opt-a = 让这位志愿者保证不再打开这个文件夹。
item-com-017-opt-b = 保留权限，万一这位志愿者回来呢。
item-com-017-opt-c = 给文件夹改个名字，让这位志愿者找不到。
item-com-017-opt-d = 取消这位志愿者的访问权限，并检查文件夹没有设成 Anyone with the link（有链接的人都能打开）。

item-com-018-prompt = 整条消息都用英文大写字母写，看起来像是在大喊大叫。对还是错？

item-com-019-prompt = 您在找工作。用哪个电子邮箱地址最好？
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = 您在找工作。雇主可能会在网上搜您的名字。最好怎么做？
item-com-020-opt-a = 自己搜一搜自己的名字，把个人账户设成不公开，并保持一个最新的职业资料页面。
item-com-020-opt-b = 删掉所有账户，找到工作前不上网。
item-com-020-opt-c = 求职时用另一个名字，让雇主在网上找不到您。
item-com-020-opt-d = 什么都不做。在加拿大，雇主不准看网上的任何东西。

item-com-021-prompt = 您管理一个为新移民服务的机构的社交媒体页面。一位客户发了一条公开评论，写了她的全名、她的档案号，还投诉她的申请被拒了。最好怎么回应？
item-com-021-opt-a = 公开回复她档案的详细情况，表示您在帮她。
item-com-021-opt-b = 按照机构的规定把评论隐藏，简短回复说会通过安全的方式私下联系她。
item-com-021-opt-c = 删掉评论并拉黑她，不让投诉传开。
item-com-021-opt-d = 留着评论不回复，因为是她自己要发的。
