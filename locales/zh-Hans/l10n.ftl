## Language choice (machine-drafted)

locale-other-script = 暂无 { $requested } 文本：{ $available } 使用另一种文字书写。现以英文显示。
