# Item messages: self-mode picture items for Foundation to NLN 2 (简体中文, machine-drafted)

item-dev-401-prompt = 点一下拍照用的图标。
item-dev-402-prompt = 点一下读短信和发短信用的图标。
item-dev-403-prompt = 您想改变手机的设置，比如声音或语言。点一下打开设置的图标。
item-dev-404-prompt = 点一下开机或关机时要按的按钮。
item-dev-405-prompt = 您打错了一个字母。点一下删除它的键。
item-dev-406-prompt = 您想把消息说出来，不想打字。点一下用来语音输入的键。
item-dev-407-prompt = 您在家，想用家里的无线网。点一下打开或关闭无线网的按钮。
item-dev-408-prompt = 天黑了，您需要亮光。点一下打开手机手电筒的按钮。
item-com-401-prompt = 电话在响，可是您现在不能说话。点一下拒接电话的地方。
item-com-402-prompt = 您在上网课。点一下打开或关闭摄像头的按钮。
item-com-403-prompt = 网课结束了。点一下离开课堂的按钮。
item-com-404-prompt = 您不再需要这封电子邮件。点一下删除它的地方。
item-cre-401-prompt = 相机准备好了。点一下拍照的地方。
item-cre-402-prompt = 您拍了一张照片。点一下查看刚拍的照片的地方。
item-cre-403-prompt = 您想给自己拍照。点一下把相机转过来的按钮。
item-inf-401-prompt = 您迷路了。点一下在地图上显示您现在位置的按钮。
item-inf-402-prompt = 您在地图上找到了图书馆。点一下告诉您怎么去那里的按钮。
