# Content limits, session files and answer input (fr). Machine-drafted.
load-error-too-big = le fichier est trop grand ou trop imbriqué pour être lu ({ $detail })
load-error-implausible = paramètre IRT hors de son intervalle plausible ({ $detail })
cli-assess-opt-force = Remplacer le fichier de --save même s'il n'est pas une session enregistrée
assess-how-to-answer = Répondez avec le numéro de votre choix, puis appuyez sur Entrée. 0 = Je ne sais pas. q = arrêter (vos réponses sont gardées).
assess-saving-to = Vos réponses sont enregistrées dans { $file }
assess-resume-hint = Pour continuer plus tard, lancez : nln assess --resume { $file }
assess-interrupted = Le test a été interrompu.
assess-type-number = Tapez un numéro de 1 à { $max }, ou 0 si vous ne savez pas, puis appuyez sur Entrée.
assess-type-order = Tapez les numéros de 1 à { $max } dans le bon ordre, séparés par des espaces (par exemple : 2 1 3), ou 0 si vous ne savez pas.
error-not-regular-file = { $path } n'est pas un fichier ordinaire (c'est un lien, un dossier, un tube ou un périphérique) : il n'est ni lu ni remplacé.
error-file-too-large = { $path } est trop grand pour être lu (limite en octets : { $limit }).
error-too-many-files = { $path } contient trop de fichiers pour être lu (limite : { $limit }).
error-not-a-session = { $path } existe déjà et n'est pas une session enregistrée de ce test. Choisissez un autre fichier, ou ajoutez --force pour le remplacer.
error-session-in-use = { $path } est utilisé par un autre test en cours.
error-no-saved-session = Aucune session enregistrée n'a été trouvée dans { $path }.
