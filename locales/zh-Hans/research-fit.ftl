## Item and person fit, DIF, standard setting and plots (zh-Hans, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = 检验题库参数与作答数据的拟合：S-X² 题目拟合、infit/outfit 均方、个人拟合 lz
cli-fit-opt-min-expected = 合并总分组，直到每个期望频数至少为此值（mirt 的 mincell；0 表示不合并）
cli-fit-opt-persons = 列出每个人的个人拟合 lz，而不是题目表
cli-fit-opt-csv = 以 CSV 输出（题目；加 --persons 时为人员）
fit-items-header = 题目、模型、S-X²、自由度、p、RMSEA、infit (z)、outfit (z)；* = p 小于 0.01 或均方超出 0.7–1.3
fit-persons-header = 编号、EAP theta、lz、作答题数；* = lz 小于 { $cut }
fit-s-x2-used = S-X² 使用了作答全部题目的 { $persons } 人；{ $skipped } 行缺少题目，未纳入。
fit-s-x2-none = S-X² 比较总分组，需要作答了全部题目的人（固定题本）；没有这样的人，因此只显示 infit、outfit 和 lz。
fit-persons-flagged = { $persons } 人中有 { $flagged } 人的 lz 小于 { $cut }（作答模式异常；用 --persons 列出）。
fit-error-min-expected = --min-expected 必须是 0 到 1000 之间的数，而不是 { $value }。

cli-dif-about = 筛查题目在个人协变量各组之间的项目功能差异：Mantel–Haenszel（ETS A/B/C 分类）和逻辑回归；只做标记，不删除任何题目
cli-dif-opt-group = 定义分组的个人协变量（如 cov_lang 或 cov_mode）
cli-dif-opt-focal = 焦点组（默认：参照组以外的每个组，各比较一次）
cli-dif-opt-reference = 参照组（默认：最大的组）
cli-dif-opt-csv = 以 CSV 输出（每个比较和题目一行）
dif-comparison = { $group }：参照组“{ $reference }”，焦点组“{ $focal }”
dif-matching-total = 按总分匹配被试；第一轮被标记的题目不计入匹配总分（净化）。
dif-matching-theta = 并非每人都作答了全部题目：按 EAP 能力匹配被试（Mantel–Haenszel 用十个层）。
dif-purified = 不计入匹配总分：{ $items }
dif-header = 题目、参照/焦点作答数、MH delta、MH p、ETS 类别、LR 一致性 p、LR 非一致性 p、LR ΔR²；* = 标记待审（B 或 C 类，或 LR p 小于 0.01 且 ΔR² 至少 0.035）
dif-not-studied = 未分析（多级计分题，或某组无作答）
dif-flagged = { $flagged } 道题被标记待审（未删除）。
dif-error-unknown-group = 作答文件没有协变量 { $group }（现有：{ $known }）。长格式文件的协变量在 cov_… 列中。
dif-error-unknown-value = 协变量 { $group } 没有“{ $value }”组（现有：{ $known }）。
dif-error-groups = 协变量 { $group } 至少需要两个组，且参照组与焦点组不同。
cli-standard-setting-about = 书签法标准设定：输出排序题册，或把评审的书签转换为建议的分界分数和等级文件
cli-standard-setting-opt-bookmarks = 书签 CSV，列为 panellist,level,page：恰在该等级分界上的学习者能掌握的题册最后一页
cli-standard-setting-opt-rp = 排序题册所用的作答概率（惯例为 RP67）
cli-standard-setting-opt-out = 将含建议分界（评审中位数）及其来源的等级文件写到此处
standard-setting-booklet-header = 页、题目、计分步、RP{ $rp } 位置 (θ)、该 θ 当前所属等级
standard-setting-panel = { $panellists } 名评审，题册共 { $pages } 页，RP { $rp }。
standard-setting-cuts-header = 等级、当前分界、建议分界（中位数）、均值、标准差、评审间范围
standard-setting-written = 已写入 { $path }，含 { $cuts } 个建议分界（状态：panel）。
standard-setting-error-rp = --rp 必须是 0 到 1 之间的概率，而不是 { $value }。
standard-setting-error-level = 等级“{ $level }”没有分界分数
standard-setting-error-page = 第 { $page } 页超出题册最后一页 { $pages }
standard-setting-error-empty = 文件中没有书签。
standard-setting-error-missing = 评审“{ $panellist }”没有等级 { $level } 的书签；每位评审须标记相同的等级。
standard-setting-error-decreasing = 评审“{ $panellist }”把较高等级标在比较低等级更靠前的页上。
standard-setting-error-order = 建议分界与未修订的分界合在一起不随等级递增；未写入任何内容。
data-error-bad-page = 页“{ $value }”不是 1 或以上的整数
data-error-duplicate-bookmark = 评审“{ $panellist }”两次标记了等级 { $level }

cli-plot-about = 绘制题库的 SVG 图：测验信息及其标准误和等级分界，以及每道题的特征曲线和信息曲线
cli-plot-opt-out = 写入 SVG 文件的文件夹（不存在时创建）
cli-plot-opt-items = 仅这些题目（逗号分隔的编号；默认：所有有模型的题目）
plot-title-test = 测验信息：题库 { $bank } { $version }（{ $items } 道题）
plot-title-item = 题目 { $item }（{ $model }）
plot-axis-theta = θ（能力，logit）
plot-axis-information = 信息量
plot-axis-se = 标准误
plot-axis-probability = 概率
plot-legend-score = 得分 { $score }
plot-written = 已将 { $count } 张图写入 { $path }。
