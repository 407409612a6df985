# 图片：`nln validate` 对 assessments/images/ 的检查和样张（供作者和评估员使用）。
cli-validate-opt-contact-sheets = 同时在此文件夹中为每个领域写一张样张（SVG：每张图片及其题目编号和点击区域）
picture-error-line = { $file }:{ $line }：{ $message }
picture-warning-line = { $file }:{ $line }：警告：{ $message }
picture-contact-sheets-written = 已向 { $path } 写入 { $count } 张样张。
picture-missing = 题目 { $item } 显示图片 { $picture }，但 images/ 中没有这张图片
picture-unused = 没有任何题目显示图片 { $picture }
picture-bad-name = 图片名称由用连字符连接的小写单词组成，以 .svg 结尾，并位于 screens/、icons/ 或 photos/ 中
picture-unreadable = 图片不是可读的 SVG：{ $reason }
picture-bad-canvas = 图片画布为 { $found }；此文件夹中的图片使用 { $expected }
picture-no-title = 图片的第一个元素不是 <title>（屏幕阅读器需要它）
picture-forbidden = 图片包含 { $what }，这是不允许的（脚本、指向其他文件的链接、位图、滤镜、动画）
picture-too-large = 图片大小为 { $size } 字节；请保持在 { $limit } 字节以下
picture-duplicate-id = 图片中 ID "{ $id }" 使用了两次
picture-region-outside = 题目 { $item } 的区域 { $region } 超出了图片范围（{ $canvas }）
picture-regions-overlap = 题目 { $item } 的区域 { $first } 和 { $second } 重叠：一次点击会同时表示两者
picture-control-missing = 图片 { $picture } 中没有 ID 为 "{ $region }" 的元素来表示题目 { $item } 的区域 { $region }
picture-control-outside = 图片 { $picture } 中的元素 "{ $region }" 没有画在题目 { $item } 的区域 { $region } 之内
