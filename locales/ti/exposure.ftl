## ምቁጽጻር ምርኣይ (ትግርኛ፡ ናይ ማሽን ንድፊ)። For researchers: no audio.

cli-simulate-opt-calibrate-exposure = ናይ Sympson–Hetter መለክዒታት ንባንኪ፡ ዝኾነ ኣቕሓ ካብ RATE ንላዕሊ ተማሃሮ ክሳብ ዘይወሃብ ኣመሳስል (ንኣብነት 0.3) ከምኡውን exposure_acceptance ናይ ነፍሲ ወከፍ ኣቕሓ ብJSON ሕተም፡ ንፋይላት ኣቕሓ ባንኪ
