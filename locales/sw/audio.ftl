## Audio: `nln audio` (assessor and maintainer messages; Swahili, machine-drafted)

cli-audio-about = Sauti ya jumbe za mwanafunzi: panga orodha, tengeneza vipande vya sauti, rekodi kwa sauti ya mtu
cli-audio-plan-about = Andika upya audio.yaml ya kila lugha kutoka kwa jumbe na maswali ya sasa (endesha baada ya kuzibadilisha)
cli-audio-plan-opt-check = Usibadilishe chochote; shindwa ikiwa orodha fulani si ya kisasa
cli-audio-opt-locales = Folda ya lugha (chaguo-msingi: locales)
audio-unknown-locale = { $locale } si lugha iliyoorodheshwa ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [one] kipande { $clips }
       *[other] vipande { $clips }
    } ({ $synthesized } vya kompyuta, { $recorded } vilivyorekodiwa, { $needs } vya kurekodi)
audio-plan-unchanged = { $path } ni ya kisasa.
audio-plan-written = { $path } imeandikwa ({ $count ->
        [one] ingizo { $count } limebadilika
       *[other] maingizo { $count } yamebadilika
    }).
audio-plan-outdated = { $path } si ya kisasa ({ $count ->
        [one] ingizo { $count } linatofautiana
       *[other] maingizo { $count } yanatofautiana
    }).
audio-plan-check-failed = { $count ->
        [one] Orodha { $count } ya sauti si ya kisasa: endesha `nln audio plan`.
       *[other] Orodha { $count } za sauti si za kisasa: endesha `nln audio plan`.
    }
audio-stale = { $locale }: rekodi ya { $ref } ilifanywa kwa maandishi ya zamani: irekodi tena (itahifadhiwa hadi wakati huo).
audio-unplanned-missing = { $locale }: { $ref } haina kipande: ujumbe { $message } haupo.
audio-unplanned-placeables = { $locale }: { $ref } haina kipande: ujumbe { $message } una vigeu; upe muundo wa .speech usio na vigeu.
clip-status-needs-recording = inahitaji kurekodiwa kwa sauti ya mtu
