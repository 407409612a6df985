## Exposure control (English). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = Sympson–Hetter parameters for the bank: simulate until no item is given to more than RATE of learners (e.g. 0.3) and print each item's exposure_acceptance as JSON, for the bank's item files
