# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (Tagalog, machine-drafted)

item-inf-201-prompt = Gusto ninyo ng mga pahina tungkol sa work permit mula lang sa site na canada.ca. Ano ang ita-type ninyo sa search?
item-inf-201-opt-a = site:canada.ca work permit
item-inf-201-opt-b = canada work permit official
item-inf-201-opt-c = work permit canada.ca?

item-inf-202-prompt = Nagbahagi ang isang post ng pag-aaral tungkol sa kalusugan. Ano ang pinakamagandang tanda na maaasahan ang resulta?
item-inf-202-opt-a = Libu-libo ang likes ng post.
item-inf-202-opt-b = Nasa peer-reviewed na journal ang pag-aaral, at pareho ang nakita ng ibang pag-aaral.
item-inf-202-opt-c = Mukhang moderno at propesyonal ang website.

item-inf-203-prompt = Sa folder na pinagsasaluhan ng isang team, nakakatulong ang petsa o numero ng bersyon sa pangalan ng file para mahanap ng lahat ang pinakabago. Tama o mali?

item-com-201-prompt = Limang tao ang nag-e-edit ng isang online na dokumento. Paano ninyo malalaman kung sino ang nagbago ng isang talata kahapon?
item-com-201-opt-a = I-print ang dokumento at ihambing.
item-com-201-opt-b = I-email ang lahat at magtanong.
item-com-201-opt-c = Buksan ang version history.

item-com-202-prompt = Kapag binura ninyo ang isang post, nabubura rin ang lahat ng kopyang na-save o ibinahagi ng iba. Tama o mali?

item-srv-201-prompt = Gusto ninyong magbayad ng bill sa online bank. Ano ang pinakamagandang patunay na nasa totoong site kayo ng bangko?
item-srv-201-opt-a = Kayo mismo ang nag-type ng address ng bangko, at ipinapakita ng address bar ang sariling domain ng bangko.
item-srv-201-opt-b = May logo at kulay ng bangko ang pahina.
item-srv-201-opt-c = Sabi ng isang pop-up, verified ang site.

item-srv-202-prompt = Mas pinoprotektahan ng passkey o pisikal na security key ang account laban sa pekeng sign-in page kaysa sa code na ipinadala sa text. Tama o mali?

item-saf-201-prompt = Nag-post kayo ng litratong kinuha sa bahay. Anong nakatagong impormasyon sa file ang puwedeng magpakita kung saan kayo nakatira?
item-saf-201-opt-a = Ang color profile.
item-saf-201-opt-b = Ang location data (GPS) na naka-save kasama ng litrato.
item-saf-201-opt-c = Ang laki ng file.

item-saf-202-prompt = Kung ipinapakita ng teksto ng link ang address ng inyong bangko, laging ang bangko ninyo ang binubuksan ng link. Tama o mali?

item-cre-201-prompt = May nakita kayong litrato online na may lisensyang CC BY-NC. Gusto ninyo itong gamitin sa flyer na ipamimigay nang libre. Ano ang dapat ninyong gawin?
item-cre-201-opt-a = Wala: libre ang lahat ng nasa internet.
item-cre-201-opt-b = Bayaran muna ang photographer bago gamitin.
item-cre-201-opt-c = Banggitin ang photographer; puwede itong gamitin dahil hindi ibinebenta ang flyer.

item-cre-202-prompt = Sa spreadsheet, kapag kinopya ninyo pababa sa isang column ang formula na =B2*$E$1, pareho pa rin ang cell na $E$1 sa bawat row. Tama o mali?

item-prb-201-prompt = Binigyan kayo ng isang AI chat ng tatlong source para sa report ninyo. Ano ang gagawin ninyo bago gamitin ang mga ito?
item-prb-201-opt-a = Buksan ang bawat source at tiyaking totoo ito at sinasabi nga ang sinabi ng AI.
item-prb-201-opt-b = Kopyahin: hindi gumagawa ng pekeng source ang AI.
item-prb-201-opt-c = Tanungin ang AI kung sigurado ito, at gamitin kung oo ang sagot.

item-prb-202-prompt = Tinatanggap ng mga employer sa Canada ang bawat certificate ng libreng online course bilang propesyonal na kredensyal. Tama o mali?

item-prb-203-prompt = Nagpadala ang kompanyang inaplayan ninyo ng tseke na mas malaki sa una ninyong sahod at hinihiling na ibalik ang sobra sa e-Transfer. Ano ito?
item-prb-203-opt-a = Karaniwang paraan ng pagsisimula sa bagong trabaho.
item-prb-203-opt-b = Scam na pekeng tseke.
item-prb-203-opt-c = Benepisyo mula sa gobyerno.

item-saf-203-prompt = Kayang limitahan ng parental controls ang mga app na ini-install ng bata, pero kailangan pa ring kausapin ang bata tungkol sa ginagawa niya online. Tama o mali?

item-saf-204-prompt = May nagpo-post online ng pribadong litrato ng kaibigan ninyo nang walang pahintulot. Ano ang pinakamabuting payo sa kaibigan ninyo?
item-saf-204-opt-a = Sagutin ang tao ng pagbabanta.
item-saf-204-opt-b = Burahin ang sariling mga account at manahimik.
item-saf-204-opt-c = Mag-ipon ng ebidensya, i-report ang mga post sa platform, at tumawag sa pulis o sa support service.

