## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = 已生成音频片段的文件夹（默认：NLN_AUDIO_DIR，否则 target/audio）
# audience: learner
assess-replay-hint = 输入 r 并按回车键，再听一遍问题。
assess-no-player = 没有找到音频播放器（已尝试：{ $players }）：问题只以文字显示。请安装一个，例如 ffmpeg（ffplay）或 mpv，才能听到。
assess-player-failed = 音频播放器 { $player } 无法播放这个片段：{ $reason }
