# Sawirrada: hubinta `nln validate` ee assessments/images/ iyo xaashiyaha dib-u-eegista (qorayaasha iyo qiimeeyayaasha).
cli-validate-opt-contact-sheets = Sidoo kale gal-kan ku qor xaashi dib-u-eegis ah qayb kasta (SVG: sawir kasta oo wata aqoonsiyada su'aalaha iyo meelaha la taabto)
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: digniin: { $message }
picture-contact-sheets-written = Tirada xaashiyaha dib-u-eegista ee lagu qoray { $path }: { $count }.
picture-missing = su'aasha { $item } waxay muujisaa sawirka { $picture }, kaas oo aan ku jirin images/
picture-unused = su'aal kasta ma muujiso sawirka { $picture }
picture-bad-name = magaca sawirku waa erayo xarfo yaryar ah oo xariijin isku xiran, wuxuu ku dhammaadaa .svg, wuxuuna ku jiraa screens/, icons/ ama photos/
picture-unreadable = sawirku ma aha SVG la akhrin karo: { $reason }
picture-bad-canvas = shiraaca sawirku waa { $found }; sawirrada gal-kan waxay isticmaalaan { $expected }
picture-no-title = sawirku ma laha <title> oo ah curiyaha ugu horreeya (akhristayaasha shaashaddu way u baahan yihiin)
picture-forbidden = sawirku wuxuu ka kooban yahay { $what }, taas oo aan la oggolayn (qoraallo barnaamij, xiriirro faylal kale, sawirro bitmap ah, shaandhooyin, dhaqdhaqaaq)
picture-too-large = cabbirka sawirku waa { $size } B; ka dhig wax ka yar { $limit } B
picture-duplicate-id = aqoonsiga "{ $id }" laba jeer ayaa lagu isticmaalay sawirka
picture-region-outside = meesha { $region } ee su'aasha { $item } waxay ka baxdaa sawirkeeda ({ $canvas })
picture-regions-overlap = meelaha { $first } iyo { $second } ee su'aasha { $item } way isku dul fuulan yihiin: hal taabasho waxay macnaheedu noqon lahayd labadaba
picture-control-missing = sawirka { $picture } kuma jiro curiye leh aqoonsiga "{ $region }" oo loogu talagalay meesha { $region } ee su'aasha { $item }
picture-control-outside = curiyaha "{ $region }" ee sawirka { $picture } laguma sawirin gudaha meesha { $region } ee su'aasha { $item }
