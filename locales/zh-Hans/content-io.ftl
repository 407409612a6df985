# Content limits, session files and answer input (zh-Hans). Machine-drafted.
load-error-too-big = 文件太大或嵌套太深，无法读取（{ $detail }）
load-error-implausible = IRT 参数超出合理范围（{ $detail }）
cli-assess-opt-force = 即使 --save 文件不是已保存的会话，也替换它
assess-how-to-answer = 输入您选择的编号，然后按回车键。0 = 我不知道。q = 停止（您的答案会被保留）。
assess-saving-to = 您的答案保存在 { $file }
assess-resume-hint = 以后要继续，请运行：nln assess --resume { $file }
assess-interrupted = 测试被中断。
assess-type-number = 请输入 1 到 { $max } 之间的一个数字，不知道请输入 0，然后按回车键。
assess-type-order = 请按正确顺序输入 1 到 { $max } 的数字，用空格分开（例如：2 1 3），不知道请输入 0。
error-not-regular-file = { $path } 不是普通文件（而是链接、文件夹、管道或设备），因此不会读取或替换它。
error-file-too-large = { $path } 太大，无法读取（字节上限：{ $limit }）。
error-too-many-files = { $path } 包含的文件太多，无法读取（上限：{ $limit }）。
error-not-a-session = { $path } 已存在，且不是本测试保存的会话。请选择其他文件，或加上 --force 来替换它。
error-session-in-use = { $path } 正被另一个正在运行的测试使用。
error-no-saved-session = 在 { $path } 中没有找到已保存的会话。
