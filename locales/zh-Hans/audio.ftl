## Audio: `nln audio` (assessor and maintainer messages; Chinese (Simplified), machine-drafted)

cli-audio-about = 面向学员的消息音频：规划清单、生成音频片段、人工录音
cli-audio-plan-about = 根据当前的消息和题目重写每种语言的 audio.yaml（修改它们之后运行）
cli-audio-plan-opt-check = 不做任何修改；若有清单不是最新则失败
cli-audio-opt-locales = 语言文件夹（默认：locales）
audio-unknown-locale = { $locale } 不是列出的语言（{ $listed }）。
audio-plan-summary = { $locale }：{ $clips } 个片段（{ $synthesized } 个合成，{ $recorded } 个录制，{ $needs } 个待录）
audio-plan-unchanged = { $path } 已是最新。
audio-plan-written = 已写入 { $path }（{ $count } 个条目有变化）。
audio-plan-outdated = { $path } 不是最新（{ $count } 个条目不同）。
audio-plan-check-failed = { $count } 个音频清单不是最新：请运行 `nln audio plan`。
audio-stale = { $locale }：{ $ref } 的录音对应的是旧文本：请重新录制（在此之前保留原录音）。
audio-unplanned-missing = { $locale }：{ $ref } 没有片段：缺少消息 { $message }。
audio-unplanned-placeables = { $locale }：{ $ref } 没有片段：消息 { $message } 含有变量；请为它提供不含变量的 .speech 形式。
clip-status-needs-recording = 需要人工录音
