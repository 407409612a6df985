## Audio: `nln audio` (assessor and maintainer messages; Tagalog, machine-drafted)

cli-audio-about = Audio ng mga mensahe para sa mag-aaral: planuhin ang mga manifest, gawin ang mga clip, mag-record sa boses ng tao
cli-audio-plan-about = Isulat muli ang audio.yaml ng bawat wika mula sa kasalukuyang mga mensahe at tanong (patakbuhin pagkatapos baguhin ang mga ito)
cli-audio-plan-opt-check = Walang babaguhin; mabibigo kung may manifest na hindi napapanahon
cli-audio-opt-locales = Folder ng mga wika (default: locales)
audio-unknown-locale = Ang { $locale } ay hindi wikang nakalista ({ $listed }).
audio-plan-summary = { $locale }: { $clips } clip ({ $synthesized } synthesized, { $recorded } naka-record, { $needs } ire-record pa)
audio-plan-unchanged = Napapanahon ang { $path }.
audio-plan-written = Naisulat ang { $path } ({ $count } entry ang nagbago).
audio-plan-outdated = Hindi napapanahon ang { $path } ({ $count } entry ang naiiba).
audio-plan-check-failed = { $count } audio manifest ang hindi napapanahon: patakbuhin ang `nln audio plan`.
audio-stale = { $locale }: ang recording ng { $ref } ay para sa mas lumang teksto: i-record itong muli (itatago ito hanggang doon).
audio-unplanned-missing = { $locale }: walang clip ang { $ref }: kulang ang mensaheng { $message }.
audio-unplanned-placeables = { $locale }: walang clip ang { $ref }: may mga variable ang mensaheng { $message }; bigyan ito ng .speech na anyo na walang variable.
clip-status-needs-recording = kailangan ng recording ng boses ng tao
