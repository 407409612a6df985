## Item and person fit, DIF, standard setting and plots (English). Researcher-facing: no audio clips.

cli-fit-about = Check how well a bank's parameters fit response data: S-X² item fit, infit/outfit mean squares, person fit lz
cli-fit-opt-min-expected = Merge summed-score groups until every expected count is at least this (mirt's mincell; 0 merges nothing)
cli-fit-opt-persons = List person fit (lz) for every person instead of the item table
cli-fit-opt-csv = Print CSV (items, or persons with --persons)
fit-items-header = item, model, S-X², df, p, RMSEA, infit (z), outfit (z); * = p below 0.01 or a mean square outside 0.7–1.3
fit-persons-header = id, EAP theta, lz, items answered; * = lz below { $cut }
fit-s-x2-used = S-X² used the { $persons ->
    [one] { $persons } person
   *[other] { $persons } persons
} who answered every item; { $skipped ->
    [one] { $skipped } row missed an item and was left out of it.
   *[other] { $skipped } rows missed an item and were left out of it.
}
fit-s-x2-none = S-X² compares summed-score groups and needs persons who answered every item (a fixed form); nobody did, so only infit, outfit and lz are shown.
fit-persons-flagged = { $flagged } of { $persons ->
    [one] { $persons } person has
   *[other] { $persons } persons have
} lz below { $cut } (unexpected answer patterns; list them with --persons).
fit-error-min-expected = --min-expected must be a number from 0 to 1000, not { $value }.

cli-dif-about = Screen items for differential functioning between groups of a person covariate: Mantel–Haenszel (ETS A/B/C) and logistic regression; flags only, nothing is removed
cli-dif-opt-group = Person covariate that defines the groups (e.g. cov_lang or cov_mode)
cli-dif-opt-focal = Focal group (default: every group other than the reference, one comparison each)
cli-dif-opt-reference = Reference group (default: the largest group)
cli-dif-opt-csv = Print CSV (one line per comparison and item)
dif-comparison = { $group }: reference “{ $reference }”, focal “{ $focal }”
dif-matching-total = Persons are matched on the total score; items flagged in a first pass are left out of it (purification).
dif-matching-theta = Not every person answered every item: persons are matched on their EAP ability (ten strata for Mantel–Haenszel).
dif-purified = Left out of the matching total: { $items }
dif-header = item, answers reference/focal, MH delta, MH p, ETS class, LR uniform p, LR non-uniform p, LR ΔR²; * = flagged for review (class B or C, or LR p below 0.01 with ΔR² at least 0.035)
dif-not-studied = not studied (graded item, or no answers in one of the groups)
dif-flagged = { $flagged ->
    [one] { $flagged } item flagged for review (not removed).
   *[other] { $flagged } items flagged for review (not removed).
}
dif-error-unknown-group = The response file has no covariate { $group } (it has: { $known }). Long files carry covariates as cov_… columns.
dif-error-unknown-value = Covariate { $group } has no group “{ $value }” (it has: { $known }).
dif-error-groups = Covariate { $group } needs at least two groups, with different reference and focal groups.

cli-standard-setting-about = Bookmark standard setting: print the ordered item booklet, or turn panellists' bookmarks into proposed cut scores and a levels file
cli-standard-setting-opt-bookmarks = CSV of bookmarks, columns panellist,level,page: the last booklet page a learner just at that level's cut masters
cli-standard-setting-opt-rp = Response probability that orders the booklet (RP67 by convention)
cli-standard-setting-opt-out = Write the levels file with the proposed cuts (median across panellists) and their provenance here
standard-setting-booklet-header = page, item, score step, RP{ $rp } location (θ), level at that θ today
standard-setting-panel = { $panellists ->
    [one] { $panellists } panellist
   *[other] { $panellists } panellists
}, booklet of { $pages } pages at RP { $rp }.
standard-setting-cuts-header = level, current cut, proposed cut (median), mean, SD, range across panellists
standard-setting-written = Wrote { $path } with { $cuts ->
    [one] { $cuts } proposed cut
   *[other] { $cuts } proposed cuts
} (status: panel).
standard-setting-error-rp = --rp must be a probability between 0 and 1, not { $value }.
standard-setting-error-level = level “{ $level }” is not a level with a cut score
standard-setting-error-page = page { $page } is beyond the booklet's last page { $pages }
standard-setting-error-empty = no bookmarks in the file.
standard-setting-error-missing = panellist “{ $panellist }” has no bookmark for level { $level }; every panellist bookmarks the same levels.
standard-setting-error-decreasing = panellist “{ $panellist }” has a higher level bookmarked on an earlier page than a lower level.
standard-setting-error-order = The proposed cuts do not increase with the levels they cut, together with the cuts not revised; nothing was written.
data-error-bad-page = page “{ $value }” is not a whole number 1 or more
data-error-duplicate-bookmark = panellist “{ $panellist }” bookmarked level { $level } twice

cli-plot-about = Draw SVG plots of a bank: test information with its standard error and the level cuts, and each item's characteristic and information curves
cli-plot-opt-out = Folder to write the SVG files to (created if missing)
cli-plot-opt-items = Only these items (comma-separated ids; default: every item with a model)
plot-title-test = Test information: bank { $bank } { $version } ({ $items } items)
plot-title-item = Item { $item } ({ $model })
plot-axis-theta = θ (ability, logits)
plot-axis-information = Information
plot-axis-se = Standard error
plot-axis-probability = Probability
plot-legend-score = score { $score }
plot-written = Wrote { $count ->
    [one] { $count } plot
   *[other] { $count } plots
} to { $path }.
