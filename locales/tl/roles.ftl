# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Kailangan ang admin key
serve-problem-admin-only-detail = Admin key lamang ng ahensya ang makagagawa nito (mga key, webhook, audit log); intake key ito.
cli-agency-opt-role = Tungkulin ng unang key ng ahensya: admin (default; namamahala rin ng mga key, webhook at audit log) o intake
