# French: translated from en.ftl

## announce
announce-early-body = Le tracker demande d'attendre encore { $secs } secondes. Annoncer plus tôt pourrait être retenu contre vous.
announce-early-title = Annoncer avant que le tracker ne l'autorise ?
announce-now = Annoncer maintenant
announce-when-allowed = Dès que c'est permis

## cell
cell-default-client = par défaut
cell-no = non
cell-none = aucune
cell-trackers-interval = du tracker
cell-yes = oui

## col
col-added_on = Ajouté le
col-announce_interval = Intervalle
col-client_profile = Se fait passer pour
col-comment = Commentaire
col-completed_on = Terminé le
col-created_by = Créé par
col-creation_date = Créé le
col-download_limit = Limite réception
col-download_rate = Vitesse réception
col-download_speed = Réception réglée
col-eta = ETA
col-eta_threshold = ETA jusqu'au seuil
col-id = #
col-label = Étiquette
col-leechers = Pairs
col-name = Nom
col-next_update = Prochaine annonce
col-piece_count = Morceaux
col-piece_length = Taille des morceaux
col-private = Privé
col-progress = Progression
col-ratio = Ratio
col-seed_time = Temps de partage
col-seeders = Sources
col-session_downloaded = Reçu (session)
col-session_uploaded = Envoyé (session)
col-status = État
col-threshold = Seuil
col-total_downloaded = Téléchargé
col-total_size = Taille
col-total_uploaded = Envoyé
col-tracker = Tracker
col-upload_limit = Limite envoi
col-upload_rate = Vitesse envoi
col-upload_speed = Envoi réglé

## common
common-cancel = Annuler
common-dismiss = Fermer
common-ok = OK

## dash
dash-active = Actifs
dash-checking-error = Vérification / erreur
dash-download = Réception
dash-downloaded = Téléchargé (total)
dash-downloading = En téléchargement
dash-paused = En pause
dash-peers = Pairs
dash-ratio = Ratio
dash-seeding = En partage
dash-torrents = Torrents
dash-upload = Envoi
dash-uploaded = Envoyé (total)

## day
day-fri = ven.
day-mon = lun.
day-sat = sam.
day-sun = dim.
day-thu = jeu.
day-tue = mar.
day-wed = mer.

## details
details-select = Sélectionnez un torrent pour voir ses détails.
details-several = Plusieurs torrents sont sélectionnés : sélectionnez-en un pour voir ses détails.

## dialog
dialog-add-title = Ajouter des torrents
dialog-torrent-files = Fichiers torrent

## drop
drop-hint = Déposez des fichiers .torrent pour les ajouter
drop-ignored =
    { $count ->
        [one] { $count } fichier ignoré (pas un .torrent) : { $names }
       *[other] { $count } fichiers ignorés (pas des .torrent) : { $names }
    }
drop-ignored-more = { $names } et { $more } de plus

## edit
edit-down-limit-tip = Plafond de réception pour ce torrent, KiB/s (0 = aucun)
edit-down-speed-tip = Vitesse de réception simulée, KiB/s (faire glisser ou saisir)
edit-interval-tip = Intervalle d'annonce, en secondes (0 = celui du tracker ; jamais sous son minimum)
edit-threshold-tip = Progression à partir de laquelle l'envoi commence
edit-up-limit-tip = Plafond d'envoi pour ce torrent, KiB/s (0 = aucun)
edit-up-speed-tip = Vitesse d'envoi simulée, KiB/s (faire glisser ou saisir)

## ev
ev-added = Ajouté : { $name }
ev-alt-off = Limites de vitesse alternatives désactivées
ev-alt-off-schedule = Limites de vitesse alternatives désactivées (planification)
ev-alt-on = Limites de vitesse alternatives activées
ev-alt-on-schedule = Limites de vitesse alternatives activées (planning)
ev-completed = Terminé : { $name }
ev-settings-exported = Paramètres exportés vers { $path }
ev-settings-imported = Paramètres importés depuis { $path }
ev-settings-saved = Paramètres enregistrés
ev-tracker-error = Erreur du tracker pour { $name } : { $error }
ev-watch-added = Ajouté depuis le dossier surveillé : { $name }

