# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Tanggapin din ang mga webhook URL na http:// papunta sa loopback address (isang receiver sa makinang ito); kung hindi, https:// lamang
serve-problem-too-many-webhooks = Sobrang daming webhook
serve-problem-too-many-webhooks-detail = Nasa pinakamaraming pinapayagang webhook na ang ahensiyang ito; mag-alis muna ng isa bago magdagdag.
