# 题目消息：使用条件问卷（简体中文）

item-acc-001-prompt = 您最常用哪种设备？
item-acc-001-opt-a = 我自己的智能手机
item-acc-001-opt-b = 和别人一起用的手机
item-acc-001-opt-c = 平板电脑
item-acc-001-opt-d = 电脑
item-acc-001-opt-e = 我没有设备

item-acc-002-prompt = 您平时大多怎么上网？
item-acc-002-opt-a = 用家里的 Wi-Fi
item-acc-002-opt-b = 只用手机流量
item-acc-002-opt-c = 只用免费的公共 Wi-Fi，比如图书馆的
item-acc-002-opt-d = 我没有网络

item-acc-003-prompt = 您有电子邮箱吗？
item-acc-003-opt-a = 有
item-acc-003-opt-b = 没有
item-acc-003-opt-c = 我不确定

item-acc-004-prompt = 您能读懂自己母语的文字吗？
item-acc-004-opt-a = 能，很容易
item-acc-004-opt-b = 能读一点
item-acc-004-opt-c = 不能

item-acc-005-prompt = 您用手机或电脑时，什么对您帮助最大？
item-acc-005-opt-a = 不需要别的，我没问题
item-acc-005-opt-b = 大一点的字
item-acc-005-opt-c = 听别人把文字念出来
item-acc-005-opt-d = 有人帮忙

item-acc-006-prompt = 您希望我们用什么方式帮助您？
item-acc-006-opt-a = 当面
item-acc-006-opt-b = 打电话
item-acc-006-opt-c = 发 WhatsApp 语音消息
item-acc-006-opt-d = 视频通话
item-acc-006-opt-e = 发电子邮件
