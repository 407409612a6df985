## Item-fit and DIF plots (zh-Hans, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = 同时在此文件夹中为每道题绘制一张拟合图（fit-ITEM.svg）：每个总分组中观察到的与期望的平均得分，以及模型的 95% 范围
cli-dif-opt-plot = 同时在此文件夹中为每道被研究的题目和目标组绘制一张 DIF 图（dif-FOCAL-ITEM.svg）：各组在匹配分数上的曲线，附统计量
plot-title-fit = 题目拟合：{ $item }（{ $model }）
plot-fit-statistics = S-X² = { $chi }，自由度 = { $df }，p = { $p }
plot-axis-summed-score = 总分（表单的全部题目）
plot-axis-proportion-right = 答对比例
plot-axis-mean-item-score = 题目平均得分
plot-legend-observed = 观察值
plot-legend-expected = 模型期望值
plot-legend-model-range = 模型的 95% 范围
plot-title-dif = DIF：{ $item }，{ $focal } 对比 { $reference }
plot-dif-statistics-mh = Mantel–Haenszel：Δ = { $delta }，ETS 类别 { $class }
plot-dif-statistics-lr = 逻辑回归：一致性 p = { $uniform }，非一致性 p = { $nonuniform }，ΔR² = { $r2 }
plot-dif-flagged = 已标记待审查
plot-axis-matching-total = 总分（匹配；不含已标记题目）
plot-axis-matching-theta = EAP 能力（匹配，logit）
plot-legend-reference = { $group }（参照组）
plot-legend-focal = { $group }（目标组）
plot-legend-no-dif = 两组合并，无 DIF
