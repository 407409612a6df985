### Éléments à écrans successifs (français, machine-drafted)

# audience: learner
assess-tap-through-hint = Touchez l'écran, ou choisissez un endroit dans la liste. Chaque bon endroit ouvre l'écran suivant.
assess-tap-screen = Écran { $number } sur { $count }
response-error-bad-path = Les touches enregistrées pour la question { $item } ne suivent pas ses écrans.
session-error-bad-taps = Les touches enregistrées pour la question { $item } ne mènent pas à travers ses écrans.
# audience: learner
web-tap-through-hint = Faites la tâche sur le téléphone : touchez le bon endroit sur chaque écran.
