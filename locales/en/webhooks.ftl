# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Also accept webhook URLs with http:// on a loopback address (a receiver on this machine); otherwise only https://
