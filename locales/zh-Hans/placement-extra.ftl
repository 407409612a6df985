# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = 未知的领域 { $detail }
load-error-unknown-level = 未知的级别代码 { $detail }
load-error-unknown-access-field = 没有访问问题询问 { $detail }
simulate-area-evidence = 领域证据：未测量 { $unmeasured } %；少于三个回答 { $thin } %
