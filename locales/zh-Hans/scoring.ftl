# Sealed session files (the CLI's session key).
error-session-key = 无法使用保护已保存会话的密钥（{ $path }）：{ $reason }
error-session-key-damaged = 密钥文件已损坏；删除它即可生成新密钥（之后用旧密钥保存的会话将无法继续）
error-no-data-folder = 此用户帐户没有数据文件夹（请设置 HOME 或 XDG_DATA_HOME）
session-seal-hint = 已保存的会话只能在未被修改的情况下、由保存它的用户帐户继续。
