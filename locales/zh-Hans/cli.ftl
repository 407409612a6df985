## 命令行界面和报告（简体中文）。占位符由程序填写。

## 帮助文字
cli-about = 用一个简短的自适应测试，确定成人学员的 NLN 数字素养等级。
cli-heading-commands = 命令
cli-heading-options = 选项
cli-opt-help = 显示这个帮助
cli-opt-version = 显示版本
cli-opt-lang = 提示和消息的语言（例如 en、fr、fr-CA）；默认取自 NLN_LANG 或 LANG
cli-opt-bank = 要使用的内容：题库文件夹（含 bank.yaml）或内容文件夹（含 framework.yaml）；默认：内置题库
cli-opt-bank-name = 使用内容文件夹里的哪个题库
cli-opt-seed = 随机种子：种子和答案相同，测试就相同
cli-opt-json = 在标准输出上以 JSON 格式打印结果
cli-assess-about = 在终端里进行评估，每道题输入选项的编号来回答
cli-assess-opt-save = 每答一题后把会话保存到这个文件（用 --resume 继续）
cli-assess-opt-resume = 继续用 --save 保存的会话
cli-assess-opt-no-access = 跳过使用条件问题（设备、网络、电子邮箱 …）
cli-assess-opt-audio = 用 PATH 中的音频播放器播放每个提示和答案（r = 再听一遍）
cli-assess-opt-max-items = 最多问几道计分题
cli-assess-opt-method = 结果的估计方法：eap、map、mle 或 wle
cli-validate-about = 检查内容文件夹（框架、等级、题库和语言文件），并打印找到的每个错误
cli-validate-opt-dir = 内容文件夹（如 assessments/）或题库文件夹
cli-validate-opt-locales = 用来对照内容检查的语言文件夹（默认：内容文件夹旁边的 locales 文件夹）
cli-simulate-about = 让模拟学员做自适应测试，报告测试长度、精确度和定级准确率
cli-simulate-opt-n = 模拟学员的人数
cli-simulate-opt-distribution = 能力分布：normal（平均值 0，标准差 1）或 uniform（-3.5 到 3.5）
cli-simulate-opt-no-exposure = 不限制题目的曝光率

## 评估
assess-intro = NLN 数字素养评估 — { $bank }（版本 { $version }）
assess-provisional = 注意：这个题库还没有用答题数据校准；结果只供参考。
assess-instructions = 输入您选择的编号，然后按 Enter。0 = 我不知道。q = 停止（用 --save 时，您的答案会保留）。
assess-access-heading = 关于您（不计分）
assess-question = 第 { $number } 题
assess-audio-missing = 音频：这个提示没有音频
assess-choose = 您的答案：
assess-order-hint = 按正确的顺序输入编号，用空格隔开（例如：2 1 3）。
assess-hotspot-hint = 选择屏幕上的位置：
assess-task-hint = 评估员：记录任务完成得怎么样。
assess-invalid = 这个答案不符合要求。请再试一次。
assess-saved = 会话已保存到 { $file }。
assess-resumed = 已继续一个有 { $count } 个答案的会话。
assess-stopped = 没做完就停止了。已回答 { $count } 题。
assess-input-ended = 测试还没做完，输入就结束了。
answer-dont-know = 我不知道

