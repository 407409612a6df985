## The irregular-profile rule in simulations (tl, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Tuntunin ng hindi regular na profile: from-rest (default: bawat pangunahing larangan laban sa natitirang bahagi ng pagsusulit, walang lumiliit na prior ng larangan) o pairwise (bawat pares ng pangunahing larangan ay kapani-paniwalang higit sa isang antas ang layo)
