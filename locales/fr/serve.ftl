# nln serve / nln agency : le service HTTP et ses organismes. Texte pour l'évaluateur et l'informatique.

cli-serve-about = Lancer le service HTTP/JSON pour les systèmes d'accueil
cli-serve-opt-listen = Adresse d'écoute (IP:PORT)
cli-serve-opt-database = Base de données : sqlite:CHEMIN (par défaut sqlite:nln.db) ou postgres://…
cli-serve-opt-rate-limit = Requêtes par seconde permises par clé (0 désactive la limite)
cli-serve-opt-sessions-per-hour = Nouvelles séances par heure permises par clé (0 désactive la limite)
cli-agency-about = Gérer les organismes qui utilisent le service
cli-agency-add-about = Ajouter un organisme et afficher sa première clé d'API
cli-agency-opt-name = Nom de l'organisme
cli-agency-opt-retention = Nombre de jours de conservation des données des apprenants avant suppression

serve-listening = Le service nln écoute sur { $url } (base de données : { $database }).
serve-openapi = Description de l'API : { $url }
serve-key-hint = Pour obtenir une clé d'organisme, lancez : { $command }
serve-error-start = Le service n'a pas pu démarrer : { $reason }
serve-error-listen = « { $address } » n'est pas une adresse d'écoute ; utilisez IP:PORT, par exemple 127.0.0.1:8080.
serve-error-database = « { $address } » n'est pas une adresse de base de données ; utilisez sqlite:CHEMIN ou postgres://…
agency-added = Organisme « { $name } » ajouté (id { $id }).
agency-key-once = Sa clé d'API suit, affichée cette seule fois : conservez-la en lieu sûr ; le service n'en garde que l'empreinte.
agency-error = L'organisme n'a pas pu être ajouté : { $reason }

serve-problem-unauthorized = Non connecté
serve-problem-unauthorized-detail = Envoyez une clé d'API ou un jeton d'apprenant valide dans « Authorization: Bearer … ».
serve-problem-forbidden = Non autorisé
serve-problem-forbidden-detail = Cette clé ou ce jeton ne permet pas cette action.
serve-problem-not-found = Introuvable
serve-problem-not-found-detail = Rien ici n'est visible pour cette clé ou ce jeton.
serve-problem-method-not-allowed = Méthode non permise
serve-problem-method-not-allowed-detail = Cette adresse n'accepte pas cette méthode HTTP.
serve-problem-bad-request = Requête incorrecte
serve-problem-bad-request-detail = La requête n'a pas pu être lue : { $reason }
serve-problem-unsupported-media = Type de contenu non pris en charge
serve-problem-unsupported-media-detail = Envoyez le corps en application/json : { $reason }
serve-problem-too-large = Requête trop grande
serve-problem-too-large-detail = Le corps dépasse la limite de { $limit } octets.
serve-problem-invalid-answer = La réponse ne convient pas à la question
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] La réponse nomme une option que cette question n'a pas.
    [score-out-of-range] Le score dépasse le maximum de cette question.
    [incomplete-order] Un classement doit nommer chaque étape exactement une fois.
   *[wrong-kind] Ce type de réponse ne convient pas à cette question ; voyez ses answer_kinds.
}
serve-problem-wrong-sequence = Mauvais numéro de séquence
serve-problem-wrong-sequence-detail = La séance attend la réponse numéro { $expected }. Relisez la séance et répondez à la question qu'elle affiche.
serve-problem-not-pending = Question non en attente
serve-problem-not-pending-detail = Cette question n'est pas celle qu'attend la séance. Relisez la séance et répondez à la question qu'elle affiche.
serve-problem-finished = Séance terminée
serve-problem-finished-detail = Cette séance est terminée et n'accepte plus de réponses.
serve-problem-not-finished = Séance pas encore terminée
serve-problem-not-finished-detail = Le résultat est prêt à la fin de la séance ; arrêtez-la plus tôt pour classer avec les réponses données.
serve-problem-idempotency-key-required = Idempotency-Key nécessaire
serve-problem-idempotency-key-required-detail = Envoyez un en-tête Idempotency-Key unique (255 caractères au plus) avec chaque réponse, et le même pour la renvoyer.
serve-problem-idempotency-key-reused = Idempotency-Key déjà utilisée
serve-problem-idempotency-key-reused-detail = Cette Idempotency-Key a servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle réponse.
serve-problem-rate-limited = Trop de requêtes
serve-problem-rate-limited-detail = { $seconds ->
    [one] Trop de requêtes pour cette clé. Réessayez dans { $seconds } seconde.
   *[other] Trop de requêtes pour cette clé. Réessayez dans { $seconds } secondes.
}
serve-problem-unknown-bank = Banque de questions inconnue
serve-problem-unknown-bank-detail = Ce service n'a pas de banque de questions « { $bank } ».
serve-problem-unknown-language = Langue inconnue
serve-problem-unknown-language-detail = « { $language } » ne fait pas partie des langues offertes par ce service.
serve-problem-invalid-join-code = Code d'accès inconnu
serve-problem-invalid-join-code-detail = Ce code d'accès n'est pas valide : il est peut-être mal tapé, déjà utilisé ou expiré. Demandez-en un nouveau.
serve-problem-unavailable = Service indisponible
serve-problem-unavailable-detail = Le service ne joint pas sa base de données pour le moment. Réessayez bientôt ; rien de confirmé n'a été perdu.
serve-problem-internal = Erreur interne
serve-problem-internal-detail = Un problème est survenu sur le serveur. Rien de confirmé n'a été perdu ; réessayez.
