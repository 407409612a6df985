## The irregular-profile rule in simulations (so, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = Xeerka muuqaalka aan joogtada ahayn: from-rest (caadiga: qayb kasta oo asaasi ah iyo inta kale ee imtixaanka, iyada oo aan la isticmaalin prior-ka yareeya qaybta) ama pairwise (lammaane kasta oo qaybaha asaasiga ah si la aamini karo uga fog hal heer)
