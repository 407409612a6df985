# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Потрібен ключ адміністратора
serve-problem-admin-only-detail = Це може лише ключ адміністратора агенції (ключі, webhook, журнал аудиту); це ключ прийому.
cli-agency-opt-role = Роль першого ключа агенції: admin (типово; також керує ключами, webhook і журналом аудиту) або intake
