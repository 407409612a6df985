# Mga mensahe ng tanong: INF (Tagalog)

item-inf-001-prompt = Gusto ninyong hanapin ang isang address sa mapa. I-tap ang lugar kung saan ita-type ang address.
item-inf-001-region-search = Ang mahabang puting bar sa itaas, na may magnifying glass
item-inf-001-region-layers = Ang maliit na button na may mga parisukat na magkakapatong, sa ilalim ng bar sa kanan
item-inf-001-region-map = Ang gitna ng mapa
item-inf-001-region-location = Ang bilog na button na may target, sa kanan
item-inf-001-region-directions = Ang asul na button na may arrow, sa kanang ibaba

item-inf-002-prompt = Kailangan ninyong malaman ang oras ng pagbubukas ng opisina ng Service Canada sa Winnipeg. Ano ang ita-type ninyo sa search box?
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = Sa website ng school board, gamitin ang sariling search box ng website para hanapin ang pahina tungkol sa oras ng school bus.
item-inf-003-cat-0 = Hindi nagawa
item-inf-003-cat-1 = Nagawa pagkatapos ng pahiwatig
item-inf-003-cat-2 = Nagawa nang mag-isa

item-inf-004-prompt = Gusto ninyo ng mga resulta tungkol sa work permit na galing lang sa mga website ng Government of Canada. Aling search ang pinakamaganda?
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = Aling button ang magpapabasa nang malakas sa telepono ng sulat para sa inyo?
item-inf-005-opt-a = Isang basurahan.
item-inf-005-opt-b = Isang speaker na may mga alon ng tunog.
item-inf-005-opt-c = Isang kandado.
item-inf-005-opt-d = Isang bituin.

item-inf-006-prompt = Pagsunud-sunurin ang mga hakbang para isalin ang isang liham na papel gamit ang camera ng inyong telepono.
item-inf-006-opt-a = Itutok ang camera sa liham.
item-inf-006-opt-b = Buksan ang app na pangsalin.
item-inf-006-opt-c = Basahin o pakinggan ang salin.
item-inf-006-opt-d = I-tap ang Camera sa app.

item-inf-007-prompt = Nakatanggap kayo ng liham mula sa IRCC bilang PDF file. Kailangan ninyo itong i-print bago ninyo mabasa. Tama o mali?

item-inf-008-prompt = Nasa English ang web page na ito. I-tap ang button na nagsasalin ng pahina sa inyong wika.
item-inf-008-region-home = Ang button na bahay, sa pinakakaliwa ng address bar
item-inf-008-region-refresh = Ang paikot na arrow, sa kaliwa ng address bar
item-inf-008-region-translate = Ang button na may letrang A at isang letrang Chinese, sa loob ng address bar
item-inf-008-region-bookmark = Ang bituin sa dulo ng address bar
item-inf-008-region-tabs = Ang parisukat na may numero, sa kanang itaas

item-inf-009-prompt = Naghanap kayo kung paano i-renew ang inyong permanent resident card (PR card). I-tap ang opisyal na resulta ng Government of Canada.
item-inf-009-region-ad = Ang unang resulta, may markang Sponsored, mula sa prcard-fast-renewal.com
item-inf-009-region-official = Ang ikalawang resulta, mula sa canada.ca
item-inf-009-region-forum = Ang ikatlong resulta, mula sa isang forum o usapan online
item-inf-009-region-video = Ang ikaapat na resulta, isang video mula sa isang social media channel

item-inf-010-prompt = Nagtanong kayo sa isang AI chatbot kung paano mag-apply para sa Canada Child Benefit. Binigyan kayo nito ng listahan ng mga hakbang. Ano ang dapat ninyong gawin?
item-inf-010-opt-a = Sundin ang mga hakbang. Laging tama ang sagot ng AI.
item-inf-010-opt-b = Suriin ang mga hakbang sa canada.ca o sa isang settlement worker bago mag-apply.
item-inf-010-opt-c = Ibigay sa chatbot ang inyong Social Insurance Number para ito na ang mag-apply para sa inyo.
item-inf-010-opt-d = Huwag gumamit ng anumang impormasyon mula sa internet.

