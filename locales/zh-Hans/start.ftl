## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = 测试从哪里开始：fixed（所有人第一题难度相同）或 access（模拟学员回答使用情况问题，由回答决定起点）
