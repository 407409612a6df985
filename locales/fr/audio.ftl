## Audio: `nln audio` (assessor and maintainer messages; French, machine-drafted)

cli-audio-about = Audio des messages destinés à l'apprenant : planifier les manifestes, produire les clips, enregistrer à la main
cli-audio-plan-about = Réécrire le audio.yaml de chaque langue à partir des messages et des items actuels (à lancer après les avoir modifiés)
cli-audio-plan-opt-check = Ne rien modifier ; échouer si un manifeste n'est pas à jour
cli-audio-opt-locales = Dossier des langues (par défaut : locales)
audio-unknown-locale = { $locale } n'est pas une langue de la liste ({ $listed }).
audio-plan-summary = { $locale } : { $clips ->
        [one] { $clips } clip
       *[other] { $clips } clips
    } ({ $synthesized } synthétisés, { $recorded } enregistrés, { $needs } à enregistrer)
audio-plan-unchanged = { $path } est à jour.
audio-plan-written = { $path } écrit ({ $count ->
        [one] { $count } entrée modifiée
       *[other] { $count } entrées modifiées
    }).
audio-plan-outdated = { $path } n'est pas à jour ({ $count ->
        [one] { $count } entrée diffère
       *[other] { $count } entrées diffèrent
    }).
audio-plan-check-failed = { $count ->
        [one] { $count } manifeste audio n'est pas à jour : lancez `nln audio plan`.
       *[other] { $count } manifestes audio ne sont pas à jour : lancez `nln audio plan`.
    }
audio-stale = { $locale } : l'enregistrement de { $ref } a été fait pour un texte plus ancien : enregistrez-le de nouveau (il est gardé d'ici là).
audio-unplanned-missing = { $locale } : { $ref } n'a pas de clip : le message { $message } manque.
audio-unplanned-placeables = { $locale } : { $ref } n'a pas de clip : le message { $message } contient des variables ; donnez-lui une forme .speech sans variables.
clip-status-needs-recording = à enregistrer par une voix humaine