## file
file-dialog-failed = Impossible d'ouvrir la boîte de dialogue de fichiers : { $error }

## graph
graph-download = Réception
graph-upload = Envoi

## incoming
incoming-address = Adresse
incoming-ago = il y a { $time }
incoming-client = Client
incoming-connected = Connecté
incoming-empty = Aucun pair n'est connecté à ce torrent. Les pairs nous trouvent grâce aux trackers auprès desquels nous annonçons.
incoming-handshaking = Poignée de main
incoming-last = Dernier message
incoming-messages = Messages reçus / envoyés
incoming-since = Depuis
incoming-state = État

## info
info-added-on = Ajouté le
info-bytes = { $size } ({ $bytes } octets)
info-comment = Commentaire
info-completed-on = Terminé le
info-created-by = Créé par
info-created-on = Créé le
info-downloaded = Téléchargé (session / total)
info-eta = ETA jusqu'au seuil / à la fin
info-files = Fichiers
info-graph-empty = Le graphique des vitesses se remplit pendant que le torrent tourne.
info-hash = Info-hash
info-name = Nom
info-next-announce = Prochaine annonce
info-pieces = Morceaux
info-private = Privé
info-progress = Progression
info-rates = Vitesse d'envoi / de réception
info-ratio = Ratio
info-seed-time = Temps de partage
info-set-speeds = Vitesses réglées
info-status = État
info-swarm = Sources / pairs
info-total-size = Taille totale
info-trackers-working = Trackers fonctionnels
info-uploaded = Envoyé (session / total)
info-uploading-from = Envoi à partir de
info-working = { $working } sur { $total }

## level
level-debug = débogage
level-error = erreur
level-info = info
level-warning = avertissement

## log
log-added-restored = Ajouté : { $name } (totaux restaurés)
log-empty = Rien n'a encore été journalisé pour ce torrent.
log-forced-complete = Terminé de force : { $name }
log-ledger-failed = Impossible d'enregistrer la comptabilité : { $error }
log-listening = En écoute des pairs sur le port { $port }
log-no-match = Aucune ligne du journal ne correspond.
log-paused = En pause : { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent se fait maintenant passer pour { $who }
       *[other] { $count } torrents se font maintenant passer pour { $who }
    }
log-progress-set = Progression réglée à { $percent } % : { $name }
log-recheck-done = Revérification terminée : { $name }
log-rechecking = Revérification : { $name }
log-removed = Retiré : { $name }
log-renamed = Renommé : { $old } -> { $name }
log-resumed = Repris : { $name }
log-seeding-profile = Profil de partage : { $name }
log-selected-only = seulement les torrents sélectionnés
log-show-from = Afficher à partir du niveau :
log-trackers-changed = Trackers modifiés : { $count } maintenant
log-watching = Surveillance de { $path }

## menu
menu-add-tracker = Ajouter un tracker…
menu-announce = Annoncer maintenant
menu-copy = Copier
menu-copy-hash = Info-hash
menu-copy-magnet = Lien magnet
menu-copy-name = Nom
menu-copy-tracker = URL du tracker
menu-default-client = Le client par défaut
menu-edit-tracker = Modifier
menu-force-complete = Forcer l'achèvement
menu-label = Définir l'étiquette…
menu-pause = Mettre en pause
menu-pose-as = Se faire passer pour
menu-properties = Propriétés
menu-queue = File d'attente
menu-queue-bottom = Déplacer en bas
menu-queue-down = Descendre
menu-queue-top = Déplacer en haut
menu-queue-up = Monter
menu-random-progress = Définir une progression aléatoire
menu-recheck = Forcer une revérification
menu-remove = Retirer…
menu-remove-tracker = Retirer
menu-remove-with-file = Retirer avec la copie du .torrent…
menu-rename = Renommer…
menu-reset-limits = Revenir à aucune limite
menu-resume = Reprendre
menu-set-download-limit = Définir la limite de réception…
menu-set-upload-limit = Définir la limite d'envoi…
menu-speed-limits = Limites de vitesse
menu-trackers = Trackers

