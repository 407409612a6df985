# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = 也接受指向环回地址（本机上的接收端）的 http:// 网络钩子 URL；否则只接受 https://
serve-problem-too-many-webhooks = webhook 过多
serve-problem-too-many-webhooks-detail = 该机构的 webhook 已达上限；请先删除一个再添加。
