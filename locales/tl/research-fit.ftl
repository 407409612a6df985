## Item and person fit, DIF, standard setting and plots (tl, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = Suriin kung gaano kaangkop ang mga parameter ng bangko sa datos ng sagot: S-X² na item fit, infit/outfit mean square, person fit lz
cli-fit-opt-min-expected = Pagsamahin ang mga grupo ng kabuuang iskor hanggang ang bawat inaasahang bilang ay hindi bababa rito (mincell ng mirt; 0 = walang pagsasama)
cli-fit-opt-persons = Ipakita ang lz ng bawat tao sa halip ng talahanayan ng mga item
cli-fit-opt-csv = Mag-print ng CSV (mga item, o mga tao kapag may --persons)
fit-items-header = item, modelo, S-X², df, p, RMSEA, infit (z), outfit (z); * = p na mas mababa sa 0.01 o mean square na labas sa 0.7–1.3
fit-persons-header = id, EAP theta, lz, mga item na sinagot; * = lz na mas mababa sa { $cut }
fit-s-x2-used = Ginamit ng S-X² ang { $persons ->
    [one] { $persons } tao
   *[other] { $persons } tao
} na sumagot sa lahat ng item; { $skipped ->
    [one] { $skipped } hanay ang kulang ng item at hindi isinama.
   *[other] { $skipped } hanay ang kulang ng item at hindi isinama.
}
fit-s-x2-none = Inihahambing ng S-X² ang mga grupo ng kabuuang iskor at kailangan nito ng mga taong sumagot sa lahat ng item (fixed form); walang gumawa nito, kaya infit, outfit at lz lang ang ipinapakita.
fit-persons-flagged = { $flagged } sa { $persons } tao ang may lz na mas mababa sa { $cut } (di-inaasahang pattern ng sagot; ilista sila gamit ang --persons).
fit-error-min-expected = Ang --min-expected ay dapat numero mula 0 hanggang 1000, hindi { $value }.

cli-dif-about = Suriin ang differential item functioning sa pagitan ng mga grupo ng isang covariate: Mantel–Haenszel (ETS na klaseng A/B/C) at logistic regression; mga marka lamang, walang tinatanggal
cli-dif-opt-group = Covariate ng tao na bumubuo ng mga grupo (hal. cov_lang o cov_mode)
cli-dif-opt-focal = Focal na grupo (default: bawat grupong hindi reference, tig-isang paghahambing)
cli-dif-opt-reference = Reference na grupo (default: ang pinakamalaking grupo)
cli-dif-opt-csv = Mag-print ng CSV (isang linya bawat paghahambing at item)
dif-comparison = { $group }: reference “{ $reference }”, focal “{ $focal }”
dif-matching-total = Itinutugma ang mga tao ayon sa kabuuang iskor; ang mga item na namarkahan sa unang pasada ay inaalis dito (purification).
dif-matching-theta = Hindi lahat ay sumagot sa bawat item: itinutugma ang mga tao ayon sa EAP na kakayahan (sampung strata para sa Mantel–Haenszel).
dif-purified = Inalis sa kabuuang iskor ng pagtutugma: { $items }
dif-header = item, sagot reference/focal, MH delta, MH p, ETS na klase, LR uniform p, LR non-uniform p, LR ΔR²; * = minarkahan para suriin (klaseng B o C, o LR p na mas mababa sa 0.01 at ΔR² na hindi bababa sa 0.035)
dif-not-studied = hindi pinag-aralan (graded na item, o walang sagot sa isa sa mga grupo)
dif-flagged = { $flagged ->
    [one] { $flagged } item ang minarkahan para suriin (hindi tinanggal).
   *[other] { $flagged } item ang minarkahan para suriin (hindi tinanggal).
}
dif-error-unknown-group = Walang covariate na { $group } ang file ng sagot (mayroon ito: { $known }). Nasa mga column na cov_… ang mga covariate ng mahahabang file.
dif-error-unknown-value = Walang grupong “{ $value }” ang covariate na { $group } (mayroon ito: { $known }).
dif-error-groups = Kailangan ng covariate na { $group } ang hindi bababa sa dalawang grupo, na magkaiba ang reference at focal.
cli-standard-setting-about = Bookmark na standard setting: i-print ang nakaayos na booklet ng mga item, o gawing mungkahing cut score at levels file ang mga bookmark ng panel
cli-standard-setting-opt-bookmarks = CSV ng mga bookmark, mga column na panellist,level,page: ang huling pahina ng booklet na kaya ng mag-aaral na nasa mismong cut ng antas na iyon
cli-standard-setting-opt-rp = Probabilidad ng sagot na nag-aayos sa booklet (RP67 ayon sa kumbensiyon)
cli-standard-setting-opt-out = Isulat dito ang levels file na may mungkahing mga cut (median ng panel) at ang pinagmulan nila
standard-setting-booklet-header = pahina, item, hakbang ng iskor, lokasyong RP{ $rp } (θ), antas sa θ na iyon ngayon
standard-setting-panel = { $panellists } panelista, booklet na may { $pages } pahina sa RP { $rp }.
standard-setting-cuts-header = antas, kasalukuyang cut, mungkahing cut (median), mean, SD, saklaw sa panel
standard-setting-written = Naisulat ang { $path } na may { $cuts } mungkahing cut (status: panel).
standard-setting-error-rp = Ang --rp ay dapat probabilidad sa pagitan ng 0 at 1, hindi { $value }.
standard-setting-error-level = ang antas na “{ $level }” ay walang cut score
standard-setting-error-page = ang pahina { $page } ay lampas sa huling pahina ng booklet na { $pages }
standard-setting-error-empty = walang bookmark sa file.
standard-setting-error-missing = walang bookmark ang panelistang “{ $panellist }” para sa antas { $level }; pare-parehong mga antas ang binu-bookmark ng bawat panelista.
standard-setting-error-decreasing = ang panelistang “{ $panellist }” ay naglagay ng mas mataas na antas sa mas naunang pahina kaysa sa mas mababang antas.
standard-setting-error-order = Hindi tumataas kasabay ng mga antas ang mga mungkahing cut kasama ang mga hindi binago; walang naisulat.
data-error-bad-page = ang pahinang “{ $value }” ay hindi buong numero na 1 o higit pa
data-error-duplicate-bookmark = dalawang beses na binookmark ng panelistang “{ $panellist }” ang antas { $level }

cli-plot-about = Gumuhit ng mga SVG na plot ng bangko: test information kasama ang standard error at mga cut ng antas, at ang characteristic at information curve ng bawat item
cli-plot-opt-out = Folder na susulatan ng mga SVG file (ginagawa kung wala)
cli-plot-opt-items = Ang mga item na ito lamang (mga id na pinaghihiwalay ng kuwit; default: bawat item na may modelo)
plot-title-test = Test information: bangkong { $bank } { $version } ({ $items } item)
plot-title-item = Item { $item } ({ $model })
plot-axis-theta = θ (kakayahan, logit)
plot-axis-information = Impormasyon
plot-axis-se = Standard error
plot-axis-probability = Probabilidad
plot-legend-score = iskor { $score }
plot-written = Naisulat ang { $count } plot sa { $path }.
