## Mga tanong: PRB, Paglutas ng problema, pag-aaral, trabaho (mga tanong, opsyon, lugar sa screen, kategorya ng gawain)

# prb-001
item-prb-001-prompt = Napakabagal ng inyong telepono at nag-freeze o tumigil ang isang app. Ano ang una ninyong susubukan?
item-prb-001-opt-a = Bumili ng bagong telepono.
item-prb-001-opt-b = Burahin ang lahat ng inyong larawan.
item-prb-001-opt-c = I-restart ang telepono.

# prb-002
item-prb-002-prompt = Sa isang video call, hindi kayo naririnig ng mga tao. Ipinapakita ng screen na ito ang mga pahintulot ng app. I-tap ang kailangan ninyong palitan.
item-prb-002-region-camera = Camera: Allowed (pinapayagan).
item-prb-002-region-microphone = Microphone: Not allowed (hindi pinapayagan).
item-prb-002-region-location = Location: Not allowed (hindi pinapayagan).
item-prb-002-region-notifications = Notifications: Allowed (pinapayagan).
item-prb-002-region-contacts = Contacts: Allowed (pinapayagan).

# prb-003
item-prb-003-prompt = Sinasabi ng inyong telepono na Storage full, ibig sabihin puno na ang memorya. Kapag binura ninyo ang mga lumang video na naka-save na sa cloud, maaaring magkaroon ng bakanteng espasyo. Tama o mali?

# prb-004
item-prb-004-prompt = Sa bahay, hindi gumagana ang internet sa inyong telepono. Pagsunud-sunurin ang mga hakbang na ito, mula sa unang susubukan hanggang sa huli.
item-prb-004-opt-a = Hugutin ang saksak ng modem, maghintay ng 30 segundo, at isaksak ulit ito.
item-prb-004-opt-b = Tiyaking bukas ang Wi-Fi at nakakonekta sa network ng inyong bahay.
item-prb-004-opt-c = Tawagan ang inyong internet provider.
item-prb-004-opt-d = Patayin at buksan ulit ang Wi-Fi sa inyong telepono.

# prb-005
item-prb-005-prompt = May ipinapakitang error message ang isang app na may code na E-403, at hindi ninyo ito maintindihan. Ano ang magandang paraan para makahanap ng tulong?
item-prb-005-opt-a = Hanapin ang pangalan ng app kasama ang error code, o basahin ang opisyal na help page ng app.
item-prb-005-opt-b = Tawagan ang numero ng telepono na lumabas sa isang pop-up na patalastas.
item-prb-005-opt-c = Ibigay ang inyong password sa isang estranghero sa online na grupo na nag-aalok na ayusin ito.

# prb-006
item-prb-006-prompt = Nakatanggap kayo ng liham sa English mula sa paaralan ng inyong anak, at hindi ninyo ito maintindihan. Aling tool ang pinakamakakatulong sa inyo?
item-prb-006-opt-a = Ang calculator.
item-prb-006-opt-b = Isang translation app o app na pangsalin na gumagamit ng camera.
item-prb-006-opt-c = Ang map app.

# prb-007
item-prb-007-prompt = Laging tama ang AI chat assistant tungkol sa mga batas at patakaran sa imigrasyon. Tama o mali?

# prb-008
item-prb-008-prompt = Tinanong ninyo ang isang AI chat assistant kung kailan ninyo dapat i-file ang inyong income tax return. Nagbigay ito ng petsa. Ano ang dapat ninyong gawin?
item-prb-008-opt-a = Itanong ulit ang parehong tanong. Kung pareho ang sagot, totoo ito.
item-prb-008-opt-b = Pagkatiwalaan ang petsa, dahil sinusuri ng gobyerno ang mga sagot ng AI.
item-prb-008-opt-c = Suriin ang petsa sa opisyal na pahina ng Canada Revenue Agency sa canada.ca.

# prb-009
item-prb-009-prompt = Ipinaliwanag ng isang AI assistant ang inyong mga karapatan bilang nangungupahan at sinabi: tingnan ang section 99 ng Residential Tenancies Act. Binuksan ninyo ang batas, at iba ang tungkol sa section 99. Ano ang sinasabi nito sa inyo?
item-prb-009-opt-a = Maaaring mag-imbento o magkamali ang AI sa mga pinagmulan. Suriin ang opisyal na teksto o magtanong sa isang serbisyong tumutulong sa mga nangungupahan.
item-prb-009-opt-b = Siguradong luma na ang batas sa website ng gobyerno, kaya sundin ang AI.
item-prb-009-opt-c = Siguradong tama ang ibang bahagi ng sagot ng AI; ang numero lang ang mali.
item-prb-009-opt-d = Tanungin ang AI kung sigurado ito. Kung oo ang sagot, puwede ninyo itong pagkatiwalaan.

