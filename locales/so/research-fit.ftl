## Item and person fit, DIF, standard setting and plots (so, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = Hubi sida cabbirrada bangiga ay ugu habboon yihiin xogta jawaabaha: S-X² habboonaanta su'aasha, celceliska labajibbaaran infit/outfit, habboonaanta qofka lz
cli-fit-opt-min-expected = Isku dar kooxaha dhibcaha guud ilaa tirada la filayo ee kasta ay ugu yaraan tan gaarto (mincell ee mirt; 0 waxba isku ma daro)
cli-fit-opt-persons = Tus lz qof kasta halkii shaxda su'aalaha
cli-fit-opt-csv = Daabac CSV (su'aalaha, ama dadka marka --persons la raaciyo)
fit-items-header = su'aal, modeel, S-X², df, p, RMSEA, infit (z), outfit (z); * = p ka yar 0.01 ama celcelis labajibbaaran ka baxsan 0.7–1.3
fit-persons-header = id, EAP theta, lz, su'aalaha la jawaabay; * = lz ka yar { $cut }
fit-s-x2-used = S-X² wuxuu isticmaalay { $persons ->
    [one] { $persons } qof
   *[other] { $persons } qof
} oo ka jawaabay su'aal kasta; { $skipped ->
    [one] { $skipped } saf ayaa su'aal ka maqnayd waana laga reebay.
   *[other] { $skipped } saf ayaa su'aal ka maqnayd waana laga reebay.
}
fit-s-x2-none = S-X² wuxuu isbarbardhigaa kooxaha dhibcaha guud wuxuuna u baahan yahay dad ka jawaabay su'aal kasta (foom go'an); cidna ma samayn, sidaa darteed infit, outfit iyo lz oo keliya ayaa la tusay.
fit-persons-flagged = { $flagged } ka mid ah { $persons } qof ayaa leh lz ka yar { $cut } (qaabab jawaabeed aan la filayn; ku tax --persons).
fit-error-min-expected = --min-expected waa inuu noqdaa tiro u dhexeysa 0 ilaa 1000, ma aha { $value }.

