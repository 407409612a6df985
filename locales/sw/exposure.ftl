## Udhibiti wa kuonyeshwa (Kiswahili, rasimu ya mashine). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = Vigezo vya Sympson–Hetter kwa benki: iga hadi hakuna kipengee kinachotolewa kwa zaidi ya RATE ya wanafunzi (k.m. 0.3) na chapisha exposure_acceptance ya kila kipengee kama JSON, kwa faili za vipengee vya benki
