# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Sidoo kale aqbal URL-yada webhook ee http:// ee loo diro cinwaan loopback ah (qaate ku jira mashiinkan); haddii kale https:// oo keliya
