## Adaptive test replayed on recorded responses (fr, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Rejouer le test adaptatif sur des réponses enregistrées (un fichier de réponses comme le lit nln calibrate, long ou large) : chaque personne répond aux items choisis par le test avec son score enregistré, et le niveau du test est comparé au niveau de toutes ses réponses
cli-simulate-opt-missing = Avec --responses, quand le test choisit un item sans réponse enregistrée pour la personne : skip (par défaut : le passer et choisir le suivant) ou stop (arrêter le test de cette personne)
replay-heading = Test adaptatif rejoué sur les réponses enregistrées de { $n ->
    [one] { $n } personne
   *[other] { $n } personnes
} ({ $recorded } réponses chacune en moyenne ; banque { $bank }).
replay-agreement = Niveau du test = niveau de toutes les réponses enregistrées : { $exact } % ; à un niveau près : { $within } % ; RMSE de l'habileté par rapport à cette estimation : { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } test
   *[other] { $tests } tests
} ({ $share } %) ont rencontré un item sans réponse enregistrée et s'y sont arrêtés.
replay-missing-skip = { $tests ->
    [one] { $tests } test
   *[other] { $tests } tests
} ({ $share } %) ont rencontré des items sans réponse enregistrée et les ont passés ({ $mean } par test en moyenne).
stop-missing-response = un item n'avait pas de réponse enregistrée
