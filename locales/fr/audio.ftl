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
cli-audio-build-about = Produire chaque clip manquant dans le dossier audio (synthèse vocale, silences coupés, volume normalisé, Opus avec un MP3 de secours)
cli-audio-build-opt-check = Ne rien modifier ; échouer si un message destiné à l'apprenant n'a pas de clip, si un clip n'est pas à jour ou doit être enregistré
cli-audio-opt-out = Dossier audio (par défaut : NLN_AUDIO_DIR, sinon target/audio)
audio-tool-missing = { $program } n'est pas installé ; la production audio en a besoin. Sur Debian ou Ubuntu : apt-get install { $package }
audio-needs-recording = { $locale } n'a pas de voix de synthèse utilisable : { $count ->
        [one] { $count } clip doit être enregistré par une voix humaine
       *[other] { $count } clips doivent être enregistrés par une voix humaine
    } (voir `nln audio script --lang { $locale }`).
audio-recording-not-imported = { $locale } : l'enregistrement { $file } manque : importez-le avec `nln audio import`.
audio-clips-not-built = { $locale } : { $count ->
        [one] { $count } clip n'est pas produit
       *[other] { $count } clips ne sont pas produits
    } dans { $folder } : lancez `nln audio build --lang { $locale }`.
audio-clip-failed = { $file } n'a pas pu être produit : { $reason }
audio-progress = Production des clips { $locale }
audio-built = { $locale } : { $built ->
        [one] { $built } clip produit
       *[other] { $built } clips produits
    } dans { $folder }.
audio-check-failed = { $count ->
        [one] { $count } problème audio trouvé.
       *[other] { $count } problèmes audio trouvés.
    }
cli-audio-script-about = Écrire le script d'enregistrement pour la voix : chaque texte, son nom de fichier, où on l'entend
cli-audio-script-opt-output = Écrire le script dans ce fichier (par défaut : la sortie standard)
cli-audio-import-about = Importer les enregistrements d'une voix : vérifier la durée et le volume, encoder, mettre à jour audio.yaml
cli-audio-import-opt-dir = Dossier des enregistrements, nommés comme dans le script
cli-audio-import-opt-speaker = Code de la personne enregistrée, gardé avec chaque enregistrement (p. ex. F03)
audio-script-heading = Script d'enregistrement : { $locale } ({ $count ->
        [one] { $count } texte
       *[other] { $count } textes
    })
audio-script-instructions = Lisez chaque texte calmement et un peu lentement, comme pour un adulte qui découvre l'ordinateur. Enregistrez dans une pièce calme, à environ 20 cm du micro. Enregistrez chaque texte dans son propre fichier WAV (48 kHz), nommé exactement comme indiqué, avec un court silence avant et après.
audio-script-context = Entendu : { $context }
audio-script-role-prompt = la question de l'item { $item }
audio-script-role-option = une réponse de l'item { $item }
audio-script-role-region = un endroit de l'image de l'item { $item }
audio-script-role-category = la note de l'évaluateur pour l'item { $item }
audio-script-role-screen = une consigne ou un bouton du test
audio-script-picture = Image : { $file }
audio-script-english = Anglais : { $text }
audio-script-say = Dites :
audio-script-written = Script d'enregistrement écrit dans { $path } ({ $count ->
        [one] { $count } texte
       *[other] { $count } textes
    }).
audio-import-one-locale = Indiquez exactement une langue où importer, avec --lang.
audio-import-rejected = { $file } n'a pas été importé : { $reason }
audio-reason-name = le nom du fichier n'est pas <clip>.<hash>.wav comme dans le script.
audio-reason-unknown = aucun clip ne s'appelle { $ref }.
audio-reason-stale = il a été enregistré à partir d'un texte plus ancien de { $ref } ; enregistrez le texte actuel (voir un nouveau script).
audio-reason-unreadable = il ne peut pas être lu comme fichier WAV ({ $detail }).
audio-reason-duration = la parole dure { $seconds } s ; un clip dure de { $min } à { $max } s.
audio-reason-quiet = il est trop faible ({ $lufs } LUFS, au moins { $min } nécessaires) : enregistrez plus près du micro.
audio-reason-clipped = il est saturé (le niveau a atteint le maximum) : enregistrez un peu plus loin du micro.
audio-import-done = { $locale } : { $count ->
        [one] { $count } enregistrement importé
       *[other] { $count } enregistrements importés
    }, { $rejected } refusés.
