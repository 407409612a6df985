# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Se necesita una clave de administración
serve-problem-admin-only-detail = Solo una clave de administración de la agencia puede hacer esto (claves, webhooks, registro de auditoría); esta es una clave de admisión.
cli-agency-opt-role = Rol de la primera clave de la agencia: admin (predeterminado; también gestiona claves, webhooks y el registro de auditoría) o intake
