# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Accepter aussi les URL de webhook en http:// vers une adresse de bouclage (un récepteur sur cette machine) ; sinon seulement https://
serve-problem-too-many-webhooks = Trop de webhooks
serve-problem-too-many-webhooks-detail = Cette agence a déjà le nombre maximal de webhooks ; supprimez-en un avant d’en ajouter un autre.
