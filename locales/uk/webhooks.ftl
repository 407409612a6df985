# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Приймати також URL вебхуків з http:// на адресу loopback (приймач на цій машині); інакше лише https://