## mon
mon-collecting = Collecte du premier échantillon…
mon-connections = Connexions
mon-counts = Threads, descripteurs, torrents, connexions
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Descripteurs
mon-every = Un échantillon toutes les { $secs } s ; les chiffres réseau couvrent toutes les interfaces de cette machine.
mon-fds = Descripteurs de fichiers
mon-in = Entrant
mon-memory = Mémoire
mon-net-in = Réseau entrant
mon-net-out = Réseau sortant
mon-network = Réseau
mon-out = Sortant
mon-received = Reçu (total)
mon-rss = Mémoire (RSS)
mon-rss-line = RSS
mon-sent = Envoyé (total)
mon-threads = Threads
mon-torrents = Torrents

## notice
notice-already-added = { $file } : { $name } est déjà ajouté
notice-cannot-listen = Impossible d'écouter les pairs sur { $addr } : { $error }
notice-cannot-watch = Impossible de surveiller { $path } : { $error }
notice-copy-failed = { $file } : impossible d'en garder une copie : { $error }
notice-error = Erreur
notice-export-failed = Impossible d'exporter les paramètres vers { $path } : { $error }
notice-import-failed = Paramètres non importés depuis { $path } : { $error }
notice-list-failed = Impossible de lister le dossier des torrents : { $error }
notice-not-loaded = Non chargé : { $error }
notice-not-renamed = Non renommé : un nom doit compter de 1 à { $max } caractères sur une seule ligne
notice-note = Remarque
notice-settings-failed = Impossible d'enregistrer les paramètres : { $error }
notice-settings-refused = Paramètres non enregistrés : { $why }
notice-unknown-profile = Profil de partage inconnu : { $name }
notice-warning = Avertissement
notice-watch-delete-failed = Ajouté, mais impossible de supprimer { $path } : { $error }

## opt
opt-bottom-centre = En bas au centre
opt-bottom-left = En bas à gauche
opt-bottom-right = En bas à droite
opt-close-ask = Demander tant que des torrents tournent
opt-close-minimize = Réduire et continuer à partager (Ctrl+Q quitte)
opt-close-quit = Quitter
opt-comfortable = Confortable
opt-compact = Compacte
opt-dark = Sombre
opt-every-n-minutes = Toutes les N minutes
opt-every-step = À chaque pas
opt-folder-hint = /chemin/vers/dossier
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui ne sait pas encore mettre en page entièrement cette écriture : le texte de droite à gauche s'affiche de gauche à droite sans lettres liées, et les conjointes indiennes ne sont pas formées. La traduction est complète ; les formes sont une limite d'egui.
opt-light = Clair
opt-log-normal = Log-normale
opt-none = Aucun
opt-off = Désactivé
opt-on-announce = À chaque annonce
opt-pareto = Pareto
opt-power-law = Loi de puissance
opt-random = Aléatoire
opt-random-tip = Un port dans 49152..=65535
opt-socks5 = SOCKS5
opt-system = Comme le système
opt-system-language = La langue du système
opt-top-centre = En haut au centre
opt-top-left = En haut à gauche
opt-top-right = En haut à droite

## options
options-apply-label = Appliquer l'étiquette
options-apply-name = Appliquer le nom
options-label = Étiquette
options-name = Nom
options-read-only = Lecture seule : les options se modifient dans l'application.
options-running = En cours

## peers
peers-address = Adresse
peers-client = Client
peers-empty = Aucun pair pour l'instant : ils apparaissent quand un tracker en fournit en réponse à une annonce.
peers-from = Du tracker

## profile
profile-aggressive = agressif
profile-balanced = équilibré
profile-conservative = prudent
profile-custom = personnalisé

