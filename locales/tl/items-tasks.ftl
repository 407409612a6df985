# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (Tagalog, machine-drafted)

item-dev-301-prompt = Buksan ang telepono.

item-dev-302-prompt = Isaksak ang charger sa telepono.

item-dev-303-prompt = Lakasan ang tunog.

item-com-301-prompt = Tumutunog ang telepono. Sagutin ang tawag.

item-com-302-prompt = Tapusin ang tawag.

item-cre-301-prompt = Kunan ng litrato ang mesa.

item-dev-304-prompt = Buksan ang photos at ipakita sa akin ang huling litrato.

item-com-303-prompt = Patugtugin ang voice message na ipinadala ng kaibigan ninyo.

item-dev-305-prompt = I-unlock ang telepono gamit ang PIN.

item-dev-306-prompt = Buksan ang clock app mula sa home screen.

item-com-304-prompt = Tawagan si Amal mula sa inyong contacts.

item-dev-307-prompt = Nasa isang app kayo. Bumalik sa home screen.

item-com-305-prompt = Mag-record ng maikling voice message at ipadala kay Amal.

item-dev-308-prompt = Ilagay sa silent ang telepono.

item-com-306-prompt = Mag-video call kay Amal.

item-com-307-prompt = Ipadala kay Amal sa chat ang huling litrato.

item-dev-309-prompt = Kumonekta sa Wi-Fi na Library. Nasa card ang password.

item-inf-301-prompt = Buksan ang link na ipinadala ni Amal sa chat.

item-inf-302-prompt = Hanapin sa mapa ang pampublikong aklatan at simulan ang direksyon sa paglalakad.

item-srv-301-prompt = Isulat ang pangalan at numero ng telepono sa form at pindutin ang Submit.

item-com-308-prompt = Sumulat ng email sa guro, ilakip ang litrato ng form, at ipadala.

item-srv-302-prompt = Gumawa ng account sa practice site. Gamitin ang code na dumating sa text para matapos.

item-com-309-prompt = Sumali sa practice video class gamit ang link, saka i-mute at i-unmute ang mikropono.

item-saf-301-prompt = Baguhin ang settings para mga kaibigan lang ang makakita ng inyong mga post.

item-srv-303-prompt = Kunan ng litrato ang practice ID card at i-upload sa form.

item-srv-304-prompt = I-on ang two-step verification sa practice email account.

item-com-310-prompt = Ibahagi kay Amal ang practice file para matingnan niya pero hindi mabago.

item-cre-302-prompt = Sa dokumento, gumawa ng table na may tatlong column: petsa, lugar, oras.

item-cre-303-prompt = I-save bilang PDF ang practice document.

item-prb-301-prompt = Ayaw kumonekta ng telepono sa naka-save na Wi-Fi. I-forget ang network at kumonekta ulit.

item-cre-304-prompt = Sa practice spreadsheet, pagsamahin ang column ng mga presyo gamit ang formula.

item-com-311-prompt = Mag-set ng automatic out-of-office reply para sa susunod na linggo sa practice email.

item-cre-305-prompt = Sa practice budget spreadsheet, sumulat ng isang formula na nagmu-multiply sa bawat halaga sa tax rate ng cell E1, at kopyahin ito pababa sa column.

item-saf-302-prompt = I-install ang practice password manager, mag-save ng bagong login dito, at hayaan itong gumawa ng malakas na password.

item-cre-306-prompt = Gumawa ng sulat para sa 20 kliyente mula sa isang template at sa practice list ng mga pangalan at address (mail merge).

item-com-312-prompt = Gumawa ng shared team calendar. Bigyan ang dalawang katrabaho ng karapatang magdagdag ng event at ang isa ng karapatang tumingin lang.

item-cre-307-prompt = Gawing accessible ang practice report: gumamit ng heading styles, lagyan ng alt text ang larawan, at ayusin ang nakita ng accessibility checker.

item-inf-303-prompt = Ibalik ang bersyon kahapon ng practice document mula sa version history.

item-cre-308-prompt = Mula sa practice sales list, gumawa ng pivot table na nagpapakita ng kabuuan bawat buwan.

item-dev-310-prompt = Sa practice router page, i-on ang guest Wi-Fi network na may sariling password.

item-saf-303-prompt = Bago ibahagi ang practice photo, tingnan kung may location data ito at alisin ito.

item-inf-304-prompt = Alamin kung saan unang lumabas ang practice news photo gamit ang reverse image search.

item-prb-302-prompt = Mag-apply sa practice job posting: iangkop ang résumé sa mga keyword nito, i-upload bilang PDF, at isumite.

item-prb-303-prompt = Gamitin ang practice AI assistant para gumawa ng maikling sulat sa landlord, saka suriin at itama ang bawat detalye.

