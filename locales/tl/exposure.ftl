## Kontrol sa exposure (Tagalog, burador ng makina). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = Mga parameter ng Sympson–Hetter para sa bangko: mag-simulate hanggang walang item na ibinibigay sa higit sa RATE ng mga mag-aaral (hal. 0.3) at i-print ang exposure_acceptance ng bawat item bilang JSON, para sa mga file ng item ng bangko
