## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = ፈተና ካበይ ይጅምር፡ fixed (ንኹሉ ሓደ ዓይነት ደረጃ ቀዳማይ ሕቶ) ወይ access (ዝተመሰሉ ተምሃሮ ንሕቶታት ተበጻሕነት ይምልሱ፡ መልስታቶም ድማ መጀመሪ ይውስኑ)
