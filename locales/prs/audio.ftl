## Audio: `nln audio` (assessor and maintainer messages; Dari, machine-drafted)

cli-audio-about = آواز پیام‌های شاگرد: پلان فهرست‌ها، ساختن کلیپ‌ها، ثبت با آواز انسان
cli-audio-plan-about = بازنویسی ⁨audio.yaml⁩ هر زبان از پیام‌ها و پرسش‌های کنونی (پس از تغییر آن‌ها اجرا کنید)
cli-audio-plan-opt-check = چیزی را تغییر نده؛ اگر فهرستی به‌روز نیست، شکست بخور
cli-audio-opt-locales = پوشهٔ زبان‌ها (پیش‌فرض: ⁨locales⁩)
audio-unknown-locale = { $locale } زبانی در فهرست نیست ({ $listed }).
audio-plan-summary = { $locale }: { $clips } کلیپ ({ $synthesized } ساخته‌شده با کمپیوتر، { $recorded } ثبت‌شده، { $needs } برای ثبت)
audio-plan-unchanged = { $path } به‌روز است.
audio-plan-written = { $path } نوشته شد ({ $count } ورودی تغییر کرد).
audio-plan-outdated = { $path } به‌روز نیست ({ $count } ورودی فرق دارد).
audio-plan-check-failed = { $count } فهرست صوتی به‌روز نیست: ⁨`nln audio plan`⁩ را اجرا کنید.
audio-stale = { $locale }: ثبت { $ref } برای متن کهنه‌تر است: دوباره ثبت کنید (تا آن وقت نگه داشته می‌شود).
audio-unplanned-missing = { $locale }: { $ref } کلیپ ندارد: پیام { $message } نیست.
audio-unplanned-placeables = { $locale }: { $ref } کلیپ ندارد: پیام { $message } متغیر دارد؛ برایش یک شکل ⁨.speech⁩ بی‌متغیر بنویسید.
clip-status-needs-recording = به ثبت با آواز انسان ضرورت دارد
