# Mga larawan: mga pagsusuri ng `nln validate` sa assessments/images/ at mga contact sheet (para sa mga may-akda at tagasuri).
cli-validate-opt-contact-sheets = Sumulat din sa folder na ito ng isang contact sheet bawat larangan (SVG: bawat larawan kasama ang mga id ng item at mga rehiyong pipindutin)
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: babala: { $message }
picture-contact-sheets-written = Bilang ng mga contact sheet na isinulat sa { $path }: { $count }.
picture-missing = ipinapakita ng item { $item } ang larawang { $picture }, na wala sa images/
picture-unused = walang item na nagpapakita ng larawang { $picture }
picture-bad-name = ang pangalan ng larawan ay mga salitang maliliit na titik na pinagdugtong ng gitling, nagtatapos sa .svg, at nasa screens/, icons/ o photos/
picture-unreadable = hindi nababasang SVG ang larawan: { $reason }
picture-bad-canvas = ang canvas ng larawan ay { $found }; ang mga larawan sa folder na ito ay gumagamit ng { $expected }
picture-no-title = walang <title> ang larawan bilang unang elemento (kailangan ito ng mga screen reader)
picture-forbidden = may { $what } ang larawan, na hindi pinapayagan (mga script, link sa ibang file, bitmap, filter, animasyon)
picture-too-large = { $size } B ang laki ng larawan; panatilihin itong mas mababa sa { $limit } B
picture-duplicate-id = dalawang beses ginamit ang id na "{ $id }" sa larawan
picture-region-outside = lumalabas sa larawan nito ({ $canvas }) ang rehiyong { $region } ng item { $item }
picture-regions-overlap = nagpapatong ang mga rehiyong { $first } at { $second } ng item { $item }: ang isang pindot ay mangangahulugan ng dalawa
picture-control-missing = walang elemento sa larawang { $picture } na may id na "{ $region }" para sa rehiyong { $region } ng item { $item }
picture-control-outside = hindi nakaguhit sa loob ng rehiyong { $region } ng item { $item } ang elementong "{ $region }" ng larawang { $picture }