item-cre-203-prompt = Kung papalitan ninyo ang ilang salita ng artikulo mula sa isang website, puwede na itong i-publish bilang sariling gawa nang hindi binabanggit ang source. Tama o mali?

item-cre-204-prompt = Sumusulat kayo ng mahabang report. Ano ang pinakamadali para mabasa ito ng screen reader at makagawa ng table of contents?
item-cre-204-opt-a = Gamitin ang built-in na heading styles (Heading 1, Heading 2).
item-cre-204-opt-b = Gawing bold at malaki ang mga pamagat nang mano-mano.
item-cre-204-opt-c = Isulat ang mga pamagat sa malalaking titik.

item-srv-203-prompt = Sa autodeposit ng Interac e-Transfer, kailangan pa ring magbigay ng nagpapadala ng security question bago dumating ang pera. Tama o mali?

item-srv-204-prompt = Gusto ninyong makita ang tax slips sa CRA My Account, pero wala kayong bank account sa Canada. Paano pa rin kayo makaka-sign in?
item-srv-204-opt-a = Sa pagtawag lang sa kaibigang may bank account.
item-srv-204-opt-b = Gamit ang GCKey user ID at password.
item-srv-204-opt-c = Hindi makaka-sign in nang walang bangko sa Canada.

item-dev-201-prompt = Hindi mapoprotektahan ng backup na nasa parehong telepono lang ang inyong mga litrato kapag nawala o nasira ang telepono. Tama o mali?

item-dev-202-prompt = Gusto ng isang bulag na mag-aaral na basahin nang malakas ng telepono ang screen. Aling setting ang bubuksan ninyo?
item-dev-202-opt-a = Dark mode.
item-dev-202-opt-b = Airplane mode.
item-dev-202-opt-c = Ang screen reader (TalkBack o VoiceOver).

item-dev-203-prompt = Ligtas ang Wi-Fi router sa bahay gamit ang password na nakalimbag sa label mula sa pabrika, kaya hindi na kailangang palitan kailanman ang admin password ng router. Tama o mali?

item-dev-204-prompt = Sa computer, aling mga key ang nag-a-undo ng huling pagbabago?
item-dev-204-opt-a = Ctrl + Z (sa Mac: Command + Z)
item-dev-204-opt-b = Ctrl + P (sa Mac: Command + P)
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = Kapag isinalin ninyo gamit ang app ang isang opisyal na sulat, dapat ihambing sa orihinal ang mga pangalan, petsa at halaga, dahil puwedeng mabago ng app ang kahulugan. Tama o mali?

item-inf-205-prompt = Ipinapakita ng isang video ang isang pulitikong nagsasabi ng nakakagulat na bagay. Ano ang pinakamakakatulong para malaman kung deepfake ito?
item-inf-205-opt-a = Mataas ang kalidad ng video.
item-inf-205-opt-b = Maraming nag-share nito ngayon.
item-inf-205-opt-c = Alamin kung iniuulat ng mapagkakatiwalaang balita ang parehong pangyayari, at hanapin ang orihinal na source.

item-com-203-prompt = Nag-e-email kayo sa 40 magulang tungkol sa field trip. Hindi sila magkakakilala. Saan ninyo ilalagay ang kanilang mga address?
item-com-203-opt-a = Bcc
item-com-203-opt-b = To
item-com-203-opt-c = Cc

item-com-204-prompt = Kayo ang host ng isang online class. Kapag in-on ang waiting room, kahit sinong may link ay makakapasok nang walang pahintulot ninyo. Tama o mali?

item-prb-204-prompt = Bumagal nang husto ang laptop ninyo matapos mag-install ng bagong program, at sunod-sunod ang pop-up. Ano ang una ninyong gagawin?
item-prb-204-opt-a = Bumili ng dagdag na memory para sa laptop.
item-prb-204-opt-b = I-uninstall ang bagong program at mag-scan gamit ang security software.
item-prb-204-opt-c = I-click ang mga pop-up para isara isa-isa.

item-prb-205-prompt = Bago magbayad ng online course, makakatipid kayo ng pera at oras kung aalamin muna kung kinikilala ang paaralan sa inyong probinsya. Tama o mali?

item-saf-205-prompt = Ligtas gamitin ang iisang malakas na password sa lahat ng account basta mahaba ito. Tama o mali?

item-saf-206-prompt = Hinihiling ng isang email na mag-sign in kayo sa www.rnybank.ca. Ang bangko ninyo ay www.mybank.ca. Ano ang nangyayari?
item-saf-206-opt-a = Gayang address: ginawang kamukha ng 'm' ang 'rn'. Phishing ito.
item-saf-206-opt-b = Bagong sangay ng inyong bangko.
item-saf-206-opt-c = Karaniwang pinaikling pangalan ng bangko.

