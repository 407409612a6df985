# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Tanggapin din ang mga webhook URL na http:// papunta sa loopback address (isang receiver sa makinang ito); kung hindi, https:// lamang
