# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Also accept webhook URLs with http:// on a loopback address (a receiver on this machine); otherwise only https://
serve-problem-too-many-webhooks = Too many webhooks
serve-problem-too-many-webhooks-detail = This agency already has the most webhooks allowed; remove one before adding another.
