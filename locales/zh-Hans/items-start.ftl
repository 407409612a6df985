# Item messages: start question of the access questionnaire — 使用经验（简体中文，机器草稿）

item-acc-101-prompt = 您现在怎样使用手机或电脑？
item-acc-101-opt-a = 我从来没用过。
item-acc-101-opt-b = 只有在别人帮助下才用。
item-acc-101-opt-c = 自己用，打电话、发消息、拍照。
item-acc-101-opt-d = 自己用，做很多事：邮件、表格、应用、上网。

# The access-profile field the question fills (assessor reports).
access-field-experience = 设备使用经验
