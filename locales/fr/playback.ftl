## Playing the clips in the terminal (nln assess --audio). Machine-drafted.
cli-assess-opt-audio-dir = Dossier des extraits audio construits (par défaut : NLN_AUDIO_DIR, sinon target/audio)
# audience: learner
assess-replay-hint = Tapez r puis Entrée pour réécouter la question.
assess-no-player = Aucun lecteur audio trouvé (essayés : { $players }) : les questions sont affichées en texte seulement. Installez-en un, par exemple ffmpeg (ffplay) ou mpv, pour les entendre.
assess-player-failed = Le lecteur audio { $player } n'a pas pu lire cet extrait : { $reason }
