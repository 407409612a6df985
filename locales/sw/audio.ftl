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
cli-audio-build-about = Tengeneza kila kipande kinachokosekana katika folda ya sauti (sauti ya kompyuta, ukimya umekatwa, sauti imesawazishwa, Opus pamoja na MP3 ya akiba)
cli-audio-build-opt-check = Usibadilishe chochote; shindwa ikiwa ujumbe wa mwanafunzi hauna kipande, kipande kimepitwa na wakati au kinahitaji kurekodiwa
cli-audio-opt-out = Folda ya sauti (chaguo-msingi: NLN_AUDIO_DIR, vinginevyo target/audio)
audio-tool-missing = { $program } haijasakinishwa; utengenezaji wa sauti unaihitaji. Kwenye Debian au Ubuntu: apt-get install { $package }
audio-needs-recording = { $locale } haina sauti ya kompyuta inayofaa: { $count ->
        [one] kipande { $count } kinahitaji kurekodiwa na mtu
       *[other] vipande { $count } vinahitaji kurekodiwa na mtu
    } (ona `nln audio script --lang { $locale }`).
audio-recording-not-imported = { $locale }: rekodi { $file } haipo: iingize kwa `nln audio import`.
audio-clips-not-built = { $locale }: { $count ->
        [one] kipande { $count } hakijatengenezwa
       *[other] vipande { $count } havijatengenezwa
    } katika { $folder }: endesha `nln audio build --lang { $locale }`.
audio-clip-failed = { $file } haikuweza kutengenezwa: { $reason }
audio-progress = Inatengeneza vipande vya { $locale }
audio-built = { $locale }: { $built ->
        [one] kipande { $built } kimetengenezwa
       *[other] vipande { $built } vimetengenezwa
    } katika { $folder }.
audio-check-failed = { $count ->
        [one] Tatizo { $count } la sauti limepatikana.
       *[other] Matatizo { $count } ya sauti yamepatikana.
    }
cli-audio-script-about = Andika hati ya kurekodi ambayo msomaji wa sauti atasoma: kila maandishi, jina la faili lake, mahali linaposikika
cli-audio-script-opt-output = Andika hati katika faili hili (chaguo-msingi: matokeo ya kawaida)
cli-audio-import-about = Ingiza rekodi za msomaji wa sauti: kagua urefu na kiwango cha sauti, simba, sasisha audio.yaml
cli-audio-import-opt-dir = Folda yenye rekodi, zenye majina kama katika hati
cli-audio-import-opt-speaker = Msimbo wa msemaji unaohifadhiwa pamoja na kila rekodi (k.m. F03)
audio-script-heading = Hati ya kurekodi: { $locale } ({ $count ->
        [one] maandishi { $count }
       *[other] maandishi { $count }
    })
audio-script-instructions = Soma kila maandishi kwa utulivu na polepole kidogo, kama unavyomwambia mtu mzima ambaye ni mgeni kwa kompyuta. Rekodi katika chumba tulivu, karibu sm 20 kutoka kwa maikrofoni. Hifadhi kila maandishi katika faili lake la WAV (48 kHz), lenye jina sawasawa na lililoonyeshwa, na ukimya mfupi kabla na baada.
audio-script-context = Linasikika: { $context }
audio-script-role-prompt = swali la kipengele { $item }
audio-script-role-option = jibu moja la kipengele { $item }
audio-script-role-region = mahali kwenye picha ya kipengele { $item }
audio-script-role-category = alama ya mtathmini kwa kipengele { $item }
audio-script-role-screen = maelekezo au kitufe cha jaribio
audio-script-picture = Picha: { $file }
audio-script-english = Kiingereza: { $text }
audio-script-say = Sema:
audio-script-written = Hati ya kurekodi imeandikwa katika { $path } ({ $count ->
        [one] maandishi { $count }
       *[other] maandishi { $count }
    }).
audio-import-one-locale = Toa lugha moja tu ya kuingiza, kwa --lang.
audio-import-rejected = { $file } haikuingizwa: { $reason }
audio-reason-name = jina la faili si <clip>.<hash>.wav kama katika hati.
audio-reason-unknown = hakuna kipande kinachoitwa { $ref }.
audio-reason-stale = ilirekodiwa kutoka kwa maandishi ya zamani ya { $ref }; rekodi maandishi ya sasa (ona hati mpya).
audio-reason-unreadable = haiwezi kusomwa kama faili la WAV ({ $detail }).
audio-reason-duration = usemi unachukua sekunde { $seconds }; kipande huchukua sekunde { $min } hadi { $max }.
audio-reason-quiet = sauti ni ndogo mno ({ $lufs } LUFS, angalau { $min } inahitajika): rekodi karibu zaidi na maikrofoni.
audio-reason-clipped = sauti imeharibika (kiwango kilifikia kiwango cha juu): rekodi mbali kidogo na maikrofoni.
audio-import-done = { $locale }: { $count ->
        [one] rekodi { $count } imeingizwa
       *[other] rekodi { $count } zimeingizwa
    }, { $rejected } zimekataliwa.
