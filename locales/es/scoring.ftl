# Sealed session files (the CLI's session key).
error-session-key = No se puede usar la clave que protege las sesiones guardadas ({ $path }): { $reason }
error-session-key-damaged = el archivo de la clave está dañado; elimínelo para crear uno nuevo (las sesiones guardadas con la clave anterior ya no podrán reanudarse)
error-no-data-folder = esta cuenta de usuario no tiene carpeta de datos (defina HOME o XDG_DATA_HOME)
session-seal-hint = Una sesión guardada solo puede reanudarse sin cambios y solo desde la cuenta de usuario que la guardó.
