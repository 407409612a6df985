# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Kubali pia URL za webhook zenye http:// kwenda anwani ya loopback (kipokeaji kwenye mashine hii); vinginevyo https:// pekee
