# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Admin key needed
serve-problem-admin-only-detail = Only an agency's admin key may do this (keys, webhooks, the audit log); this is an intake key.
cli-agency-opt-role = Role of the agency's first key: admin (default; may also manage keys, webhooks and the audit log) or intake
