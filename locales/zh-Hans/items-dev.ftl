# 题目消息：DEV（简体中文）

item-dev-001-prompt = 请点一下显示手机正在充电的图。
item-dev-001-opt-a = 手机插着线，屏幕上有一个闪电。
item-dev-001-opt-b = 手机屏幕裂了。
item-dev-001-opt-c = 手机屏幕是黑的。

item-dev-002-prompt = 请点一下插充电器的地方。
item-dev-002-region-port = 手机底边的小孔
item-dev-002-region-side-button = 手机右边的长按钮
item-dev-002-region-camera = 手机上面的小圆摄像头
item-dev-002-region-screen = 屏幕中间

item-dev-003-prompt = 看这张图。电池是红色的，快没电了。意思是您应该快点给手机充电。对还是错？

item-dev-004-prompt = 把图片排好顺序：叫醒手机，解锁，然后打开相机。
item-dev-004-opt-a = 输入您的 PIN 密码。
item-dev-004-opt-b = 按手机侧面的按钮。
item-dev-004-opt-c = 点相机图标。
item-dev-004-opt-d = 在屏幕上往上滑。

item-dev-005-prompt = 用两个手指把地图放大，让您能看清街道名字。然后再把它缩小。
item-dev-005-cat-0 = 没有完成
item-dev-005-cat-1 = 提示后完成
item-dev-005-cat-2 = 自己完成

item-dev-006-prompt = 请点一下打电话用的图标。
item-dev-006-region-phone = 左下方绿色的电话图标
item-dev-006-region-messages = 旁边的对话气泡图标
item-dev-006-region-browser = 圆形的地球图标
item-dev-006-region-camera = 右下方的相机图标
item-dev-006-region-settings = 左上方灰色的齿轮图标

item-dev-007-prompt = 您在一个应用里面。哪个按钮能让您回到上一个画面？
item-dev-007-opt-a = 加号。
item-dev-007-opt-b = 放大镜。
item-dev-007-opt-c = 向左的箭头。
item-dev-007-opt-d = 星星。

item-dev-008-prompt = 看 WhatsApp 的图标。上面有一个小红圈，写着数字 3。意思是有新消息在等您看。对还是错？

item-dev-009-prompt = 您有一个未接电话。请点一下关于未接电话的通知。
item-dev-009-region-missed-call = 有电话和红色箭头的通知
item-dev-009-region-message = 有绿色对话气泡的通知
item-dev-009-region-battery = 有电池的通知
item-dev-009-region-update = 有下载箭头的通知

item-dev-010-prompt = 您想再看一下通知。您在屏幕上往哪里滑？
item-dev-010-opt-a = 从屏幕最下面往上滑。
item-dev-010-opt-b = 从屏幕最上面往下滑。
item-dev-010-opt-c = 从左边往右滑。

item-dev-011-prompt = 请点一下在两个词中间加空格的键。
item-dev-011-region-space = 最下面中间的长键
item-dev-011-region-backspace = 右边有箭头和 X 的键
item-dev-011-region-shift = 左边有向上箭头的键
item-dev-011-region-enter = 右下角有拐弯箭头的键
item-dev-011-region-mic = 长键旁边的小麦克风键

item-dev-012-prompt = 您想说话，不想打字。您点哪个键？
item-dev-012-opt-a = 向上的箭头。
item-dev-012-opt-b = 地球。
item-dev-012-opt-c = 笑脸。
item-dev-012-opt-d = 麦克风。

item-dev-013-prompt = 把卡片上的电子邮箱地址照原样抄到框里，一点都不能错。然后点 Next（下一步）。
item-dev-013-cat-0 = 没有完成
item-dev-013-cat-1 = 提示后完成
item-dev-013-cat-2 = 自己完成

item-dev-014-prompt = 把步骤排好顺序：从一条消息里复制确认号码，粘贴到表格里。
item-dev-014-opt-a = 点 Copy（复制）。
item-dev-014-opt-b = 在表格的空框上按住不放。
item-dev-014-opt-c = 在消息里的号码上按住不放。
item-dev-014-opt-d = 点 Paste（粘贴）。

