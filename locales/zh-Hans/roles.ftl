# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = 需要管理员密钥
serve-problem-admin-only-detail = 只有机构的管理员密钥才能执行此操作（密钥、webhook、审计日志）；这是一个接收密钥。
cli-agency-opt-role = 机构第一个密钥的角色：admin（默认；还可管理密钥、webhook 和审计日志）或 intake
