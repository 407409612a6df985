## 校准与研究（简体中文，机器草稿）。面向研究人员：无音频。

cli-calibrate-about = 根据作答数据估计题目参数（MML-EM），并可写出校准后的题库新版本
cli-research-opt-data = 作答文件：长格式 CSV（id,item,resp）或宽格式（每题一列，NA = 未施测）
cli-research-opt-format = 文件格式：long 或 wide（默认：根据表头识别）
cli-calibrate-opt-model = 每道题的模型：rasch、1pl、2pl、3pl 或 grm
cli-calibrate-opt-items-model = 由“题目,模型”行组成的 CSV 文件，为部分题目指定其他模型
cli-calibrate-opt-anchor = 保持原参数的题库（固定锚题校准到其量尺）
cli-calibrate-opt-out = 将带新参数的题库作为新的校准版本写入此文件夹
cli-calibrate-opt-version = 写出题库的版本（默认：下一个次版本）
cli-calibrate-opt-slope-prior = 斜率的对数正态先验，取此标准差（如 0.5），用于稀疏的自适应数据
cli-calibrate-opt-no-se = 不计算标准误（大题库更快）
cli-score-about = 为作答文件中的每个人估计能力、标准误和 NLN 等级
cli-score-opt-csv = 以 CSV 输出（id,theta,se,level,items）
cli-score-opt-eapsum = 输出固定试卷按总分的 EAP 表（每人作答相同题目）
cli-export-about = 将已保存会话的计分作答导出为长格式或宽格式 CSV
cli-export-opt-sessions = 已保存的会话文件（JSON）
cli-export-opt-out = 写入此文件而不是标准输出

calibrate-progress = EM 循环
calibrate-converged = 经过 { $cycles } 次循环收敛（{ $items } 道题，{ $persons } 人）。
calibrate-not-converged = { $cycles } 次循环后仍未收敛（{ $items } 道题，{ $persons } 人）：请谨慎使用估计值。
calibrate-fit = 对数似然 { $loglik }，AIC { $aic }，BIC { $bic }，{ $parameters } 个参数。
calibrate-latent = 潜在分布：均值 { $mean }，标准差 { $sd }。
calibrate-table-header = 题目、模型、斜率 a（标准误）、位置 b（标准误）、下渐近线 c（标准误）、作答数；* = 锚题
calibrate-se-method = 标准误：{ $method }。
calibrate-written = 已将题库版本 { $version } 写入 { $path }（校准 { $items } 道题）。
calibrate-unknown-model = 未知模型“{ $model }”（rasch、1pl、2pl、3pl 或 grm）
calibrate-unknown-item = 作答文件中没有题目“{ $item }”
calibrate-out-unknown-items = 无法写出题库：以下题目不在题库 { $bank } 中：{ $items }
calibrate-out-invalid = 校准后的题库无法加载：
calibrate-error-spec-count = 模型与作答文件的题目不对应。
calibrate-error-no-data = 文件中没有作答。
calibrate-error-no-variation = 题目 { $item }：所有作答得分相同，无法估计。
calibrate-error-not-dichotomous = 题目 { $item } 有得分 { $score }，但该模型只计 0 和 1（请用 --model grm）。
calibrate-error-empty-category = 题目 { $item }：没有人得 { $score } 分；请重新编码，使每个类别都有人使用。
calibrate-error-anchor-categories = 锚题 { $item } 有 { $categories } 个类别，但数据中有得分 { $score }。
calibrate-error-settings = 某个校准设置超出范围。
calibrate-data-item-out-of-range = 题目列超出范围
calibrate-data-duplicate-item = 同一行中同一题出现两次
calibrate-data-bad-weight = 行权重不是正数
calibrate-data-score-too-large = 得分过大

data-error-csv = CSV 格式错误：{ $reason }
data-error-empty = 文件为空
data-error-missing-column = 缺少列“{ $column }”
data-error-duplicate-column = 列“{ $column }”出现两次
data-error-no-items = 没有题目列
data-error-bad-score = 得分“{ $value }”不是 0 或以上的整数（NA 或空 = 未施测）
data-error-empty-id = 空标识
data-error-duplicate-response = 人员“{ $person }”对题目“{ $item }”作答了两次
data-error-duplicate-person = 人员“{ $person }”有两行
data-error-covariate-conflict = 人员“{ $person }”：协变量 { $name } 既是“{ $first }”又是“{ $second }”
data-error-unknown-item = 题目“{ $item }”不在题库 { $bank } 中，或没有 IRT 模型。

score-header = 标识、theta、标准误、NLN 等级、作答题数（{ $method }）；* = 最大似然估计在搜索边界
score-out-of-range = 人员 { $person }，题目 { $item }：得分 { $score } 高于该题最高分 { $max }。
score-not-fixed-form = 按总分的 EAP 表需要固定试卷：每人须作答相同题目。
score-eapsum-header = 总分、EAP theta、标准差、观察人数、期望人数

export-error-session = { $path }：不是已保存的会话（{ $reason }）