item-inf-206-prompt = Kailangan ninyo ang eksaktong pariralang "first-time home buyer" sa resulta. Ano ang ita-type ninyo?
item-inf-206-opt-a = first time home buyer
item-inf-206-opt-b = "first-time home buyer"
item-inf-206-opt-c = first-time OR home OR buyer

item-prb-206-prompt = Ligtas na i-paste ang buong pangalan, health number at medical notes ng isang kliyente sa libreng pampublikong AI chat para makakuha ng buod. Tama o mali?

item-com-205-prompt = Hahanapin ng employer ang pangalan ninyo online bago ang interview. Ano ang pinakamabuting paghahanda?
item-com-205-opt-a = Burahin ang lahat ng online account ninyo.
item-com-205-opt-b = Palitan ang pangalan ninyo sa lahat ng site.
item-com-205-opt-c = Hanapin ang sariling pangalan, suriin ang privacy settings, at alisin o itago ang mga post na ayaw ninyong makita ng employer.

item-srv-205-prompt = Kapag nag-time out ang online form, puwedeng mawala ang mga sagot na na-type ninyo, kaya makakatulong na isulat muna ang mahahabang sagot sa hiwalay na dokumento. Tama o mali?

item-cre-205-prompt = Bago mag-post ng litrato ng kliyente sa isang community event, kailangan ninyo ang pahintulot niya, kahit maganda ang litrato. Tama o mali?

item-inf-207-prompt = Kailangan ninyong itago ang mga file sa trabaho nang pitong taon at mahanap agad. Aling sistema ang pinakamahusay?
item-inf-207-opt-a = Mga folder ayon sa taon at paksa, at pangalan ng file na nagsisimula sa petsa.
item-inf-207-opt-b = Lahat ng file sa desktop.
item-inf-207-opt-c = Bawat file ay pinangalanang final, final2, final3.

item-srv-206-prompt = Sa telehealth na konsulta, ligtas ang platform ng doktor, kaya ayos lang sagutin ang tawag sa mataong pampublikong lugar. Tama o mali?

item-com-206-prompt = Nagbahagi kayo ng folder sa isang volunteer na umalis na. Ano ang gagawin ninyo?
item-com-206-opt-a = Wala: kusang titigil ang mga lumang link.
item-com-206-opt-b = Alisin ang access ng volunteer sa sharing settings ng folder.
item-com-206-opt-c = Palitan ang pangalan ng folder.

item-saf-207-prompt = Napansin ninyong tumitingin kayo sa telepono hanggang hatinggabi at masama ang tulog ninyo. Aling hakbang ang pinakamakakatulong?
item-saf-207-opt-a = Lakasan ang liwanag ng screen.
item-saf-207-opt-b = Mag-install ng isa pang social media app.
item-saf-207-opt-c = Mag-set ng bedtime schedule na nagpapatahimik ng notifications, at i-charge ang telepono sa labas ng kuwarto.

item-prb-207-prompt = Nakakatulong sa pagpili ng tamang kurso o tutorial ang paglista ng mga digital na gawaing hindi pa ninyo kayang gawin nang mag-isa. Tama o mali?

item-inf-208-prompt = Larawang na-scan lang ang PDF mula sa lungsod, kaya hindi ninyo makopya o maisalin ang mga salita. Ano ang makakatulong?
item-inf-208-opt-a = Patakbuhin ang text recognition (OCR), saka isalin ang teksto.
item-inf-208-opt-b = I-print at i-scan ulit.
item-inf-208-opt-c = Palitan ang pangalan ng file.

item-dev-205-prompt = Kapag puno na ang cloud storage ninyo, laging nabubura rin sa cloud ang file na binura ninyo sa telepono, sa lahat ng app. Tama o mali?

item-com-207-prompt = Linggo-linggo, maraming email mula sa paaralan ng anak ninyo at nawawala ang mga ito. Ano ang pinakamabuting solusyon?
item-com-207-opt-a = Burahin ang lahat ng email ng paaralan nang hindi binabasa.
item-com-207-opt-b = Gumawa ng rule (filter) na naglalagay ng email mula sa address ng paaralan sa folder na School.
item-com-207-opt-c = Magbukas ng bagong email account buwan-buwan.

item-srv-207-prompt = Kung hindi kailanman naghatid ang online shop ng binayaran ninyo gamit ang credit card, puwede ninyong hilingin sa kompanya ng card na ibalik ang singil. Tama o mali?

item-com-208-prompt = Sa online class, naririnig ng lahat ang ingay sa kuwarto ninyo kahit naka-mute ang mikropono. Tama o mali?

item-saf-208-prompt = Kung may paulit-ulit na nagpapadala sa inyo ng nagbabantang mensahe online, puwede ninyo siyang i-block at itago ang mga screenshot bilang ebidensya. Tama o mali?

item-cre-206-prompt = Gumamit kayo ng chart mula sa ulat ng gobyerno sa inyong presentasyon. Ano ang idadagdag ninyo?
item-cre-206-opt-a = Wala, dahil libre ang gawa ng gobyerno.
item-cre-206-opt-b = Ang sarili ninyong pangalan sa ilalim ng chart.
item-cre-206-opt-c = Ang source: pamagat ng ulat, ang departamento at ang taon.