## prompt
prompt-add-tracker = Ajouter l'URL d'un tracker
prompt-bad-url = L'URL d'un tracker commence par http://, https:// ou udp://
prompt-down-limit = Limite de réception (KiB/s, 0 = aucune)
prompt-edit-tracker = Modifier l'URL du tracker
prompt-empty-name = Un nom ne peut pas être vide
prompt-label = Définir l'étiquette
prompt-not-a-number = { $text } n'est pas un nombre entier de KiB/s (0 = aucune)
prompt-rename = Renommer le torrent
prompt-up-limit = Limite d'envoi (KiB/s, 0 = aucune)
quit-body = { $count ->
        [one] Un torrent est en cours.
       *[other] { $count } torrents sont en cours.
    } Leurs trackers seront informés de leur arrêt.
quit-minimize = Réduire plutôt
quit-quit = Quitter
quit-title = Quitter dfakeseeder ?

## remove
remove-also-file = Supprimer aussi le fichier .torrent copié
remove-title =
    { $count ->
        [one] Retirer { $count } torrent ?
       *[other] Retirer { $count } torrents ?
    }
remove-yes = Oui, retirer

## search
search-hint = une partie d'un nom
search-label = Rechercher :

## set
set-bittorrent-announce_interval_seconds = Intervalle d'annonce (0 = celui du tracker)
set-bittorrent-numwant = Pairs à demander (0 = comme le client)
set-bittorrent-scrape_interval_seconds = Intervalle de scrape (à partir du prochain scrape)
set-client_profile = Se faire passer pour (au redémarrage)
set-close_action = À la fermeture de la fenêtre
set-connection-listening_port = Port d'écoute (au redémarrage)
set-connection-max_global_connections = Connexions de pairs au maximum (au redémarrage)
set-connection-max_per_torrent = Maximum par torrent (au redémarrage)
set-download_speed = Vitesse de réception des nouveaux torrents
set-language = Langue
set-logging-level = Fichier journal : niveau minimal écrit
set-logging-log_to_file = Écrire un fichier journal (logs/dfakeseeder.log dans le dossier de configuration)
set-logging-max_files = Fichier journal : anciens fichiers conservés
set-logging-max_size_mb = Fichier journal : en commencer un nouveau à
set-notification_settings-desktop_notifications = Aussi sur le bureau (terminés, avertissements, erreurs)
set-notification_settings-enabled = Afficher les notifications contextuelles
set-notification_settings-error_timeout_ms = Durée d'affichage des erreurs
set-notification_settings-info_timeout_ms = Durée d'affichage des informations (0 = jusqu'à fermeture)
set-notification_settings-max_visible = Nombre maximal à l'écran
set-notification_settings-position = Position
set-notification_settings-show_in_statusbar = Dernier événement dans la barre d'état
set-notification_settings-success_timeout_ms = Durée d'affichage des succès
set-notification_settings-warning_timeout_ms = Durée d'affichage des avertissements
set-peer_protocol-handshake_timeout_seconds = Délai de poignée de main (nouvelles connexions)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive toutes les (nouvelles connexions)
set-peer_protocol-message_read_timeout_seconds = Déconnecter un pair silencieux après (nouvelles connexions)
set-performance-network_interface = Écouter les pairs sur cette adresse (au redémarrage ; vide = toutes)
set-proxy-auth_enabled = Le proxy demande un nom d'utilisateur et un mot de passe
set-proxy-password = Mot de passe du proxy
set-proxy-port = Port du proxy
set-proxy-server = Hôte du proxy
set-proxy-type = Proxy pour le trafic des trackers
set-proxy-username = Nom d'utilisateur du proxy
set-remember_window_size = Mémoriser la taille et la position de la fenêtre (au redémarrage)
set-scheduler-days = Ces jours-là
set-scheduler-enabled = Passer aux limites alternatives selon un horaire
set-scheduler-end_hour = Planifié jusqu'à (avant le début : le lendemain)
set-scheduler-start_hour = Planifié à partir de
set-seeding_profile = Profil de partage
set-speed-alt_download_limit_kbps = Limite de réception alternative
set-speed-alt_upload_limit_kbps = Limite d'envoi alternative
set-speed-download_limit_kbps = Limite globale de réception (0 = aucune)
set-speed-enable_alternative_speeds = Utiliser les limites alternatives maintenant
set-speed-upload_limit_kbps = Limite globale d'envoi (0 = aucune)
set-speed_distribution-download-algorithm = Répartir les vitesses de réception
set-speed_distribution-download-custom_interval_minutes = Réception : toutes les N minutes
set-speed_distribution-download-redistribution_mode = Répartir à nouveau la réception
set-speed_distribution-download-spread_percentage = Dispersion de la réception
set-speed_distribution-download-stopped_max_percentage = Réception : torrents arrêtés, au plus
set-speed_distribution-download-stopped_min_percentage = Réception : torrents arrêtés, au moins
set-speed_distribution-upload-algorithm = Répartir les vitesses d'envoi
set-speed_distribution-upload-custom_interval_minutes = Envoi : toutes les N minutes
set-speed_distribution-upload-redistribution_mode = Répartir à nouveau l'envoi
set-speed_distribution-upload-spread_percentage = Dispersion de l'envoi
set-speed_distribution-upload-stopped_max_percentage = Envoi : torrents arrêtés, au plus
set-speed_distribution-upload-stopped_min_percentage = Envoi : torrents arrêtés, au moins
set-start_minimized = Démarrer réduit (au redémarrage)
set-storage-ledger_interval_seconds = Enregistrer la comptabilité toutes les (au redémarrage)
set-threshold = Les nouveaux torrents envoient à partir de
set-tickspeed = Pas de simulation
set-ui_settings-color_scheme = Couleurs
set-ui_settings-density = Densité
set-ui_settings-monitoring_refresh_interval = Échantillon de surveillance toutes les
set-upload_speed = Vitesse d'envoi des nouveaux torrents
set-watch_folder-delete_added_torrents = Supprimer les fichiers .torrent une fois ajoutés
set-watch_folder-enabled = Ajouter les torrents d'un dossier surveillé
set-watch_folder-path = Dossier surveillé

