## 题目：CRE，制作内容和文件（提示、选项、区域、任务类别）

# cre-001
item-cre-001-prompt = 您想拍一张照片。您点哪张图？
item-cre-001-opt-a = 信封。
item-cre-001-opt-b = 电话听筒。
item-cre-001-opt-c = 相机。

# cre-002
item-cre-002-prompt = 相机已经可以拍照了。您想录一段视频。请点一下换成视频的地方。
item-cre-002-region-shutter = 下面的大圆按钮。
item-cre-002-region-video = 大按钮上面的英文词 VIDEO（视频）。
item-cre-002-region-flip = 有两个圆箭头的按钮，用来把镜头转过来。
item-cre-002-region-gallery = 您上一张照片的小图。
item-cre-002-region-flash = 上面的闪电按钮。

# cre-003
item-cre-003-prompt = 在大多数手机上，发送视频之前，可以把视频开头剪掉。对还是错？

# cre-004
item-cre-004-prompt = 您想裁剪一张照片，让它只显示您的证件。请把步骤排好顺序。
item-cre-004-opt-a = 点 Edit（编辑）。
item-cre-004-opt-b = 点 Save（保存）。
item-cre-004-opt-c = 在相册 Gallery 里打开照片。
item-cre-004-opt-d = 点 Crop（裁剪），然后拖动四个角。

# cre-005
item-cre-005-prompt = 给这封练习用的信拍一张照片，裁剪到只显示这封信，然后保存。
item-cre-005-cat-0 = 没有完成。
item-cre-005-cat-1 = 提示后完成。
item-cre-005-cat-2 = 没有帮助，自己完成。

# cre-006
item-cre-006-prompt = 您的简历已经在文字处理软件里写好了。雇主要 PDF 文件。您怎么做？
item-cre-006-opt-a = 点 File（文件），再点 Save as（另存为）或 Download（下载），然后选 PDF。
item-cre-006-opt-b = 给简历截个屏，把图片发过去。
item-cre-006-opt-c = 把文件名的结尾改成 .pdf。

# cre-007
item-cre-007-prompt = 您想在文件里加一个表格。请把步骤排好顺序。
item-cre-007-opt-a = 点 Table（表格）。
item-cre-007-opt-b = 在文件里要放表格的地方点一下。
item-cre-007-opt-c = 选 2 列 4 行。
item-cre-007-opt-d = 点 Insert（插入）选项卡。

# cre-008
item-cre-008-prompt = 您用文字处理软件写简历。您想让所有的小标题，比如 Experience（工作经历）和 Education（教育），看起来都一样，以后还能一次全部改掉。最好的办法是什么？
item-cre-008-opt-a = 每个标题都用大写字母打。
item-cre-008-opt-b = 一个一个地把标题加粗、放大。
item-cre-008-opt-c = 给每个标题用 Heading 1（标题 1）样式，然后再改这个样式。
item-cre-008-opt-d = 把每个标题放进单独的文本框。

# cre-009
item-cre-009-prompt = 在这个电子表格里，您这个月的花费在 B2 到 B8 格。哪个公式能算出总数？
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = 您的花费在 B2 到 B8 格，总数在 B9 格。您想在 C2 格算出每笔花费占总数的比例，然后把公式往下复制到 C8。您在 C2 里输入哪个公式？
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = 在这个练习用的文字处理软件里，给简历的三个小标题用 Heading 1（标题 1）样式，然后把简历下载成 PDF。
item-cre-011-cat-0 = 没有完成。
item-cre-011-cat-1 = 提示后完成。
item-cre-011-cat-2 = 没有帮助，自己完成。

# cre-012
item-cre-012-prompt = 把别人的照片发到网上之前，应该先问他们可不可以。对还是错？

# cre-013
item-cre-013-prompt = 您卖蛋糕，正在做一个网上广告。您找到一张用 Creative Commons（知识共享）许可的照片。只要写上摄影师的名字，哪种许可让您可以把照片用在广告里？
item-cre-013-opt-a = CC BY-NC：署名，非商业使用。
item-cre-013-opt-b = CC BY：署名。
item-cre-013-opt-c = CC BY-NC-ND：署名，非商业使用，禁止改编。
item-cre-013-opt-d = CC BY-ND：署名，禁止改编，并在照片上写上您的价格。
