## 共用消息：答案、题库名称（简体中文）

answer-true = 对
answer-false = 错

bank-default-title = NLN 入学评估题库
