## 曝光控制（简体中文，机器草稿）。 For researchers: no audio.

cli-simulate-opt-calibrate-exposure = 题库的 Sympson–Hetter 参数：模拟直到没有题目给超过 RATE 的学习者（例如 0.3），并以 JSON 输出每道题的 exposure_acceptance，供写入题库的题目文件
