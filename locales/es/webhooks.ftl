# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Aceptar también URL de webhook con http:// hacia una dirección de bucle local (un receptor en esta máquina); si no, solo https://
serve-problem-too-many-webhooks = Demasiados webhooks
serve-problem-too-many-webhooks-detail = Esta agencia ya tiene el máximo de webhooks permitido; elimine uno antes de añadir otro.
