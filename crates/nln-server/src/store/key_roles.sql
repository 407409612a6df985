-- nln-server schema, version 5: each API key has a role. `admin` keys administer the agency
-- (keys, webhooks, the audit log); `intake` keys run sessions and read results. Keys made
-- before roles existed could do everything, so they become admin keys: nothing that worked
-- stops working, and the agency narrows them by adding intake keys and revoking old ones.
ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'admin';
