### 多屏点按题（简体中文，machine-drafted）

# audience: learner
assess-tap-through-hint = 点按屏幕，或从列表中选择一个位置。每点对一个位置，就会打开下一个屏幕。
assess-tap-screen = 第 { $number } 屏，共 { $count } 屏
response-error-bad-path = 题目 { $item } 记录的点按与其屏幕不符。
session-error-bad-taps = 题目 { $item } 保存的点按无法走通其屏幕。
# audience: learner
web-tap-through-hint = 在手机上完成任务：在每个屏幕上点按正确的位置。