## settab
settab-advanced = Avancé
settab-bittorrent = BitTorrent
settab-connection = Connexion
settab-general = Général
settab-notifications = Notifications
settab-peer-protocol = Protocole pair
settab-speed = Vitesse

## settings
settings-apply = Appliquer
settings-discard = Abandonner les modifications
settings-export = Exporter les paramètres…
settings-import = Importer les paramètres…
settings-keep-editing = Continuer à modifier
settings-no-match = Aucun paramètre ne correspond.
settings-reset-all = Tous les paramètres par défaut
settings-reset-all-tip = Remet chaque paramètre à sa valeur par défaut (Appliquer pour conserver)
settings-reset-tab = Réinitialiser l'onglet
settings-reset-tip = Remet les paramètres de cet onglet à leurs valeurs par défaut (Appliquer pour conserver)
settings-save = Enregistrer
settings-search-hint = le nom ou la clé d'un paramètre
settings-title = Paramètres
settings-unsaved = Certains paramètres sont modifiés mais pas appliqués.

## sidebar
sidebar-clear = Effacer les filtres
sidebar-showing = Affichage : { $what } ({ $shown } sur { $total })
sidebar-states = États
sidebar-tracker-errors = Erreurs de tracker :
sidebar-trackers = Trackers

## state
state-active = Actifs
state-all = Tous
state-checking = Vérification
state-downloading = En téléchargement
state-error = Erreur
state-paused = En pause
state-seeding = En partage
state-trackerless = Sans tracker

## status
status-alt-off = Vitesse alt. : désactivée
status-alt-on = Vitesse alt. : activée
status-alt-tip = Cliquer pour activer ou désactiver les limites alternatives
status-checking = Vérification
status-down = Réception { $rate }
status-down-tip = Vitesse de réception, tous les torrents
status-downloading = En téléchargement
status-error = Erreur : { $reason }
status-limits = Limites actuelles : envoi { $up }, réception { $down }
status-not-listening = Pas à l'écoute des pairs
status-paused = En pause
status-peers = Pairs { $now } / { $max }
status-peers-tip = Pairs connectés à nous maintenant / au maximum
status-port = Port { $port }
status-seeding = En partage
status-session = Session : envoi { $up }, réception { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrents
        }
       *[other] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrents
        }, { $selected } { $selected ->
            [one] sélectionné
           *[other] sélectionnés
        }
    }
