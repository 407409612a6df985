# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = 简体中文
web-choose-language = 请选择您的语言
web-change-language = 选择其他语言
web-join-heading = 您的测试码
web-join-help = 评估员会给您一个代码。请在这里输入。
web-join-label = 测试码
web-join-button = 开始
web-join-invalid = 这个代码无效。请检查，或请评估员给您一个新代码。
web-familiar-heading = 开始之前
web-familiar-not-scored = 这个练习不计分。
web-familiar-play = 点声音按钮可以听到文字。
web-familiar-tap = 回答时，请点您的答案。现在试一试：点星星。
web-familiar-star = 星星
web-familiar-done = 做得好！
web-familiar-dont-know = 如果您不知道答案，请点“我不知道”。没关系。
web-begin = 开始测试
web-read-aloud = 自动朗读
web-play = 听
web-stop = 停止声音
web-order-hint = 按正确的顺序点各个步骤。要修改，请点“重新开始”。
web-order-done = 完成
web-order-again = 重新开始
web-hotspot-hint = 点图片上正确的位置。
web-hotspot-list = 或者从这个列表中选择位置：
web-about-you = 关于您。这部分不计分。
web-wait-assessor = 现在评估员会看您完成一项任务。请稍等。
web-saving = 正在保存您的答案…
web-offline = 连接中断了。您的答案已保留。我们正在重试。
web-error = 出了点问题。请询问您的评估员。
web-end-heading = 谢谢。您已完成。
web-end-next = 您的答案已保存。评估员会和您谈接下来的安排。您可以关闭这个页面。

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = 数字技能测试
web-question-number = 第 { $number } 题

## Assessor view

web-assessor-title = 评估员视图
web-assessor-forget-key = 清除密钥
web-assessor-key-heading = 使用机构密钥登录
web-assessor-key-label = 机构 API 密钥
web-assessor-key-hint = 只保存在这个浏览器标签页中，关闭后即清除。
web-assessor-key-use = 使用这个密钥
web-assessor-key-wrong = 这个密钥无效。请重新输入。
web-assessor-start-heading = 开始一次测试
web-assessor-learner-ref = 学员编号
web-assessor-learner-ref-hint = 贵机构给学员的编号：字母、数字、点、连字符。不要填写姓名。
web-assessor-language = 学员的语言
web-assessor-assisted = 我陪同学员并记录观察到的任务
web-assessor-start = 开始测试
web-assessor-session-heading = 测试进行中
web-assessor-answered = 已回答
web-assessor-code = 学员设备的加入码：
web-assessor-code-help = 学员在自己的设备上打开这个地址，或扫描二维码，然后输入代码。如果页面被关闭，同一个代码会在同一道题重新打开测试。
web-assessor-qr = 加入链接的二维码：用手机相机扫描
web-assessor-new-code = 新的加入码
web-assessor-stop = 立即结束测试
web-assessor-task = 观察任务：记录完成情况
web-assessor-result = 结果
web-assessor-print = 打印结果
web-assessor-print-learner = 打印学员页面
web-assessor-new = 开始另一次测试

## Printed result

web-report-heading = 数字素养结果
web-report-profile = 各领域概况
web-report-can-do = 能做到
web-report-next = 下一步
web-report-based-on = 这个结果的依据
web-report-items = 已回答的题目
web-report-range = 可能的级别范围
web-report-precision = 标准误（logit）
web-report-calibration = 校准
web-report-language = 测试语言
web-report-session = 测试编号
web-report-time = 日期（UTC）
web-report-not-measured = 未测量
web-home-heading = 我的数字技能
web-home-can = 我会
web-home-next = 接下来我要学
