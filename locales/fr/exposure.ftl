## Contrôle de l'exposition (français, brouillon automatique). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = Paramètres de Sympson–Hetter pour la banque : simuler jusqu'à ce qu'aucun item ne soit donné à plus de RATE des apprenants (p. ex. 0.3) et afficher l'exposure_acceptance de chaque item en JSON, pour les fichiers d'items de la banque
