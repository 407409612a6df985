# nln plot: the Wright map (researcher-facing).
cli-plot-opt-data = 同时绘制 Wright 图（wright-map.svg）：此作答文件中被试的 EAP 能力与题目位置并列
plot-title-wright = Wright 图：题库 { $bank } { $version }
plot-axis-persons = 被试（人数）
plot-axis-items = 题目（数量）
