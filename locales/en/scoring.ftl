# Sealed session files (the CLI's session key).
error-session-key = Cannot use the key that protects saved sessions ({ $path }): { $reason }
error-session-key-damaged = the key file is damaged; delete it to make a new one (sessions saved under the old key can then no longer be resumed)
error-no-data-folder = this user account has no data folder (set HOME or XDG_DATA_HOME)
session-seal-hint = A saved session can be resumed only unchanged, and only by the user account that saved it.