# prb-010
item-prb-010-prompt = Gusto ninyong matutong gumamit ng email. Saan kayo makakakuha ng libreng tulong?
item-prb-010-opt-a = Sa pampublikong library o sa isang settlement agency.
item-prb-010-opt-b = Sa taong sumusulat sa inyo online at humihingi ng inyong password.
item-prb-010-opt-c = Sa isang patalastas na nagpapabayad sa inyo gamit ang gift card.

# prb-011
item-prb-011-prompt = Nagsimula kayo ng isang online na kurso noong isang linggo. I-tap kung saan ninyo itutuloy ang inyong aralin.
item-prb-011-region-resume = Ang button na Resume lesson 3.
item-prb-011-region-catalogue = Ang link na Course catalogue.
item-prb-011-region-certificates = Ang link na Certificates.
item-prb-011-region-forum = Ang link na Forum.
item-prb-011-region-profile = Ang inyong profile picture sa kanang itaas.

# prb-012
item-prb-012-prompt = Gusto ninyong kumuha ng libreng online na kurso. Pagsunud-sunurin ang mga hakbang.
item-prb-012-opt-a = Simulan ang lesson 1.
item-prb-012-opt-b = Gumawa ng account gamit ang inyong email address.
item-prb-012-opt-c = Buksan ang website ng kurso.
item-prb-012-opt-d = I-type ang code na ipinadala sa inyong email para kumpirmahin ang inyong account.

# prb-013
item-prb-013-prompt = Naghahanap kayo ng trabaho sa Job Bank. Gusto ninyo ng mga trabaho lang na malapit sa inyong bahay. Ano ang gagamitin ninyo?
item-prb-013-opt-a = Ang button na Sort by date.
item-prb-013-opt-b = Ang kahon na Location: ita-type ninyo ang inyong lungsod o postal code.
item-prb-013-opt-c = Ang button na Print.

# prb-014
item-prb-014-prompt = Ito ay isang job posting o patalastas ng trabaho. I-tap kung saan malalaman kung paano mag-apply.
item-prb-014-region-title = Ang pangalan ng trabaho: Warehouse worker.
item-prb-014-region-salary = Ang sahod: 19 dolyar at 50 sentimo bawat oras.
item-prb-014-region-howto = Ang bahaging How to apply.
item-prb-014-region-save = Ang button na Save to favourites.
item-prb-014-region-report = Ang link na Report a problem.

# prb-015
item-prb-015-prompt = Sa isang malaking kompanya, isang computer system muna ang nagbabasa ng mga résumé bago ito makita ng isang tao. Aling résumé ang may pinakamagandang pagkakataon?
item-prb-015-opt-a = Larawan ng inyong résumé na nasa papel.
item-prb-015-opt-b = Simpleng ayos na may karaniwang pamagat ng bahagi at mga salita mula sa job posting, sa uri ng file na hinihingi nila.
item-prb-015-opt-c = Disenyong may maraming table, larawan at magagarang font.
item-prb-015-opt-d = Iisang pangkalahatang résumé para sa bawat trabaho, na walang salita mula sa job posting.

# prb-016
item-prb-016-prompt = Sa practice job site na ito, mag-apply sa trabaho: i-upload ang inyong résumé, sumulat ng maikling mensahe sa employer, at i-tap ang Submit.
item-prb-016-cat-0 = Hindi naipadala ang aplikasyon.
item-prb-016-cat-1 = Naipadala ang aplikasyon pagkatapos ng pahiwatig.
item-prb-016-cat-2 = Naipadala ang aplikasyon nang walang tulong.

# prb-017
item-prb-017-prompt = Sa practice na site ng propesyonal na profile na ito, sumulat ng headline para sa inyong profile, idagdag ang huli ninyong trabaho kasama ang mga petsa at kasanayan, magdagdag ng link sa inyong portfolio ng mga halimbawa ng trabaho, at gawing nakikita ng mga recruiter ang profile.
item-prb-017-cat-0 = Hindi natapos ang profile.
item-prb-017-cat-1 = Natapos ang profile pagkatapos ng pahiwatig.
item-prb-017-cat-2 = Natapos ang profile nang walang tulong.
