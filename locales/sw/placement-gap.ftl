## The irregular-profile rule in simulations (sw, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Kanuni ya wasifu usio wa kawaida: from-rest (chaguo-msingi: kila eneo kuu dhidi ya sehemu nyingine ya jaribio, bila prior ya eneo inayopunguza) au pairwise (kila jozi ya maeneo makuu imetengana kwa kuaminika zaidi ya kiwango kimoja)
