# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Accepter aussi les URL de webhook en http:// vers une adresse de bouclage (un récepteur sur cette machine) ; sinon seulement https://
