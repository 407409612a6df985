## The irregular-profile rule in simulations (zh-Hans, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = 不规则能力剖面规则：from-rest（默认：每个核心领域与测试其余部分比较，不使用收缩的领域先验）或 pairwise（每对核心领域可信地相差一个以上等级）
