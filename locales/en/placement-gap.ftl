## The irregular-profile rule in simulations (English). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Irregular-profile rule to place with: from-rest (default: each core area against the rest of the test, without the shrinking area prior) or pairwise (every pair of core areas credibly more than one level apart)
