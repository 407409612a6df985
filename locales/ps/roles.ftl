# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = د مدیر کیلي اړینه ده
serve-problem-admin-only-detail = دا کار یوازې د ادارې د مدیر کیلي کولی شي (کیلي، {"\u2068"}webhook{"\u2069"}، د پلټنې لاګ)؛ دا د منلو کیلي ده.
cli-agency-opt-role = د ادارې د لومړۍ کیلي رول: {"\u2068"}admin{"\u2069"} (اصلي؛ کیلي، {"\u2068"}webhook{"\u2069"} او د پلټنې لاګ هم اداره کوي) یا {"\u2068"}intake{"\u2069"}
