## Erreurs de contenu au-delà du plafond (nln validate). Brouillon automatique.

load-error-more = { $count ->
        [one] et { $count } autre erreur non affichée
       *[other] et { $count } autres erreurs non affichées
    }
