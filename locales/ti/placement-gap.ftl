## The irregular-profile rule in simulations (ti, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = ሕጊ ዘይስሩዕ ፕሮፋይል: from-rest (ንቡር: ነፍሲ ወከፍ ቀንዲ ዓውዲ ኣንጻር ተረፍ ፈተና፡ ብዘይ ዘጸቢ prior ዓውዲ) ወይ pairwise (ነፍሲ ወከፍ ጽምዲ ቀንዲ ዓውድታት ብእሙን መንገዲ ልዕሊ ሓደ ደረጃ ዝፈላለ)
