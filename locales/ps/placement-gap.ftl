## The irregular-profile rule in simulations (ps, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = د نامنظم پروفایل قاعده: from-rest (ډیفالټ: هره اساسي برخه د ازموینې د پاتې برخې په وړاندې، د برخې د کموونکي مخکیني پرته) یا pairwise (د اساسي برخو هره جوړه په باوري ډول له یوې کچې ډېر واټن لري)
