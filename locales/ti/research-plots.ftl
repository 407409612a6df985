## Item-fit and DIF plots (ti, machine-drafted). Researcher-facing: no audio clips.

cli-fit-opt-plot = ኣብዚ ማህደር ንነፍሲ ወከፍ ሕቶ ናይ ምስማዕ ስእሊ ሓንቲ ሳእል (fit-ITEM.svg): ኣብ ነፍሲ ወከፍ ጉጅለ ድምር ነጥቢ ዝተራእየ ኣንጻር ዝተጸበየ ማእከላይ ነጥቢ፡ ምስ 95 % ደረት ሞዴል
cli-dif-opt-plot = ኣብዚ ማህደር ንነፍሲ ወከፍ ዝተመርመረ ሕቶን ትኹረት ጉጅለን ናይ DIF ስእሊ ሳእል (dif-FOCAL-ITEM.svg): ጠውዮ ነፍሲ ወከፍ ጉጅለ ብነጥቢ ምዝማድ፡ ምስ ስታቲስቲክስ
plot-title-fit = ምስማዕ ሕቶ: { $item } ({ $model })
plot-fit-statistics = S-X² = { $chi }፡ df = { $df }፡ p = { $p }
plot-axis-summed-score = ድምር ነጥቢ (ኩሎም ሕቶታት ቅጥዒ)
plot-axis-proportion-right = መጠን ቅኑዕ መልስታት
plot-axis-mean-item-score = ማእከላይ ነጥቢ ሕቶ
plot-legend-observed = ዝተራእየ
plot-legend-expected = ብሞዴል ዝተጸበየ
plot-legend-model-range = 95 % ደረት ሞዴል
plot-title-dif = DIF: { $item }፡ { $focal } ኣንጻር { $reference }
plot-dif-statistics-mh = Mantel–Haenszel: Δ = { $delta }፡ ደርጃ ETS { $class }
plot-dif-statistics-lr = ሎጂስቲክ ሪግረሽን: ማዕረ p = { $uniform }፡ ዘይማዕረ p = { $nonuniform }፡ ΔR² = { $r2 }
plot-dif-flagged = ንምርመራ ተመልኪቱ
plot-axis-matching-total = ድምር ነጥቢ (ምዝማድ፡ ብዘይ ዝተመልከቱ ሕቶታት)
plot-axis-matching-theta = ክእለት EAP (ምዝማድ፡ ሎጂት)
plot-legend-reference = { $group } (መወከሲ)
plot-legend-focal = { $group } (ትኹረት)
plot-legend-no-dif = ክልቲኦም ጉጅለታት፡ ብዘይ DIF