item-dev-015-prompt = 哪个图标表示手机连上了 Wi-Fi？
item-dev-015-opt-a = 像扇子一样的几条弯线。
item-dev-015-opt-b = 飞机。
item-dev-015-opt-c = 电池。
item-dev-015-opt-d = 蓝牙标志，像一个尖尖的字母 B。

item-dev-016-prompt = 您在公共图书馆。要用免费的 Wi-Fi，您在手机的 Wi-Fi 设置里选图书馆的网络名称。对还是错？

item-dev-017-prompt = 把手机连上图书馆的 Wi-Fi。网络名称是 LibraryGuest，密码在卡片上。
item-dev-017-cat-0 = 没有完成
item-dev-017-cat-1 = 提示后完成
item-dev-017-cat-2 = 自己完成

item-dev-018-prompt = 您的手机流量关着。请点一下打开手机流量的按钮。
item-dev-018-region-wifi = 左上方的 Wi-Fi 按钮
item-dev-018-region-mobile-data = 上面中间的 Mobile data（移动数据）按钮，有两个箭头
item-dev-018-region-bluetooth = 右上方的 Bluetooth（蓝牙）按钮
item-dev-018-region-airplane = 左下方的 Airplane mode（飞行模式）按钮
item-dev-018-region-flashlight = 下面中间的 Flashlight（手电筒）按钮

item-dev-019-prompt = 您想在手机上安装 WhatsApp。您打开哪个应用？
item-dev-019-opt-a = 相机。
item-dev-019-opt-b = 应用商店：Play Store 或 App Store。
item-dev-019-opt-c = 相册。
item-dev-019-opt-d = 时钟。

item-dev-020-prompt = 您手机上的字太小了。请点一下把字变大的设置。
item-dev-020-region-brightness = Brightness（亮度）这一行，有一个太阳
item-dev-020-region-dark-mode = Dark mode（深色模式）这一行，有一个月亮
item-dev-020-region-font-size = Font size（字体大小）这一行，有一个小 A 和一个大 A
item-dev-020-region-timeout = Screen timeout（屏幕超时）这一行，有一个时钟
item-dev-020-region-wallpaper = Wallpaper（壁纸）这一行，有一张图片

item-dev-021-prompt = 把步骤排好顺序，在手机上加上您的语言。
item-dev-021-opt-a = 点 Add a language（添加语言）。
item-dev-021-opt-b = 打开 Settings（设置）。
item-dev-021-opt-c = 从列表里选您的语言。
item-dev-021-opt-d = 点 Languages（语言）。

item-dev-022-prompt = 在应用商店里找到叫 Transit 的公交应用，安装，然后打开。
item-dev-022-cat-0 = 没有完成
item-dev-022-cat-1 = 提示后完成
item-dev-022-cat-2 = 自己完成

item-dev-023-prompt = 您从一个网站下载了一封信。手机一般把它存在哪里？
item-dev-023-opt-a = 在 Camera（相机）应用里。
item-dev-023-opt-b = 在 Contacts（通讯录）应用里。
item-dev-023-opt-c = 在 Files（文件）应用的 Downloads（下载）文件夹里。
item-dev-023-opt-d = 在 Clock（时钟）应用里。

item-dev-024-prompt = 删除一张照片后，很多手机会把它在 Recently deleted（最近删除）或 Trash（回收站）文件夹里保留大约 30 天。您还能把它找回来。对还是错？

item-dev-025-prompt = 把步骤排好顺序，给一个文件改名字。
item-dev-025-opt-a = 点 Rename（重命名）。
item-dev-025-opt-b = 打开 Files（文件）应用。
item-dev-025-opt-c = 点 OK（确定）。
item-dev-025-opt-d = 在文件上按住不放。
item-dev-025-opt-e = 输入新名字。

item-dev-026-prompt = 把租房合同的照片存到您的网上云存储里，放进叫 Housing 的文件夹。
item-dev-026-cat-0 = 没有完成
item-dev-026-cat-1 = 提示后完成
item-dev-026-cat-2 = 自己完成