cli-dif-about = Baar kala-duwanaanshaha shaqada su'aalaha (DIF) ee u dhexeeya kooxaha doorsoome qof: Mantel–Haenszel (fasallada ETS A/B/C) iyo dib-u-celinta logistic; calaamado oo keliya, waxba lama tirtiro
cli-dif-opt-group = Doorsoomaha qofka ee qeexa kooxaha (tusaale cov_lang ama cov_mode)
cli-dif-opt-focal = Kooxda diiradda (default: koox kasta oo aan tixraaca ahayn, isbarbardhig mid walba)
cli-dif-opt-reference = Kooxda tixraaca (default: kooxda ugu weyn)
cli-dif-opt-csv = Daabac CSV (sadar isbarbardhig iyo su'aal kasta)
dif-comparison = { $group }: tixraac “{ $reference }”, diirad “{ $focal }”
dif-matching-total = Dadka waxaa lagu waafajiyaa dhibcaha guud; su'aalaha lagu calaamadiyay wareegga koowaad waa laga saaraa (sifayn).
dif-matching-theta = Qof walba kama jawaabin su'aal kasta: dadka waxaa lagu waafajiyaa awoodda EAP (toban lakab oo Mantel–Haenszel ah).
dif-purified = Laga saaray dhibcaha guud ee waafajinta: { $items }
dif-header = su'aal, jawaabaha tixraac/diirad, MH delta, MH p, fasalka ETS, LR p siman, LR p aan siman, LR ΔR²; * = loo calaamadeeyay dib-u-eegis (fasal B ama C, ama LR p ka yar 0.01 oo ΔR² ugu yaraan 0.035)
dif-not-studied = lama darsin (su'aal heerar leh, ama jawaab la'aan mid ka mid ah kooxaha)
dif-flagged = { $flagged } su'aalood ayaa loo calaamadeeyay dib-u-eegis (lama tirtirin).
dif-error-unknown-group = Faylka jawaabaha kuma jiro doorsoome { $group } (waxaa ku jira: { $known }). Faylasha dhaadheer doorsoomayaasha waxay ku hayaan tiirar cov_….
dif-error-unknown-value = Doorsoomaha { $group } ma laha koox “{ $value }” (waxaa ku jira: { $known }).
dif-error-groups = Doorsoomaha { $group } wuxuu u baahan yahay ugu yaraan laba koox, oo kooxaha tixraaca iyo diiradda kala duwan yihiin.
cli-standard-setting-about = Dejinta heerka habka bookmark: daabac buugga su'aalaha la habeeyay, ama u beddel bookmark-yada guddiga dhibco gooyn la soo jeediyay iyo fayl heerar
cli-standard-setting-opt-bookmarks = CSV bookmark-yada, tiirarka panellist,level,page: bogga ugu dambeeya ee buugga ee uu barto ardayga si sax ah ugu taagan gooynta heerkaas
cli-standard-setting-opt-rp = Suurtagalnimada jawaabta ee habaysa buugga (caadi ahaan RP67)
cli-standard-setting-opt-out = Halkan ku qor faylka heerarka oo leh gooynnada la soo jeediyay (dhexdhexaadka guddiga) iyo halka ay ka yimaadeen
standard-setting-booklet-header = bog, su'aal, tallaabada dhibcaha, goobta RP{ $rp } (θ), heerka maanta ee θ-gaas
standard-setting-panel = { $panellists } xubnood oo guddi ah, buug { $pages } bog ah oo RP { $rp } ah.
standard-setting-cuts-header = heer, gooynta hadda, gooynta la soo jeediyay (dhexdhexaad), celcelis, SD, baaxadda guddiga
standard-setting-written = Waxaa la qoray { $path } oo leh { $cuts } gooyn oo la soo jeediyay (xaalad: panel).
standard-setting-error-rp = --rp waa inuu noqdaa suurtagalnimo u dhexeysa 0 iyo 1, ma aha { $value }.
standard-setting-error-level = heerka “{ $level }” ma laha dhibco gooyn
standard-setting-error-page = bogga { $page } wuxuu dhaafsiisan yahay bogga ugu dambeeya ee buugga { $pages }
standard-setting-error-empty = faylka kuma jiraan bookmark.
standard-setting-error-missing = xubinta guddiga “{ $panellist }” ma laha bookmark heerka { $level }; xubin kastaa waxay calaamadisaa heerar isku mid ah.
standard-setting-error-decreasing = xubinta guddiga “{ $panellist }” waxay heer sare dhigtay bog ka horreeya heer hoose.
standard-setting-error-order = Gooynnada la soo jeediyay, iyo kuwa aan dib loo eegin, kuma koraan heerarka; waxba lama qorin.
data-error-bad-page = bogga “{ $value }” ma aha tiro dhan oo 1 ama ka badan
data-error-duplicate-bookmark = xubinta guddiga “{ $panellist }” waxay laba jeer calaamadisay heerka { $level }

cli-plot-about = Sawir garaafyo SVG ah oo bangiga: macluumaadka imtixaanka iyo khaladkiisa caadiga ah iyo gooynnada heerarka, iyo qalooca astaamaha iyo macluumaadka su'aal kasta
cli-plot-opt-out = Galka lagu qorayo faylasha SVG (waa la abuuraa haddii uu maqan yahay)
cli-plot-opt-items = Su'aalahan oo keliya (aqoonsiyo hakad lagu kala saaray; default: su'aal kasta oo modeel leh)
plot-title-test = Macluumaadka imtixaanka: bangiga { $bank } { $version } ({ $items } su'aalood)
plot-title-item = Su'aasha { $item } ({ $model })
plot-axis-theta = θ (awood, logit)
plot-axis-information = Macluumaad
plot-axis-se = Khalad caadi ah
plot-axis-probability = Suurtagalnimo
plot-legend-score = dhibco { $score }
plot-written = { $count } garaaf ayaa lagu qoray { $path }.