## 结果
result-heading = 结果
result-level = 等级：{ $name }
result-profile = 概况：{ $profile }
result-band = 可能范围：NLN { $low } 到 NLN { $high }（置信度 { $confidence } %）
result-theta = 能力估计值：{ $theta }（标准误 { $se }，{ $method }）
result-items = 计分题数：{ $count }。停止原因：{ $reason }
result-capped = 因为有一个核心领域明显较低，总等级定在 { $code }（否则会是 { $uncapped }）。
result-irregular = 概况不平衡：核心领域之间相差两级或以上。
result-areas-heading = 领域
result-area-line = { $code } { $name }：NLN { $level }（{ $low }–{ $high }），{ $items } 道题 — { $standing }
result-area-not-measured = { $code } { $name }：没有测量
result-area-few = （题目较少：请谨慎看待）
result-can-do-heading = 我能 …
result-next-heading = 下一步要学的
result-guidance-heading = 服务
result-access-heading = 使用条件（自己报告）
result-provisional = 暂定：题库校准之前，分数线和题目参数由专家设定。
result-review = 提示使用的语言：{ $locale }（{ $status }）。
standing-strength = 强项
standing-on_level = 达到等级
standing-needs_support = 需要支持
standing-not_measured = 没有测量
guidance-phone-services = 能使用电话和语音消息服务
guidance-online-services = 可以上网课、使用网上服务
guidance-independent = 能独立使用政府网上服务和网上找工作
guidance-met = 是
guidance-not_met = 还没有
guidance-unknown = 不知道（没有问使用条件）
stop-precision = 结果已经够精确
stop-classified = 等级已经确定
stop-max-items = 已经问到最多题数
stop-bank-exhausted = 没有题目了
stop-none = 没有完成
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = 已审核
review-machine-drafted = 机器初译，还没有审核
access-field-devices = 设备
access-field-connection = 网络连接
access-field-email_account = 电子邮箱
access-field-reads_first_language = 能读母语
access-field-assistive_needs = 需要的支持
access-field-preferred_channel = 希望的服务方式

## 验证
validate-ok = { $path }：没有错误（题库 { $bank } 有 { $items } 道题，检查了 { $locales } 种语言）。
validate-errors = { $path }：发现 { $count } 个错误。
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }：缺少消息 `{ $id }`
validate-missing-audio = { $locale }：audio.yaml 里缺少音频片段 `{ $id }`
validate-coverage = 各等级的题目数：{ $coverage }
validate-no-banks = 在 { $path } 下没有找到题库（应该是 banks/<name>/bank.yaml）。

load-error-syntax = 无法解析或格式不对：{ $detail }
load-error-missing-field = 缺少必填字段
load-error-invalid-value = 值无效：{ $detail }
load-error-duplicate-id = id 重复 { $detail }
load-error-unknown-competence = 未知的能力 { $detail }
load-error-unknown-source = 未知的对照来源 { $detail }
load-error-non-positive-a = 区分度 a 必须大于 0（实际是 { $detail }）
load-error-guessing-range = 猜测参数 c 必须大于或等于 0 且小于 1（实际是 { $detail }）
load-error-unordered-thresholds = 分级阈值必须严格递增（实际是 { $detail }）
load-error-threshold-count = 得分类别和阈值的数量不对应（类别/阈值：{ $detail }）
load-error-key-not-option = 答案 { $detail } 不是这道题的选项或区域之一
load-error-model-type = 这个模型不能给这种题型计分（{ $detail }）
load-error-unordered-cuts = 分数线必须随等级升高而增加（{ $detail }）
load-error-level-sequence = 等级必须是 0、1、2 … 连续不断（应为/实际：{ $detail }）
load-error-missing-file = 找不到文件：{ $detail }
load-error-competence-without-items = 能力 { $detail } 在题库里没有题目
load-error-bad-message-id = 不是有效的 Fluent 消息 id：{ $detail }

## 模拟
simulate-progress = 已模拟 { $done } / { $total } 名学员
simulate-heading = 模拟：{ $n } 名学员，种子 { $seed }，题库 { $bank }
simulate-items = 平均计分题数：{ $mean }（最多：{ $max }）
simulate-rmse = 能力 RMSE：{ $rmse }；偏差：{ $bias }；平均标准误：{ $se }
simulate-accuracy = 定在真实等级：{ $exact } %；相差一级以内：{ $within } %
simulate-exposure = 最高题目曝光率：{ $rate } %
simulate-stops = 停止原因：{ $reasons }
simulate-level-line = 真实等级 { $code }：{ $n } 名学员，完全准确 { $exact } %，相差一级以内 { $within } %，{ $items } 道题

## 错误
error-read = 无法读取 { $path }：{ $reason }
error-write = 无法写入 { $path }：{ $reason }
error-not-content = { $path } 里既没有 framework.yaml（内容文件夹），也没有 bank.yaml（题库文件夹）。
error-session-file = { $path } 不是保存的会话：{ $reason }
error-session = 会话无法继续：{ $reason }
error-content = 内容有错误：
error-locales = 语言文件有错误：
clip-status-pending = 还没有录音
clip-status-recorded = 已录音
clip-status-synthesized = 合成语音