status-total = Total : envoi { $up }, réception { $down }
status-unlimited = sans limite
status-up = Envoi { $rate }
status-up-tip = Vitesse d'envoi, tous les torrents

## tab
tab-details = Détails
tab-files = Fichiers
tab-incoming = Entrants
tab-log = Journal du torrent
tab-options = Options
tab-peers = Pairs
tab-status = État
tab-trackers = Trackers

## table
table-columns = Colonnes
table-default-columns = Colonnes par défaut
table-empty = Déposez des fichiers .torrent ici ou appuyez sur Ajouter (Ctrl+O)
table-empty-viewer = Aucun torrent

## toolbar
toolbar-add = Ajouter
toolbar-add-tip = Ajouter des fichiers .torrent (Ctrl+O)
toolbar-announce = Annoncer
toolbar-announce-tip = Annoncer maintenant les torrents sélectionnés à leurs trackers (Ctrl+R)
toolbar-down-double = Réception ×2
toolbar-down-double-tip = Doubler la vitesse de réception de la sélection
toolbar-down-half = Réception ÷2
toolbar-down-half-tip = Diviser par deux la vitesse de réception de la sélection
toolbar-pause = Pause
toolbar-pause-all = Tout mettre en pause
toolbar-pause-all-tip = Mettre chaque torrent en pause
toolbar-pause-tip = Mettre en pause les torrents sélectionnés (Space pour basculer)
toolbar-queue-down = Descendre dans la file
toolbar-queue-down-tip = Descendre les torrents sélectionnés dans la file d'attente (Alt+Down)
toolbar-queue-up = Monter dans la file
toolbar-queue-up-tip = Monter les torrents sélectionnés dans la file d'attente (Alt+Up)
toolbar-remove = Retirer
toolbar-remove-tip = Retirer les torrents sélectionnés (Delete)
toolbar-resume = Reprendre
toolbar-resume-all = Tout reprendre
toolbar-resume-all-tip = Reprendre chaque torrent
toolbar-resume-tip = Reprendre les torrents sélectionnés (Space pour basculer)
toolbar-search = Rechercher
toolbar-search-tip = Rechercher des torrents par nom (Ctrl+F)
toolbar-select-first = Sélectionnez d'abord des torrents (clic, Ctrl+clic, Maj+clic, Ctrl+A)
toolbar-settings = Paramètres
toolbar-settings-tip = Ouvrir les paramètres (Ctrl+,)
toolbar-up-double = Envoi ×2
toolbar-up-double-tip = Doubler la vitesse d'envoi de la sélection
toolbar-up-half = Envoi ÷2
toolbar-up-half-tip = Diviser par deux la vitesse d'envoi de la sélection

## tracker
tracker-error = Erreur
tracker-not-contacted = Non contacté
tracker-standby = En attente
tracker-updating = Mise à jour…
tracker-working = Fonctionne

## trackers
trackers-ago = il y a { $time }
trackers-default-client = Par défaut ({ $name })
trackers-downloaded = Téléchargés
trackers-floor = jamais sous l'intervalle minimal du tracker ({ $secs } s)
trackers-floor-unknown = jamais sous l'intervalle minimal d'un tracker
trackers-in = dans { $time }
trackers-interval = Intervalle
trackers-interval-label = Intervalle d'annonce :
trackers-last = Dernière annonce
trackers-leechers = Leechers
trackers-message = Message
trackers-next = Prochaine annonce
trackers-none = Ce torrent n'a aucun tracker.
trackers-own = le mien
trackers-peers = Pairs
trackers-poses-as = se fait passer pour ce client
trackers-seeds = Sources
trackers-status = État
trackers-theirs = celui du tracker
trackers-tier = Niveau
trackers-url = URL

