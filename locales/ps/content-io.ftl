# Content limits, session files and answer input (ps). Machine-drafted.
load-error-too-big = فایل د لوستلو لپاره ډېر لوی دی یا ډېر ژور ننوتی دی ({ $detail })
load-error-implausible = د IRT پارامتر له منلي حد څخه بهر دی ({ $detail })
cli-assess-opt-force = د ‎--save‎ فایل بدل کړه، که څه هم خوندي شوې ناسته نه وي
assess-how-to-answer = د خپل انتخاب شمېره ولیکئ، بیا Enter کېکاږئ. ‏0 = نه پوهېږم. q = درول (ستاسو ځوابونه ساتل کېږي).
assess-saving-to = ستاسو ځوابونه په { $file } کې خوندي کېږي
assess-resume-hint = د وروسته دوام لپاره دا وچلوئ: nln assess --resume { $file }
assess-interrupted = ازموینه ودرول شوه.
assess-type-number = له 1 څخه تر { $max } پورې یوه شمېره ولیکئ، یا که نه پوهېږئ 0، بیا Enter کېکاږئ.
assess-type-order = له 1 څخه تر { $max } پورې شمېرې په سم ترتیب او د فاصلې سره ولیکئ (د بېلګې په توګه: 2 1 3)، یا که نه پوهېږئ 0.
error-not-regular-file = { $path } عادي فایل نه دی (لینک، فولډر، پایپ یا وسیله ده)، نو نه لوستل کېږي او نه بدلېږي.
error-file-too-large = { $path } د لوستلو لپاره ډېر لوی دی (حد په بایټ: { $limit }).
error-too-many-files = { $path } د لوستلو لپاره ډېر زیات فایلونه لري (حد: { $limit }).
error-not-a-session = { $path } دمخه شته او د دې ازموینې خوندي شوې ناسته نه ده. بل فایل وټاکئ، یا د بدلولو لپاره ‎--force‎ ورزیات کړئ.
error-session-in-use = { $path } اوس د بلې روانې ازموینې لخوا کارېږي.
error-no-saved-session = په { $path } کې هېڅ خوندي شوې ناسته ونه موندل شوه.
