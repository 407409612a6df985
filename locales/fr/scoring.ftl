# Sealed session files (the CLI's session key).
error-session-key = Impossible d’utiliser la clé qui protège les séances enregistrées ({ $path }) : { $reason }
error-session-key-damaged = le fichier de clé est endommagé ; supprimez-le pour en créer un nouveau (les séances enregistrées avec l’ancienne clé ne pourront plus être reprises)
error-no-data-folder = ce compte utilisateur n’a pas de dossier de données (définissez HOME ou XDG_DATA_HOME)
session-seal-hint = Une séance enregistrée ne peut être reprise que sans modification, et seulement par le compte utilisateur qui l’a enregistrée.
