# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Aceptar también URL de webhook con http:// hacia una dirección de bucle local (un receptor en esta máquina); si no, solo https://
