# Sealed session files (the CLI's session key).
error-session-key = هغه کلي نه شي کارېدای چې خوندي شوې ناستې ساتي ({ $path }): { $reason }
error-session-key-damaged = د کلي فایل خراب شوی؛ ړنګ یې کړئ چې نوی جوړ شي (بیا هغه ناستې نه شي دوام کولی چې په زاړه کلي خوندي شوې وې)
error-no-data-folder = د دې کارن حساب د معلوماتو فولډر نه لري (HOME یا XDG_DATA_HOME وټاکئ)
session-seal-hint = خوندي شوې ناسته یوازې بې بدلونه، او یوازې د هغه کارن حساب لخوا دوام کولی شي چې خوندي کړې یې وه.
