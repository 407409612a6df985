## The irregular-profile rule in simulations (es, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Regla del perfil irregular: from-rest (predeterminada: cada área central frente al resto de la prueba, sin el prior de área que encoge) o pairwise (cada par de áreas centrales separadas de forma creíble por más de un nivel)