## val
val-choose-folder = choisissez un dossier à surveiller
val-empty-window = la plage se termine quand elle commence (elle serait vide)
val-hours = les heures sont dans 0..=23 et les minutes dans 0..=59
val-no-folder = { $path } n'est pas un dossier existant
val-not-an-address = { $text } n'est pas une adresse IP
val-not-port = 0 n'est pas un port (1..=65535)
val-outside = { $value } est hors de { $min }..={ $max }
val-proxy-auth = le nom d'utilisateur et le mot de passe font au plus 255 octets
val-proxy-host = un nom d'hôte ou une adresse est nécessaire
val-stopped = il faut 0 <= min <= max <= 100
val-unknown-language = langue inconnue : { $name }
val-unknown-profile = profil inconnu : { $name }

## view
view-dashboard = Tableau de bord
view-log = Journal
view-monitoring = Surveillance
view-torrents = Torrents

## viewer
viewer-connecting = Connexion…
viewer-live = En direct
viewer-live-polling = En direct (interrogation toutes les 2 s)
viewer-loading = Connexion à dfakeseeder…
viewer-login-busy = Connexion en cours…
viewer-login-failed = Échec de la connexion (HTTP { $status }).
viewer-login-intro = dfakeseeder demande qui vous êtes : saisissez le jeton affiché au démarrage, ou un nom d’utilisateur et un mot de passe.
viewer-login-password = Mot de passe
viewer-login-password-mode = Nom d’utilisateur et mot de passe
viewer-login-submit = Se connecter
viewer-login-throttled = Trop de tentatives : attendez une minute puis réessayez.
viewer-login-title = Se connecter à dfakeseeder
viewer-login-token = Jeton
viewer-login-token-mode = Jeton
viewer-login-unreachable = dfakeseeder n’a pas répondu : { $error }
viewer-login-username = Nom d’utilisateur
viewer-login-wrong = Jeton, nom d’utilisateur ou mot de passe incorrect.
viewer-offline = Hors ligne : aucune réponse de dfakeseeder depuis { $secs } s ; nouvel essai en cours.
viewer-read-only = Affichage en lecture seule
viewer-reconnecting = Reconnexion…

## web
settab-webui = Interface web
set-webui-enabled = Servir l’API web et la visionneuse
set-webui-localhost_only = Cet ordinateur seulement (écoute sur 127.0.0.1)
set-webui-interface = Adresse du serveur web
set-webui-port = Port du serveur web
set-webui-auth_enabled = Exiger une connexion (jeton ou mot de passe)
set-webui-username = Nom d’utilisateur web
set-webui-password_hash = Nouveau mot de passe web
set-webui-token = Jeton d’API
set-webui-allow_control = Autoriser le pilotage depuis le web (ajout, pause, suppression)
set-webui-https_enabled = Utiliser HTTPS
set-webui-https_cert_path = Certificat HTTPS (fichier PEM)
set-webui-https_key_path = Clé privée HTTPS (fichier PEM)
set-webui-session_timeout_minutes = Durée d’une connexion
set-webui-ban_after_failures = Bloquer une adresse après des connexions échouées
set-webui-allowed_hosts = Autres noms d’hôte (séparés par des virgules)
opt-web-no-password = aucun mot de passe défini
opt-web-password-set = un mot de passe est défini ; tapez pour le remplacer
opt-web-token-new = un nouveau jeton est créé à l’application
opt-web-rotate = Renouveler
opt-web-rotate-tip = Un nouveau jeton aléatoire à l’application ; l’ancien cesse de fonctionner
val-web-needs-auth = nécessaire quand le serveur écoute au-delà de cet ordinateur
val-web-choose-file = choisissez un fichier
val-web-username = 255 caractères au plus, sans caractères de contrôle
val-web-host = { $text } n’est pas un nom d’hôte
ev-web-serving = Interface web sur { $url }
ev-web-stopped = Interface web arrêtée
notice-web-failed = Le serveur web ne tourne pas : { $why }
web-refused-no-auth = Pas de service sur { $addr } sans connexion : activez l’authentification ou écoutez sur 127.0.0.1
web-refused-no-credentials = La connexion est exigée mais il n’y a ni jeton ni mot de passe
web-bind-failed = Impossible d’écouter sur { $addr } : { $error }
web-tls-read = Impossible de lire { $path } : { $error }
web-tls-bad = { $path } est inutilisable pour HTTPS : { $error }
