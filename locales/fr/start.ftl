## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Point de départ du test : fixed (le même niveau de première question pour tous) ou access (les apprenants simulés répondent aux questions d'accès, qui fixent le départ)
