# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Приймати також URL вебхуків з http:// на адресу loopback (приймач на цій машині); інакше лише https://
serve-problem-too-many-webhooks = Забагато webhook
serve-problem-too-many-webhooks-detail = Ця агенція вже має найбільшу дозволену кількість webhook; видаліть один, перш ніж додати інший.
