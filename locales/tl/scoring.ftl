# Sealed session files (the CLI's session key).
error-session-key = Hindi magamit ang susing nagpoprotekta sa mga naka-save na session ({ $path }): { $reason }
error-session-key-damaged = sira ang file ng susi; burahin ito para gumawa ng bago (hindi na maipagpapatuloy ang mga session na na-save gamit ang lumang susi)
error-no-data-folder = walang data folder ang user account na ito (itakda ang HOME o XDG_DATA_HOME)
session-seal-hint = Maipagpapatuloy lamang ang naka-save na session kung hindi ito binago, at ng user account lamang na nag-save nito.
