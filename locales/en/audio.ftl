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
cli-audio-build-about = Make every missing clip in the audio folder (speech engine, trimmed, loudness-normalized, Opus with an MP3 fallback)
cli-audio-build-opt-check = Change nothing; fail when a learner-facing message has no clip, a clip is out of date or needs a recording
cli-audio-opt-out = Audio folder (default: NLN_AUDIO_DIR, else target/audio)
audio-tool-missing = { $program } is not installed; the audio build needs it. On Debian or Ubuntu: apt-get install { $package }
audio-needs-recording = { $locale } has no usable synthetic voice: { $count ->
        [one] { $count } clip needs a human recording
       *[other] { $count } clips need a human recording
    } (see `nln audio script --lang { $locale }`).
audio-recording-not-imported = { $locale }: recording { $file } is missing: import it with `nln audio import`.
audio-clips-not-built = { $locale }: { $count ->
        [one] { $count } clip is
       *[other] { $count } clips are
    } not built in { $folder }: run `nln audio build --lang { $locale }`.
audio-clip-failed = { $file } could not be made: { $reason }
audio-progress = Making { $locale } clips
audio-built = { $locale }: { $built ->
        [one] { $built } clip made
       *[other] { $built } clips made
    } in { $folder }.
audio-check-failed = { $count ->
        [one] { $count } audio problem found.
       *[other] { $count } audio problems found.
    }
cli-audio-script-about = Write the recording script a voice talent reads from: each text, its file name, where it is heard
cli-audio-script-opt-output = Write the script to this file (default: standard output)
cli-audio-import-about = Import a voice talent's recordings: check length and loudness, encode, update audio.yaml
cli-audio-import-opt-dir = Folder with the recordings, named as in the script
cli-audio-import-opt-speaker = Speaker code kept with each recording (e.g. F03)
audio-script-heading = Recording script: { $locale } ({ $count ->
        [one] { $count } text
       *[other] { $count } texts
    })
audio-script-instructions = Read each text calmly and a little slowly, as to an adult who is new to computers. Record in a quiet room, about 20 cm from the microphone. Save each text as its own WAV file (48 kHz), named exactly as shown, with a short silence before and after.
audio-script-context = Heard: { $context }
audio-script-role-prompt = the question of item { $item }
audio-script-role-option = an answer of item { $item }
audio-script-role-region = a place on the picture of item { $item }
audio-script-role-category = how the assessor rates item { $item }
audio-script-role-screen = an instruction or button of the test
audio-script-picture = Picture: { $file }
audio-script-english = English: { $text }
audio-script-say = Say:
audio-script-written = Recording script written to { $path } ({ $count ->
        [one] { $count } text
       *[other] { $count } texts
    }).
audio-import-one-locale = Give exactly one locale to import into, with --lang.
audio-import-rejected = { $file } was not imported: { $reason }
audio-reason-name = the file name is not <clip>.<hash>.wav as in the script.
audio-reason-unknown = no clip is called { $ref }.
audio-reason-stale = it was recorded from an older text of { $ref }; record the current text (see a new script).
audio-reason-unreadable = it cannot be read as a WAV file ({ $detail }).
audio-reason-duration = the speech lasts { $seconds } s; a clip lasts from { $min } to { $max } s.
audio-reason-quiet = it is too quiet ({ $lufs } LUFS, at least { $min } needed): record closer to the microphone.
audio-reason-clipped = it is distorted (the level reached the maximum): record a little further from the microphone.
audio-import-done = { $locale }: { $count ->
        [one] { $count } recording imported
       *[other] { $count } recordings imported
    }, { $rejected } refused.
