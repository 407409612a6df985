## Xakamaynta soo bandhigga (Soomaali, qabyo mashiin). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = Halbeegyada Sympson–Hetter ee bangiga: ku dayo ilaa aan su'aal la siin wax ka badan RATE ardayda (tusaale 0.3) oo daabac exposure_acceptance su'aal kasta JSON ahaan, faylasha su'aalaha bangiga
