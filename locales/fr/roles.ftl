# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Clé d’administration requise
serve-problem-admin-only-detail = Seule une clé d’administration de l’agence peut faire ceci (clés, webhooks, journal d’audit) ; cette clé est une clé d’accueil.
cli-agency-opt-role = Rôle de la première clé de l’agence : admin (par défaut ; gère aussi les clés, les webhooks et le journal d’audit) ou intake
