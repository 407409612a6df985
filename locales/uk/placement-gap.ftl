## The irregular-profile rule in simulations (uk, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Правило нерівного профілю: from-rest (типово: кожна основна галузь проти решти тесту, без апріорного розподілу, що стискає галузь) або pairwise (кожна пара основних галузей достовірно розходиться більш ніж на рівень)
