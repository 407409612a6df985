# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = መፍትሕ ኣመሓዳሪ የድሊ
serve-problem-admin-only-detail = እዚ ክገብሮ ዝኽእል መፍትሕ ኣመሓዳሪ ናይቲ ትካል ጥራይ እዩ (መፍትሕታት፣ webhook፣ መዝገብ ምርመራ)፤ እዚ መፍትሕ ምቕባል እዩ።
cli-agency-opt-role = ተራ ቀዳማይ መፍትሕ ናይቲ ትካል፦ admin (ንቡር፤ መፍትሕታት፣ webhook ከምኡ'ውን መዝገብ ምርመራ ከኣ የመሓድር) ወይ intake
