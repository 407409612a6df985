## 超出上限的内容错误（nln validate）。机器草稿。

load-error-more = 另有 { $count } 个错误未显示
