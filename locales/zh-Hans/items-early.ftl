# Item messages: Items for Foundation to NLN 2, carried by audio (简体中文, machine-drafted)

item-dev-101-prompt = 要把声音调大，就按手机侧面的按钮。对还是错？

item-dev-102-prompt = 手机屏幕是黑的。要开机，您先做什么？
item-dev-102-opt-a = 摇一摇手机。
item-dev-102-opt-b = 长按侧面的按钮。
item-dev-102-opt-c = 对着屏幕吹气。

item-dev-103-prompt = 电池没电了，手机不用充电器也能继续用。对还是错？

item-dev-104-prompt = 用什么给手机充电？
item-dev-104-opt-a = 耳机。
item-dev-104-opt-b = 手机壳。
item-dev-104-opt-c = 数据线和插头。

item-dev-105-prompt = 要在手机屏幕上选东西，就用手指点它。对还是错？

item-dev-106-prompt = 您想拍照。点哪个图标？
item-dev-106-opt-a = 相机。
item-dev-106-opt-b = 时钟。
item-dev-106-opt-c = 信封。

item-dev-107-prompt = 绿色的电话图标会打开您的照片。对还是错？

item-dev-108-prompt = 您想看照片。点哪个图标？
item-dev-108-opt-a = 音符。
item-dev-108-opt-b = 一朵花或一座山的图片。
item-dev-108-opt-c = 计算器。

item-dev-109-prompt = 主页按钮或屏幕底部的横线可以让您回到主屏幕。对还是错？

item-com-101-prompt = 手机响了。屏幕上有一个绿色按钮和一个红色按钮。哪个是接电话？
item-com-101-opt-a = 红色按钮。
item-com-101-opt-b = 都不是：等它停下来。
item-com-101-opt-c = 绿色按钮。

item-com-102-prompt = 要挂断电话，就点绿色按钮。对还是错？

item-com-103-prompt = 有人给您打电话，但您现在不方便说话。可以点什么？
item-com-103-opt-a = 红色按钮。
item-com-103-opt-b = 相机。
item-com-103-opt-c = 照片。

item-com-104-prompt = 要听语音消息，就点旁边的小三角形。对还是错？

item-cre-101-prompt = 您把相机对准孩子。要拍照，点什么？
item-cre-101-opt-a = 红色的电话按钮。
item-cre-101-opt-b = 大大的圆形按钮。
item-cre-101-opt-c = 返回箭头。

item-cre-102-prompt = 要拍照，必须先关机。对还是错？

item-dev-110-prompt = 您打开手机，它要您输入密码。您怎么做？
item-dev-110-opt-a = 再把手机关掉。
item-dev-110-opt-b = 摇一摇手机。
item-dev-110-opt-c = 输入您的 PIN 码。

item-dev-111-prompt = 屏幕上方有一把锁上的小锁，表示手机已锁定。对还是错？

item-dev-112-prompt = 您在一个应用里，想回到主屏幕。怎么做？
item-dev-112-opt-a = 点主页按钮，或从屏幕底部往上滑。
item-dev-112-opt-b = 把手机关掉。
item-dev-112-opt-c = 点相机。

item-dev-113-prompt = 要打开一个应用，必须按住它十秒钟。对还是错？

item-dev-114-prompt = 短信图标上有一个红色小数字。这是什么意思？
item-dev-114-opt-a = 手机坏了。
item-dev-114-opt-b = 您有新消息。
item-dev-114-opt-c = 电量低。

item-dev-115-prompt = 键盘上带箭头和叉的键会删掉最后一个字。对还是错？

item-dev-116-prompt = 您想打一个大写字母。先点哪个键？
item-dev-116-opt-a = 长长的空格键。
item-dev-116-opt-b = 回车键。
item-dev-116-opt-c = 向上的箭头。

item-dev-117-prompt = 屏幕上方出现扇形的 Wi-Fi 图标，说明手机没有联网。对还是错？

item-dev-118-prompt = 飞机图标开着。会怎样？
item-dev-118-opt-a = 不能打电话，也不能上网。
item-dev-118-opt-b = 手机正在充电。
item-dev-118-opt-c = 声音更大。

item-com-105-prompt = 您想给姐妹打电话。她的名字在通讯录里。怎么做？
item-com-105-opt-a = 打开相机，说她的名字。
item-com-105-opt-b = 打开通讯录，点她的名字，再点电话图标。
item-com-105-opt-c = 给她发一张照片。

item-com-106-prompt = 在聊天应用里，按住麦克风按钮就能录语音消息。对还是错？

item-com-107-prompt = 您收到一条语音消息。怎么听？
item-com-107-opt-a = 点红色按钮。
item-com-107-opt-b = 把手机翻过来。
item-com-107-opt-c = 点旁边的小三角形。

item-cre-103-prompt = 相机应用是英文的。选英文词 VIDEO（视频）可以拍会动的东西。对还是错？

item-cre-104-prompt = 您想给自己拍照。先点什么？
item-cre-104-opt-a = 转换摄像头的圆形箭头。
item-cre-104-opt-b = 闪电图标。
item-cre-104-opt-c = 显示上一张照片的小方框。

item-dev-119-prompt = 在图书馆您想用免费 Wi-Fi，手机要密码。去哪里找？
item-dev-119-opt-a = 在您的邮箱里。
item-dev-119-opt-b = 问工作人员，或找墙上的告示。
item-dev-119-opt-c = 就是手机的 PIN 码。

item-dev-120-prompt = 要把屏幕上的字变大，必须买一部新手机。对还是错？

item-dev-121-prompt = 您想把手机改成自己的语言。去哪里？
item-dev-121-opt-a = 相机。
item-dev-121-opt-b = 照片。
item-dev-121-opt-c = 设置，再选语言。

item-com-108-prompt = 视频通话时，您的摄像头开着，对方就能看到您。对还是错？

item-saf-101-prompt = 一个不认识的人问您手机的 PIN 码。您怎么做？
item-saf-101-opt-a = 不告诉他。
item-saf-101-opt-b = 告诉他。
item-saf-101-opt-c = 写在手机背面。

item-saf-102-prompt = 一条消息说您中了奖，要您的银行卡号。发给对方是安全的。对还是错？

item-inf-101-prompt = 您想找附近的药店。哪个应用能帮您？
item-inf-101-opt-a = 计算器。
item-inf-101-opt-b = 地图应用。
item-inf-101-opt-c = 相机。
