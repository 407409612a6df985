## Adaptive test replayed on recorded responses (zh-Hans, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = 在记录的作答上重放自适应测试（nln calibrate 读取的作答文件，长格式或宽格式）：每人以记录的得分回答测试所选的题目，并将测试等级与其全部作答得出的等级比较
cli-simulate-opt-missing = 配合 --responses：当测试选中的题目没有此人的记录作答时：skip（默认：跳过并选下一题）或 stop（在此结束此人的测试）
replay-heading = 已在 { $n } 人的记录作答上重放自适应测试（平均每人 { $recorded } 个作答；题库 { $bank }）。
replay-agreement = 测试等级 = 全部记录作答的等级：{ $exact }%；相差不超过一级：{ $within }%；能力相对该估计的 RMSE：{ $rmse }
replay-missing-stop = { $tests } 次测试（{ $share }%）遇到没有记录作答的题目并在此结束。
replay-missing-skip = { $tests } 次测试（{ $share }%）遇到没有记录作答的题目并跳过（平均每次测试 { $mean } 题）。
stop-missing-response = 某题没有记录的作答
