## The irregular-profile rule in simulations (fr, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Règle du profil irrégulier : from-rest (par défaut : chaque domaine central contre le reste du test, sans le prior de domaine qui rétrécit) ou pairwise (chaque paire de domaines centraux écartée de plus d'un niveau de façon crédible)