item-inf-011-prompt = May video online na nagpapakita ng Prime Minister na nagsasabing lahat ng bagong dating ay bibigyan ng libreng pamasahe sa eroplano pauwi. Galing ito sa hindi kilalang account, medyo parang robot ang boses, at walang news website na nag-uulat nito. Ano ang malamang na video na ito?
item-inf-011-opt-a = Isang totoong anunsyo na hindi napansin ng balita.
item-inf-011-opt-b = Isang pekeng video na gawa ng AI, na tinatawag na deepfake.
item-inf-011-opt-c = Isang opisyal na video mula sa Government of Canada.
item-inf-011-opt-d = Isang live na palabas mula sa Parliament.

item-inf-012-prompt = Sinabi sa inyo ng isang AI chatbot na may bagong patakaran na nagpapahintulot sa mga refugee na mag-apply ng citizenship pagkatapos ng isang taon sa Canada. Nagbigay ito ng link bilang pinagmulan. Binuksan ninyo ang link, at hindi ito sinasabi ng pahina. Ano ang pinakamagandang konklusyon?
item-inf-012-opt-a = Totoo ang patakaran, dahil nagbigay ng pinagmulan ang chatbot.
item-inf-012-opt-b = Luma na ang web page, kaya tama ang chatbot.
item-inf-012-opt-c = Malamang nagkamali ang chatbot. Suriin ang patakaran sa website ng IRCC.
item-inf-012-opt-d = Magtanong ulit sa chatbot. Kung dalawang beses nitong sinabi ang parehong bagay, totoo ito.

item-inf-013-prompt = Sinasabi ng isang artikulo na ang mga bagong dating na gumagamit ng JobFast app ay dalawang beses na mas mabilis makahanap ng trabaho. Ang pag-aaral ay ginawa ng kompanyang gumawa ng JobFast, kasama ang mga taong pumiling gumamit ng app. Ano ang pangunahing kahinaan ng pahayag na ito?
item-inf-013-opt-a = Maaaring hindi available ang app sa bawat probinsya.
item-inf-013-opt-b = Hindi sinasabi ng pag-aaral kung saang mga bansa galing ang mga bagong dating.
item-inf-013-opt-c = Hindi ibinibigay ng artikulo ang eksaktong bilang ng araw bago nakahanap ng trabaho ang mga tao.
item-inf-013-opt-d = Ang kompanyang gumawa ng app ang nagsagawa ng pag-aaral, at ang mga taong pumili ng app ay maaaring mas masipag nang maghanap ng trabaho.

item-inf-014-prompt = Mas madaling hanapin sa susunod ang file na scan001.pdf kaysa sa file na Lease-2025-apartment.pdf. Tama o mali?

item-inf-015-prompt = Pagsunud-sunurin ang mga hakbang para i-save ang isang PDF na liham mula sa email papunta sa inyong Documents folder.
item-inf-015-opt-a = I-tap ang Download.
item-inf-015-opt-b = Buksan ang email.
item-inf-015-opt-c = Buksan ang Files app at ilipat ang PDF sa Documents folder.
item-inf-015-opt-d = I-tap ang naka-attach na PDF.

item-inf-016-prompt = Gumawa ng bagong folder na Immigration. Pagkatapos, ilipat dito ang dalawang liham mula sa IRCC.
item-inf-016-cat-0 = Hindi nagawa
item-inf-016-cat-1 = Nagawa pagkatapos ng pahiwatig
item-inf-016-cat-2 = Nagawa nang mag-isa

item-inf-017-prompt = May mga scan kayo ng mga dokumento sa imigrasyon at pagkakakilanlan ng inyong pamilya, at kakailanganin ninyo ang mga ito nang maraming taon. Aling plano ang pinakamahusay na mag-iingat sa mga ito laban sa pagkawala at sa ibang tao?
item-inf-017-opt-a = Isang kopya lang ang itago, sa photo gallery ng telepono, para lagi itong kasama ninyo.
item-inf-017-opt-b = Magtago ng isang kopya sa cloud account na protektado ng two-step verification, at ikalawang kopya sa USB key na nakatago sa bahay.
item-inf-017-opt-c = I-email ang mga scan sa sarili ninyo at sa ilang kamag-anak, para maraming tao ang may kopya.
item-inf-017-opt-d = Itago ang mga ito sa isang pribadong group chat ng pamilya, kung saan mahahanap ninyo sa pag-scroll pataas.
