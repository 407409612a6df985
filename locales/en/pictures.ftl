# Pictures: `nln validate` checks of assessments/images/ and contact sheets (assessor/author-facing).
cli-validate-opt-contact-sheets = Also write one contact sheet per area (SVG: every picture with its item ids and hotspot regions) into this folder
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: warning: { $message }
picture-contact-sheets-written = { $count ->
    [one] Wrote { $count } contact sheet to { $path }.
   *[other] Wrote { $count } contact sheets to { $path }.
}
picture-missing = item { $item } shows the picture { $picture }, which is not in images/
picture-unused = the picture { $picture } is not shown by any item
picture-bad-name = a picture's name is lowercase words joined by hyphens, ending in .svg, in screens/, icons/ or photos/
picture-unreadable = the picture is not a readable SVG: { $reason }
picture-bad-canvas = the picture's canvas is { $found }; pictures in this folder use { $expected }
picture-no-title = the picture has no <title> as its first element (screen readers need it)
picture-forbidden = the picture contains { $what }, which pictures may not contain (scripts, links to other files, bitmaps, filters, animation)
picture-too-large = the picture has { $size } B; keep it under { $limit } B
picture-duplicate-id = the id "{ $id }" is used twice in the picture
picture-region-outside = region { $region } of item { $item } reaches outside its picture ({ $canvas })
picture-regions-overlap = regions { $first } and { $second } of item { $item } overlap: one tap would mean both
picture-control-missing = the picture { $picture } has no element with id "{ $region }" to show region { $region } of item { $item }
picture-control-outside = the element "{ $region }" of the picture { $picture } is not drawn inside region { $region } of item { $item }
