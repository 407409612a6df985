## Audio: `nln audio` (assessor and maintainer messages; English)

cli-audio-about = Audio of the learner-facing messages: plan the manifests, build clips, record by hand
cli-audio-plan-about = Rewrite each locale's audio.yaml from the current messages and items (run after changing them)
cli-audio-plan-opt-check = Change nothing; fail when a manifest is not up to date
cli-audio-opt-locales = Locales folder (default: locales)
audio-unknown-locale = { $locale } is not a listed locale ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } clip
       *[other] { $clips } clips
    } ({ $synthesized } synthesized, { $recorded } recorded, { $needs } to record)
audio-plan-unchanged = { $path } is up to date.
audio-plan-written = { $path } written ({ $count ->
        [one] { $count } entry changed
       *[other] { $count } entries changed
    }).
audio-plan-outdated = { $path } is not up to date ({ $count ->
        [one] { $count } entry differs
       *[other] { $count } entries differ
    }).
audio-plan-check-failed = { $count ->
        [one] { $count } audio manifest is not up to date: run `nln audio plan`.
       *[other] { $count } audio manifests are not up to date: run `nln audio plan`.
    }
audio-stale = { $locale }: the recording of { $ref } was made for an older text: record it again (it is kept until then).
audio-unplanned-missing = { $locale }: { $ref } has no clip: the message { $message } is missing.
audio-unplanned-placeables = { $locale }: { $ref } has no clip: the message { $message } has placeables; give it a .speech form without them.
clip-status-needs-recording = needs a human recording
