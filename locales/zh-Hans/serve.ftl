# nln serve / nln agency：HTTP 服务及使用它的机构。面向评估人员和信息技术人员的文字。

cli-serve-about = 为接收系统运行 HTTP/JSON 服务
cli-serve-opt-listen = 监听地址（IP:PORT）
cli-serve-opt-database = 数据库：sqlite:PATH（默认 sqlite:nln.db）或 postgres://…
cli-serve-opt-rate-limit = 每个密钥每秒允许的请求数（0 表示不限）
cli-serve-opt-sessions-per-hour = 每个密钥每小时允许新建的测评数（0 表示不限）
cli-agency-about = 管理使用本服务的机构
cli-agency-add-about = 添加机构并打印其第一个 API 密钥
cli-agency-opt-name = 机构名称
cli-agency-opt-retention = 学员数据在删除前保留的天数

serve-listening = nln 服务正在 { $url } 监听（数据库：{ $database }）。
serve-openapi = API 说明：{ $url }
serve-key-hint = 要获取机构密钥，请运行：{ $command }
serve-error-start = 服务无法启动：{ $reason }
serve-error-listen = “{ $address }”不是可监听的地址；请使用 IP:PORT，例如 127.0.0.1:8080。
serve-error-database = “{ $address }”不是数据库地址；请使用 sqlite:PATH 或 postgres://…
agency-added = 已添加机构“{ $name }”（id { $id }）。
agency-key-once = 下面是它的 API 密钥，只显示这一次：请妥善保存；服务只保留其哈希值。
agency-error = 无法添加机构：{ $reason }

serve-problem-unauthorized = 未登录
serve-problem-unauthorized-detail = 请以“Authorization: Bearer …”发送有效的 API 密钥或学员令牌。
serve-problem-forbidden = 不允许
serve-problem-forbidden-detail = 此密钥或令牌不能执行此操作。
serve-problem-not-found = 未找到
serve-problem-not-found-detail = 这里没有此密钥或令牌可以查看的内容。
serve-problem-method-not-allowed = 不允许的方法
serve-problem-method-not-allowed-detail = 此地址不接受该 HTTP 方法。
serve-problem-bad-request = 错误的请求
serve-problem-bad-request-detail = 无法读取请求：{ $reason }
serve-problem-unsupported-media = 不支持的内容类型
serve-problem-unsupported-media-detail = 请以 application/json 发送正文：{ $reason }
serve-problem-too-large = 请求过大
serve-problem-too-large-detail = 正文超过了 { $limit } 字节的上限。
serve-problem-invalid-answer = 答案与题目不符
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] 答案给出了此题没有的选项。
    [score-out-of-range] 分数高于此题允许的最高分。
    [incomplete-order] 排序必须把每一步恰好列出一次。
   *[wrong-kind] 这种答案不适用于此题；请查看它的 answer_kinds。
}
serve-problem-wrong-sequence = 序号错误
serve-problem-wrong-sequence-detail = 本次测评等待第 { $expected } 个答案。请重新读取测评，并回答它显示的题目。
serve-problem-not-pending = 题目不在等待作答
serve-problem-not-pending-detail = 这道题不是测评正在等待的题目。请重新读取测评，并回答它显示的题目。
serve-problem-finished = 测评已结束
serve-problem-finished-detail = 本次测评已结束，不再接受答案。
serve-problem-not-finished = 测评尚未结束
serve-problem-not-finished-detail = 测评结束后结果才会生成；如需按已作答内容定级，请提前结束测评。
serve-problem-idempotency-key-required = 需要 Idempotency-Key
serve-problem-idempotency-key-required-detail = 每个答案都要附带唯一的 Idempotency-Key 请求头（最多 255 个字符），重试时使用同一个。
serve-problem-idempotency-key-reused = Idempotency-Key 已被使用
serve-problem-idempotency-key-reused-detail = 这个 Idempotency-Key 已用于另一个请求。新的答案请使用新的密钥。
serve-problem-rate-limited = 请求过多
serve-problem-rate-limited-detail = { $seconds ->
   *[other] 此密钥的请求过多。请在 { $seconds } 秒后重试。
}
serve-problem-unknown-bank = 未知题库
serve-problem-unknown-bank-detail = 本服务没有名为“{ $bank }”的题库。
serve-problem-unknown-language = 未知语言
serve-problem-unknown-language-detail = “{ $language }”不是本服务提供的语言。
serve-problem-invalid-join-code = 未知的加入码
serve-problem-invalid-join-code-detail = 此加入码无效：可能输入有误、已被使用或已过期。请索取新的加入码。
serve-problem-unavailable = 服务不可用
serve-problem-unavailable-detail = 服务暂时无法连接数据库。请稍后重试；已确认的内容都没有丢失。
serve-problem-internal = 内部错误
serve-problem-internal-detail = 服务器出错。已确认的内容都没有丢失；请重试。
