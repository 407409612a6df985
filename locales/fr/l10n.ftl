## Language choice (machine-drafted)

locale-other-script = Pas encore de texte en { $requested } : { $available } s'écrit dans une autre écriture. Affichage en anglais.
