# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = Kubali pia URL za webhook zenye http:// kwenda anwani ya loopback (kipokeaji kwenye mashine hii); vinginevyo https:// pekee
serve-problem-too-many-webhooks = Webhook nyingi mno
serve-problem-too-many-webhooks-detail = Wakala huu tayari una idadi ya juu ya webhook zinazoruhusiwa; ondoa moja kabla ya kuongeza nyingine.