item-dev-311-prompt = Palakihin ang teksto ng telepono sa settings.

item-dev-312-prompt = Hanapin ang practice file na kaka-download lang ninyo at buksan ito.

item-dev-313-prompt = Kopyahin ang address mula sa mensahe at i-paste sa search ng mapa.

item-saf-304-prompt = Maglagay ng screen lock na may PIN sa practice phone.

item-prb-304-prompt = Naka-freeze ang practice app. Isara ito nang tuluyan at buksan ulit.

item-inf-305-prompt = Buksan ang practice web page na nasa Ingles at ipasalin ito sa browser sa inyong wika.

item-srv-305-prompt = Sa practice banking app, magpadala ng $20 sa e-Transfer sa email ni Amal.

item-prb-305-prompt = Humanap ng maikling video sa inyong wika na nagtuturo kung paano maglakip ng file sa email.

item-prb-306-prompt = Sa practice job site, gumawa ng alert para sa trabahong kusinero sa inyong lungsod.

item-srv-306-prompt = Sa practice health portal, i-book ang unang bakanteng appointment sa susunod na linggo at idagdag sa calendar ng telepono.

item-saf-305-prompt = Patakbuhin ang privacy checkup ng practice account at i-off ang ad personalisation at location history.

item-saf-306-prompt = Sa practice inbox, hanapin ang phishing email, i-report ito bilang phishing, at i-block ang nagpadala.

item-saf-307-prompt = Sa practice tablet, maglagay ng araw-araw na screen-time limit na isang oras para sa mga laro.

item-inf-306-prompt = Sa tatlong practice site, hanapin ang opisyal na site ng gobyerno at ipakita kung paano ninyo nalaman.

item-com-313-prompt = Sa practice video meeting, i-share ang inyong screen at ipakita ang practice document.

item-com-314-prompt = Baguhin ang profile ng practice account para makita ang inyong pangalan at angkop na litrato, at maitago ang numero ng telepono.

item-dev-314-prompt = Mag-swipe pataas sa screen para buksan ang telepono.

item-dev-315-prompt = Hinaan ang tunog.

item-dev-316-prompt = Buksan ang camera mula sa home screen.

item-com-315-prompt = Tawagan ang numerong nakasulat sa card na ito.

item-cre-309-prompt = Kumuha ng maikling video ng bintana.

item-dev-317-prompt = Patayin ang telepono.

item-dev-318-prompt = Isara ang app na ginagamit ninyo.

item-com-316-prompt = Ipadala kay Amal ang mensaheng Hello.

item-dev-319-prompt = I-type ang inyong pangalan sa message box.

item-cre-310-prompt = Burahin ang huling litratong kinuha ninyo.

item-com-317-prompt = Nagvi-video call si Amal. Sagutin at i-on ang inyong camera.

item-dev-320-prompt = I-off ang mobile data, saka i-on ulit.

item-inf-307-prompt = Gamit ang advanced search, hanapin lang ang mga PDF tungkol sa karapatan ng nangungupahan sa website ng probinsya.

item-prb-307-prompt = I-back up sa cloud ang practice phone at tiyaking natapos ang backup.

item-com-318-prompt = Gumawa ng team folder kung saan puwedeng mag-upload ang mga miyembro pero kayo lang ang makakabura.

item-saf-308-prompt = Suriin ang sign-in activity ng practice account at i-sign out ang bawat device na hindi ninyo kilala.

item-srv-307-prompt = Itago ang recovery codes ng practice account sa ligtas na lugar na wala sa telepono.

item-prb-308-prompt = Gawin ang self-assessment ng practice online course at piliin ang susunod na module batay sa resulta.

item-cre-311-prompt = I-edit ang practice video: putulin ang unang segundo, lagyan ng captions, at i-save.

item-prb-309-prompt = I-schedule ang practice job interview bilang video meeting, ipadala ang imbitasyon na may link, at mag-set ng paalala.

item-inf-308-prompt = Ihambing ang practice page sa machine translation nito at ituro ang dalawang lugar kung saan nagbago ang kahulugan.

item-dev-321-prompt = I-set up ang practice phone para sa mag-aaral na malabo ang paningin: mas malaking teksto, magnifier, at voice typing.

item-com-319-prompt = Sa practice inbox, gamitin ang search para hanapin ang lahat ng email mula sa paaralan na may attachment.

item-saf-309-prompt = Sa pampublikong Wi-Fi, i-on ang practice VPN at tiyaking nakakonekta ito.

task-cat-not-solved = Hindi nagawa
task-cat-after-hint = Nagawa matapos ang pahiwatig
task-cat-alone = Nagawa nang mag-isa
