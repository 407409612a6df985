# Picha: ukaguzi wa `nln validate` wa assessments/images/ na karatasi za mapitio (kwa waandishi na wakadiriaji).
cli-validate-opt-contact-sheets = Andika pia karatasi moja ya mapitio kwa kila eneo (SVG: kila picha pamoja na vitambulisho vya maswali na maeneo ya kugusa) katika folda hii
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: onyo: { $message }
picture-contact-sheets-written = Idadi ya karatasi za mapitio zilizoandikwa katika { $path }: { $count }.
picture-missing = swali { $item } linaonyesha picha { $picture }, ambayo haipo katika images/
picture-unused = hakuna swali linaloonyesha picha { $picture }
picture-bad-name = jina la picha ni maneno ya herufi ndogo yaliyounganishwa kwa vistari, linaishia na .svg, na liko katika screens/, icons/ au photos/
picture-unreadable = picha si SVG inayosomeka: { $reason }
picture-bad-canvas = turubai ya picha ni { $found }; picha za folda hii hutumia { $expected }
picture-no-title = picha haina <title> kama kipengele cha kwanza (visoma skrini vinakihitaji)
picture-forbidden = picha ina { $what }, jambo ambalo haliruhusiwi (hati za programu, viungo vya faili nyingine, picha za bitmap, vichujio, uhuishaji)
picture-too-large = ukubwa wa picha ni { $size } B; uweke chini ya { $limit } B
picture-duplicate-id = kitambulisho "{ $id }" kimetumika mara mbili katika picha
picture-region-outside = eneo { $region } la swali { $item } linatoka nje ya picha yake ({ $canvas })
picture-regions-overlap = maeneo { $first } na { $second } ya swali { $item } yanaingiliana: mguso mmoja ungemaanisha yote mawili
picture-control-missing = picha { $picture } haina kipengele chenye kitambulisho "{ $region }" kwa eneo { $region } la swali { $item }
picture-control-outside = kipengele "{ $region }" cha picha { $picture } hakijachorwa ndani ya eneo { $region } la swali { $item }
