# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Sidoo kale aqbal URL-yada webhook ee http:// ee loo diro cinwaan loopback ah (qaate ku jira mashiinkan); haddii kale https:// oo keliya
serve-problem-too-many-webhooks = Webhook aad u badan
serve-problem-too-many-webhooks-detail = Hay'addan waxay horey u haysataa inta ugu badan ee webhook la oggol yahay; mid ka saar ka hor intaadan mid kale ku darin.
