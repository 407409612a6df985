# Descriptions of the tap-through screens, for screen readers (简体中文, machine-drafted)

picture-screens-settings-list-alt = 手机的设置列表
picture-screens-wifi-networks-alt = 无线网设置和附近的网络
picture-screens-display-settings-alt = 显示设置
picture-screens-text-size-alt = 字体大小设置
picture-screens-language-list-alt = 手机的语言列表
picture-screens-security-settings-alt = 安全设置
picture-screens-messages-list-alt = 信息应用里的对话列表
picture-screens-chat-conversation-alt = 信息应用里和阿米拉的对话
picture-screens-call-log-alt = 最近通话列表
