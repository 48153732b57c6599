# German: translated from en.ftl

## announce
announce-early-body = Der Tracker bittet, noch { $secs } Sekunden zu warten. Eine frühere Ankündigung kann Ihnen negativ angerechnet werden.
announce-early-title = Ankündigen, bevor der Tracker es erlaubt?
announce-now = Jetzt ankündigen
announce-when-allowed = Sobald erlaubt

## cell
cell-default-client = Standard
cell-no = nein
cell-none = keins
cell-trackers-interval = vom Tracker
cell-yes = ja

## col
col-added_on = Hinzugefügt am
col-announce_interval = Intervall
col-client_profile = Gibt sich aus als
col-comment = Kommentar
col-completed_on = Abgeschlossen am
col-created_by = Erstellt von
col-creation_date = Erstellt am
col-download_limit = Download-Limit
col-download_rate = Download-Rate
col-download_speed = Soll-Download
col-eta = ETA
col-eta_threshold = ETA bis Schwelle
col-id = #
col-label = Label
col-leechers = Peers
col-name = Name
col-next_update = Nächste Ankündigung
col-piece_count = Teile
col-piece_length = Teilgröße
col-private = Privat
col-progress = Fortschritt
col-ratio = Verhältnis
col-seed_time = Seed-Zeit
col-seeders = Seeds
col-session_downloaded = Download (Sitzung)
col-session_uploaded = Upload (Sitzung)
col-status = Status
col-threshold = Schwelle
col-total_downloaded = Heruntergeladen
col-total_size = Größe
col-total_uploaded = Hochgeladen
col-tracker = Tracker
col-upload_limit = Upload-Limit
col-upload_rate = Upload-Rate
col-upload_speed = Soll-Upload

## common
common-cancel = Abbrechen
common-dismiss = Schließen
common-ok = OK

## dash
dash-active = Aktiv
dash-checking-error = Prüfung / Fehler
dash-download = Download
dash-downloaded = Heruntergeladen (gesamt)
dash-downloading = Lädt herunter
dash-paused = Pausiert
dash-peers = Peers
dash-ratio = Verhältnis
dash-seeding = Seeding
dash-torrents = Torrents
dash-upload = Upload
dash-uploaded = Hochgeladen (gesamt)

## day
day-fri = Fr
day-mon = Mo
day-sat = Sa
day-sun = So
day-thu = Do
day-tue = Di
day-wed = Mi

## details
details-select = Wählen Sie einen Torrent aus, um seine Details zu sehen.
details-several = Mehrere Torrents sind ausgewählt: Wählen Sie einen aus, um seine Details zu sehen.

## dialog
dialog-add-title = Torrents hinzufügen
dialog-torrent-files = Torrent-Dateien

## drop
drop-hint = Dateien vom Typ .torrent hier ablegen, um sie hinzuzufügen
drop-ignored =
    { $count ->
        [one] { $count } Datei ignoriert (keine .torrent): { $names }
       *[other] { $count } Dateien ignoriert (keine .torrent): { $names }
    }
drop-ignored-more = { $names } und { $more } weitere

## edit
edit-down-limit-tip = Download-Obergrenze für diesen Torrent, KiB/s (0 = keine)
edit-down-speed-tip = Simulierte Download-Geschwindigkeit, KiB/s (ziehen oder eintippen)
edit-interval-tip = Ankündigungsintervall in Sekunden (0 = das des Trackers; nie unter dessen Minimum)
edit-threshold-tip = Fortschritt, ab dem das Hochladen beginnt
edit-up-limit-tip = Upload-Obergrenze für diesen Torrent, KiB/s (0 = keine)
edit-up-speed-tip = Simulierte Upload-Geschwindigkeit, KiB/s (ziehen oder eintippen)

## ev
ev-added = Hinzugefügt: { $name }
ev-alt-off = Alternative Geschwindigkeitslimits aus
ev-alt-off-schedule = Alternative Geschwindigkeitslimits aus (Zeitplan)
ev-alt-on = Alternative Geschwindigkeitslimits an
ev-alt-on-schedule = Alternative Geschwindigkeitslimits an (Zeitplan)
ev-completed = Abgeschlossen: { $name }
ev-settings-exported = Einstellungen exportiert nach { $path }
ev-settings-imported = Einstellungen importiert aus { $path }
ev-settings-saved = Einstellungen gespeichert
ev-tracker-error = Tracker-Fehler bei { $name }: { $error }
ev-watch-added = Aus dem überwachten Ordner hinzugefügt: { $name }

## file
file-dialog-failed = Der Dateidialog konnte nicht geöffnet werden: { $error }

## graph
graph-download = Download
graph-upload = Upload

## incoming
incoming-address = Adresse
incoming-ago = vor { $time }
incoming-client = Client
incoming-connected = Verbunden
incoming-empty = Kein Peer ist mit diesem Torrent verbunden. Peers finden uns über die Tracker, bei denen wir uns ankündigen.
incoming-handshaking = Handshake läuft
incoming-last = Letzte Nachricht
incoming-messages = Nachrichten ein / aus
incoming-since = Seit
incoming-state = Zustand

## info
info-added-on = Hinzugefügt am
info-bytes = { $size } ({ $bytes } Bytes)
info-comment = Kommentar
info-completed-on = Abgeschlossen am
info-created-by = Erstellt von
info-created-on = Erstellt am
info-downloaded = Heruntergeladen (Sitzung / gesamt)
info-eta = ETA bis Schwelle / Abschluss
info-files = Dateien
info-graph-empty = Das Geschwindigkeitsdiagramm füllt sich, während der Torrent läuft.
info-hash = Info-Hash
info-name = Name
info-next-announce = Nächste Ankündigung
info-pieces = Teile
info-private = Privat
info-progress = Fortschritt
info-rates = Upload- / Download-Rate
info-ratio = Verhältnis
info-seed-time = Seed-Zeit
info-set-speeds = Eingestellte Geschwindigkeiten
info-status = Status
info-swarm = Seeds / Peers
info-total-size = Gesamtgröße
info-trackers-working = Funktionierende Tracker
info-uploaded = Hochgeladen (Sitzung / gesamt)
info-uploading-from = Hochladen ab
info-working = { $working } von { $total }

## level
level-debug = Debug
level-error = Fehler
level-info = Info
level-warning = Warnung

## log
log-added-restored = Hinzugefügt: { $name } (Summen wiederhergestellt)
log-empty = Für diesen Torrent wurde noch nichts protokolliert.
log-forced-complete = Als vollständig erzwungen: { $name }
log-ledger-failed = Die Buchführung konnte nicht gespeichert werden: { $error }
log-listening = Warte an Port { $port } auf Peers
log-no-match = Keine Protokollzeile passt.
log-paused = Pausiert: { $name }
log-pose-as =
    { $count ->
        [one] { $count } Torrent gibt sich jetzt als { $who } aus
       *[other] { $count } Torrents geben sich jetzt als { $who } aus
    }
log-progress-set = Fortschritt auf { $percent } % gesetzt: { $name }
log-recheck-done = Erneute Prüfung abgeschlossen: { $name }
log-rechecking = Erneute Prüfung: { $name }
log-removed = Entfernt: { $name }
log-renamed = Umbenannt: { $old } -> { $name }
log-resumed = Fortgesetzt: { $name }
log-seeding-profile = Seeding-Profil: { $name }
log-selected-only = nur die ausgewählten Torrents
log-show-from = Anzeigen ab Stufe:
log-trackers-changed = Tracker geändert: jetzt { $count }
log-watching = Überwache { $path }

## menu
menu-add-tracker = Tracker hinzufügen…
menu-announce = Jetzt ankündigen
menu-copy = Kopieren
menu-copy-hash = Info-Hash
menu-copy-magnet = Magnet-Link
menu-copy-name = Name
menu-copy-tracker = Tracker-URL
menu-default-client = Der Standard-Client
menu-edit-tracker = Bearbeiten
menu-force-complete = Als vollständig erzwingen
menu-label = Label setzen…
menu-pause = Pausieren
menu-pose-as = Ausgeben als
menu-properties = Eigenschaften
menu-queue = Warteschlange
menu-queue-bottom = Ans Ende verschieben
menu-queue-down = Nach unten verschieben
menu-queue-top = An den Anfang verschieben
menu-queue-up = Nach oben verschieben
menu-random-progress = Zufälligen Fortschritt setzen
menu-recheck = Erneute Prüfung erzwingen
menu-remove = Entfernen…
menu-remove-tracker = Entfernen
menu-remove-with-file = Mit .torrent-Kopie entfernen…
menu-rename = Umbenennen…
menu-reset-limits = Auf unbegrenzt zurücksetzen
menu-resume = Fortsetzen
menu-set-download-limit = Download-Limit setzen…
menu-set-upload-limit = Upload-Limit setzen…
menu-speed-limits = Geschwindigkeitslimits
menu-trackers = Tracker

## mon
mon-collecting = Erste Messung wird erfasst…
mon-connections = Verbindungen
mon-counts = Threads, Deskriptoren, Torrents, Verbindungen
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Deskriptoren
mon-every = Eine Messung alle { $secs } s; die Netzwerkwerte umfassen alle Schnittstellen dieses Rechners.
mon-fds = Dateideskriptoren
mon-in = Ein
mon-memory = Speicher
mon-net-in = Netzwerk ein
mon-net-out = Netzwerk aus
mon-network = Netzwerk
mon-out = Aus
mon-received = Empfangen (gesamt)
mon-rss = Speicher (RSS)
mon-rss-line = RSS
mon-sent = Gesendet (gesamt)
mon-threads = Threads
mon-torrents = Torrents

## notice
notice-already-added = { $file }: { $name } ist bereits hinzugefügt
notice-cannot-listen = Kann an { $addr } nicht auf Peers warten: { $error }
notice-cannot-watch = Kann { $path } nicht überwachen: { $error }
notice-copy-failed = { $file }: Kopie konnte nicht behalten werden: { $error }
notice-error = Fehler
notice-export-failed = Die Einstellungen konnten nicht nach { $path } exportiert werden: { $error }
notice-import-failed = Einstellungen nicht aus { $path } importiert: { $error }
notice-list-failed = Der Torrent-Ordner konnte nicht aufgelistet werden: { $error }
notice-not-loaded = Nicht geladen: { $error }
notice-not-renamed = Nicht umbenannt: Ein Name braucht 1 bis { $max } Zeichen in einer Zeile
notice-note = Hinweis
notice-settings-failed = Die Einstellungen konnten nicht gespeichert werden: { $error }
notice-settings-refused = Einstellungen nicht gespeichert: { $why }
notice-unknown-profile = Unbekanntes Seeding-Profil { $name }
notice-warning = Warnung
notice-watch-delete-failed = Hinzugefügt, aber { $path } konnte nicht gelöscht werden: { $error }

## opt
opt-bottom-centre = Unten mittig
opt-bottom-left = Unten links
opt-bottom-right = Unten rechts
opt-close-ask = Nachfragen, solange Torrents laufen
opt-close-minimize = Minimieren und weiter seeden (Strg+Q beendet)
opt-close-quit = Beenden
opt-comfortable = Komfortabel
opt-compact = Kompakt
opt-dark = Dunkel
opt-every-n-minutes = Alle N Minuten
opt-every-step = Bei jedem Schritt
opt-folder-hint = /pfad/zum/ordner
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui kann diese Schrift noch nicht vollständig darstellen: Text von rechts nach links erscheint von links nach rechts und ohne verbundene Buchstaben, indische Ligaturen werden nicht gebildet. Die Übersetzung ist vollständig; die Formen sind eine Grenze von egui.
opt-light = Hell
opt-log-normal = Log-normal
opt-none = Keiner
opt-off = Aus
opt-on-announce = Bei jeder Ankündigung
opt-pareto = Pareto
opt-power-law = Potenzgesetz
opt-random = Zufällig
opt-random-tip = Ein Port in 49152..=65535
opt-socks5 = SOCKS5
opt-system = Wie das System
opt-system-language = Die Sprache des Systems
opt-top-centre = Oben mittig
opt-top-left = Oben links
opt-top-right = Oben rechts

## options
options-apply-label = Label übernehmen
options-apply-name = Name übernehmen
options-label = Label
options-name = Name
options-read-only = Nur lesen: Die Optionen werden in der App geändert.
options-running = Läuft

## peers
peers-address = Adresse
peers-client = Client
peers-empty = Noch keine Peers: Sie erscheinen, wenn ein Tracker eine Ankündigung mit welchen beantwortet.
peers-from = Vom Tracker

## profile
profile-aggressive = aggressiv
profile-balanced = ausgewogen
profile-conservative = zurückhaltend
profile-custom = benutzerdefiniert

## prompt
prompt-add-tracker = Tracker-URL hinzufügen
prompt-bad-url = Eine Tracker-URL beginnt mit http://, https:// oder udp://
prompt-down-limit = Download-Limit (KiB/s, 0 = keins)
prompt-edit-tracker = Tracker-URL bearbeiten
prompt-empty-name = Ein Name darf nicht leer sein
prompt-label = Label setzen
prompt-not-a-number = { $text } ist keine ganze Zahl von KiB/s (0 = keins)
prompt-rename = Torrent umbenennen
prompt-up-limit = Upload-Limit (KiB/s, 0 = keins)
quit-body = { $count ->
        [one] Ein Torrent läuft.
       *[other] { $count } Torrents laufen.
    } Ihren Trackern wird mitgeteilt, dass sie angehalten wurden.
quit-minimize = Stattdessen minimieren
quit-quit = Beenden
quit-title = dfakeseeder beenden?

## remove
remove-also-file = Auch die kopierte .torrent-Datei löschen
remove-title =
    { $count ->
        [one] { $count } Torrent entfernen?
       *[other] { $count } Torrents entfernen?
    }
remove-yes = Ja, entfernen

## search
search-hint = Teil eines Namens
search-label = Suche:

## set
set-bittorrent-announce_interval_seconds = Ankündigungsintervall (0 = das des Trackers)
set-bittorrent-numwant = Anzufragende Peers (0 = wie der Client)
set-bittorrent-scrape_interval_seconds = Scrape-Intervall (ab dem nächsten Scrape)
set-client_profile = Ausgeben als (nach Neustart)
set-close_action = Beim Schließen des Fensters
set-connection-listening_port = Eingehender Port (nach Neustart)
set-connection-max_global_connections = Max. Peer-Verbindungen (nach Neustart)
set-connection-max_per_torrent = Max. pro Torrent (nach Neustart)
set-download_speed = Download-Geschwindigkeit neuer Torrents
set-language = Sprache
set-logging-level = Logdatei: niedrigste geschriebene Stufe
set-logging-log_to_file = Logdatei schreiben (logs/dfakeseeder.log im Konfigurationsordner)
set-logging-max_files = Logdatei: aufbewahrte alte Dateien
set-logging-max_size_mb = Logdatei: neue beginnen ab
set-notification_settings-desktop_notifications = Auch auf dem Desktop (abgeschlossen, Warnungen, Fehler)
set-notification_settings-enabled = Einblendungen anzeigen
set-notification_settings-error_timeout_ms = Fehler bleiben sichtbar
set-notification_settings-info_timeout_ms = Informationen bleiben sichtbar (0 = bis zum Schließen)
set-notification_settings-max_visible = Höchstens gleichzeitig sichtbar
set-notification_settings-position = Position
set-notification_settings-show_in_statusbar = Neuestes Ereignis in der Statusleiste
set-notification_settings-success_timeout_ms = Erfolg bleibt sichtbar
set-notification_settings-warning_timeout_ms = Warnung bleibt sichtbar
set-peer_protocol-handshake_timeout_seconds = Handshake-Zeitlimit (neue Verbindungen)
set-peer_protocol-keep_alive_interval_seconds = Keep-Alive alle (neue Verbindungen)
set-peer_protocol-message_read_timeout_seconds = Stummen Peer trennen nach (neue Verbindungen)
set-performance-network_interface = Auf Peers an dieser Adresse warten (nach Neustart; leer = alle)
set-proxy-auth_enabled = Proxy benötigt Benutzername und Passwort
set-proxy-password = Proxy-Passwort
set-proxy-port = Proxy-Port
set-proxy-server = Proxy-Host
set-proxy-type = Proxy für Tracker-Verkehr
set-proxy-username = Proxy-Benutzername
set-remember_window_size = Fenstergröße und -position merken (nach Neustart)
set-scheduler-days = An diesen Tagen
set-scheduler-enabled = Nach Zeitplan auf die alternativen Limits umschalten
set-scheduler-end_hour = Geplant bis (vor dem Beginn: am nächsten Tag)
set-scheduler-start_hour = Geplant ab
set-seeding_profile = Seeding-Profil
set-speed-alt_download_limit_kbps = Alternatives Download-Limit
set-speed-alt_upload_limit_kbps = Alternatives Upload-Limit
set-speed-download_limit_kbps = Globales Download-Limit (0 = keins)
set-speed-enable_alternative_speeds = Jetzt die alternativen Limits verwenden
set-speed-upload_limit_kbps = Globales Upload-Limit (0 = keins)
set-speed_distribution-download-algorithm = Download-Geschwindigkeiten verteilen
set-speed_distribution-download-custom_interval_minutes = Download: alle N Minuten
set-speed_distribution-download-redistribution_mode = Download neu verteilen
set-speed_distribution-download-spread_percentage = Download-Streuung
set-speed_distribution-download-stopped_max_percentage = Download: angehaltene Torrents, höchstens
set-speed_distribution-download-stopped_min_percentage = Download: angehaltene Torrents, mindestens
set-speed_distribution-upload-algorithm = Upload-Geschwindigkeiten verteilen
set-speed_distribution-upload-custom_interval_minutes = Upload: alle N Minuten
set-speed_distribution-upload-redistribution_mode = Upload neu verteilen
set-speed_distribution-upload-spread_percentage = Upload-Streuung
set-speed_distribution-upload-stopped_max_percentage = Upload: angehaltene Torrents, höchstens
set-speed_distribution-upload-stopped_min_percentage = Upload: angehaltene Torrents, mindestens
set-start_minimized = Minimiert starten (nach Neustart)
set-storage-ledger_interval_seconds = Buchführung speichern alle (nach Neustart)
set-threshold = Neue Torrents: Hochladen ab
set-tickspeed = Simulationsschritt
set-ui_settings-color_scheme = Farben
set-ui_settings-density = Dichte
set-ui_settings-monitoring_refresh_interval = Überwachungsmessung alle
set-upload_speed = Upload-Geschwindigkeit neuer Torrents
set-watch_folder-delete_added_torrents = Die .torrent-Dateien nach dem Hinzufügen löschen
set-watch_folder-enabled = Torrents aus einem überwachten Ordner hinzufügen
set-watch_folder-path = Überwachter Ordner

## settab
settab-advanced = Erweitert
settab-bittorrent = BitTorrent
settab-connection = Verbindung
settab-general = Allgemein
settab-notifications = Benachrichtigungen
settab-peer-protocol = Peer-Protokoll
settab-speed = Geschwindigkeit

## settings
settings-apply = Übernehmen
settings-discard = Änderungen verwerfen
settings-export = Einstellungen exportieren…
settings-import = Einstellungen importieren…
settings-keep-editing = Weiter bearbeiten
settings-no-match = Keine Einstellung passt.
settings-reset-all = Alle Einstellungen auf Standard
settings-reset-all-tip = Jede Einstellung auf ihren Standardwert zurück (Übernehmen zum Behalten)
settings-reset-tab = Reiter zurücksetzen
settings-reset-tip = Die Einstellungen dieses Reiters auf ihre Standardwerte zurück (Übernehmen zum Behalten)
settings-save = Speichern
settings-search-hint = Name oder Schlüssel einer Einstellung
settings-title = Einstellungen
settings-unsaved = Einige Einstellungen sind geändert, aber nicht übernommen.

## sidebar
sidebar-clear = Filter zurücksetzen
sidebar-showing = Angezeigt: { $what } ({ $shown } von { $total })
sidebar-states = Zustände
sidebar-tracker-errors = Tracker-Fehler:
sidebar-trackers = Tracker

## state
state-active = Aktiv
state-all = Alle
state-checking = Prüfung
state-downloading = Lädt herunter
state-error = Fehler
state-paused = Pausiert
state-seeding = Seeding
state-trackerless = Ohne Tracker

## status
status-alt-off = Alt. Geschwindigkeit: aus
status-alt-on = Alt. Geschwindigkeit: an
status-alt-tip = Klicken, um die alternativen Limits ein- oder auszuschalten
status-checking = Prüfung
status-down = Download { $rate }
status-down-tip = Download-Rate, alle Torrents
status-downloading = Lädt herunter
status-error = Fehler: { $reason }
status-limits = Aktuelle Limits: Upload { $up }, Download { $down }
status-not-listening = Nicht empfangsbereit für Peers
status-paused = Pausiert
status-peers = Peers { $now } / { $max }
status-peers-tip = Jetzt mit uns verbundene Peers / höchstens
status-port = Port { $port }
status-seeding = Seeding
status-session = Sitzung: Upload { $up }, Download { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } Torrent
           *[other] { $count } Torrents
        }
       *[other] { $count ->
            [one] { $count } Torrent
           *[other] { $count } Torrents
        }, { $selected } ausgewählt
    }
status-total = Gesamt: Upload { $up }, Download { $down }
status-unlimited = unbegrenzt
status-up = Upload { $rate }
status-up-tip = Upload-Rate, alle Torrents

## tab
tab-details = Details
tab-files = Dateien
tab-incoming = Eingehend
tab-log = Torrent-Protokoll
tab-options = Optionen
tab-peers = Peers
tab-status = Status
tab-trackers = Tracker

## table
table-columns = Spalten
table-default-columns = Standardspalten
table-empty = Dateien vom Typ .torrent hier ablegen oder Hinzufügen drücken (Ctrl+O)
table-empty-viewer = Keine Torrents

## toolbar
toolbar-add = Hinzufügen
toolbar-add-tip = Dateien vom Typ .torrent hinzufügen (Ctrl+O)
toolbar-announce = Ankündigen
toolbar-announce-tip = Die ausgewählten Torrents jetzt bei ihren Trackern ankündigen (Ctrl+R)
toolbar-down-double = Download ×2
toolbar-down-double-tip = Download-Geschwindigkeit der Auswahl verdoppeln
toolbar-down-half = Download ÷2
toolbar-down-half-tip = Download-Geschwindigkeit der Auswahl halbieren
toolbar-pause = Pausieren
toolbar-pause-all = Alle pausieren
toolbar-pause-all-tip = Jeden Torrent pausieren
toolbar-pause-tip = Die ausgewählten Torrents pausieren (Space schaltet um)
toolbar-queue-down = In Warteschlange nach unten
toolbar-queue-down-tip = Die ausgewählten Torrents in der Warteschlange nach unten verschieben (Alt+Down)
toolbar-queue-up = In Warteschlange nach oben
toolbar-queue-up-tip = Die ausgewählten Torrents in der Warteschlange nach oben verschieben (Alt+Up)
toolbar-remove = Entfernen
toolbar-remove-tip = Die ausgewählten Torrents entfernen (Delete)
toolbar-resume = Fortsetzen
toolbar-resume-all = Alle fortsetzen
toolbar-resume-all-tip = Jeden Torrent fortsetzen
toolbar-resume-tip = Die ausgewählten Torrents fortsetzen (Space schaltet um)
toolbar-search = Suchen
toolbar-search-tip = Torrents nach Namen suchen (Ctrl+F)
toolbar-select-first = Zuerst Torrents auswählen (Klick, Ctrl+Klick, Shift+Klick, Ctrl+A)
toolbar-settings = Einstellungen
toolbar-settings-tip = Die Einstellungen öffnen (Ctrl+,)
toolbar-up-double = Upload ×2
toolbar-up-double-tip = Upload-Geschwindigkeit der Auswahl verdoppeln
toolbar-up-half = Upload ÷2
toolbar-up-half-tip = Upload-Geschwindigkeit der Auswahl halbieren

## tracker
tracker-error = Fehler
tracker-not-contacted = Nicht kontaktiert
tracker-standby = Bereitschaft
tracker-updating = Aktualisiere…
tracker-working = Funktioniert

## trackers
trackers-ago = vor { $time }
trackers-default-client = Standard ({ $name })
trackers-downloaded = Heruntergeladen
trackers-floor = nie unter dem Mindestintervall des Trackers ({ $secs } s)
trackers-floor-unknown = nie unter dem Mindestintervall eines Trackers
trackers-in = in { $time }
trackers-interval = Intervall
trackers-interval-label = Ankündigungsintervall:
trackers-last = Letzte Ankündigung
trackers-leechers = Leecher
trackers-message = Nachricht
trackers-next = Nächste Ankündigung
trackers-none = Dieser Torrent hat keinen Tracker.
trackers-own = mein eigenes
trackers-peers = Peers
trackers-poses-as = gibt sich als dieser Client aus
trackers-seeds = Seeds
trackers-status = Status
trackers-theirs = das des Trackers
trackers-tier = Stufe
trackers-url = URL

## val
val-choose-folder = einen zu überwachenden Ordner wählen
val-empty-window = das Zeitfenster endet, wenn es beginnt (es wäre leer)
val-hours = Stunden sind 0..=23 und Minuten 0..=59
val-no-folder = { $path } ist kein vorhandener Ordner
val-not-an-address = { $text } ist keine IP-Adresse
val-not-port = 0 ist kein Port (1..=65535)
val-outside = { $value } liegt außerhalb von { $min }..={ $max }
val-proxy-auth = Benutzername und Passwort haben höchstens 255 Bytes
val-proxy-host = ein Hostname oder eine Adresse wird benötigt
val-stopped = erfordert 0 <= min <= max <= 100
val-unknown-language = unbekannte Sprache { $name }
val-unknown-profile = unbekanntes Profil { $name }

## view
view-dashboard = Übersicht
view-log = Protokoll
view-monitoring = Überwachung
view-torrents = Torrents

## viewer
viewer-connecting = Verbinde…
viewer-live = Live
viewer-live-polling = Live (Abfrage alle 2 s)
viewer-loading = Verbinde mit dfakeseeder…
viewer-login-busy = Anmeldung läuft…
viewer-login-failed = Anmeldung fehlgeschlagen (HTTP { $status }).
viewer-login-intro = dfakeseeder fragt, wer Sie sind: Geben Sie das beim Start ausgegebene Token ein oder einen Benutzernamen und ein Passwort.
viewer-login-password = Passwort
viewer-login-password-mode = Benutzername und Passwort
viewer-login-submit = Anmelden
viewer-login-throttled = Zu viele Versuche: Warten Sie eine Minute und versuchen Sie es erneut.
viewer-login-title = Bei dfakeseeder anmelden
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder hat nicht geantwortet: { $error }
viewer-login-username = Benutzername
viewer-login-wrong = Falsches Token, falscher Benutzername oder falsches Passwort.
viewer-offline = Offline: seit { $secs } s keine Antwort von dfakeseeder; neuer Versuch läuft.
viewer-read-only = Nur-Lese-Ansicht
viewer-reconnecting = Verbindung wird wiederhergestellt…

## web
settab-webui = Web-Oberfläche
set-webui-enabled = Web-API und Betrachter bereitstellen
set-webui-localhost_only = Nur dieser Computer (an 127.0.0.1 binden)
set-webui-interface = Adresse des Webservers
set-webui-port = Port des Webservers
set-webui-auth_enabled = Anmeldung verlangen (Token oder Passwort)
set-webui-username = Web-Benutzername
set-webui-password_hash = Neues Web-Passwort
set-webui-token = API-Token
set-webui-allow_control = Steuerung über das Web erlauben (hinzufügen, pausieren, entfernen)
set-webui-https_enabled = HTTPS verwenden
set-webui-https_cert_path = HTTPS-Zertifikat (PEM-Datei)
set-webui-https_key_path = Privater HTTPS-Schlüssel (PEM-Datei)
set-webui-session_timeout_minutes = Anmeldung gilt
set-webui-ban_after_failures = Adresse nach fehlgeschlagenen Anmeldungen sperren
set-webui-allowed_hosts = Weitere Hostnamen (durch Kommas getrennt)
opt-web-no-password = kein Passwort gesetzt
opt-web-password-set = ein Passwort ist gesetzt; tippen, um es zu ersetzen
opt-web-token-new = beim Übernehmen wird ein neues Token erzeugt
opt-web-rotate = Erneuern
opt-web-rotate-tip = Beim Übernehmen ein neues zufälliges Token; das alte gilt dann nicht mehr
val-web-needs-auth = nötig, wenn der Server über diesen Computer hinaus lauscht
val-web-choose-file = eine Datei wählen
val-web-username = höchstens 255 Zeichen, keine Steuerzeichen
val-web-host = { $text } ist kein Hostname
ev-web-serving = Web-Oberfläche unter { $url }
ev-web-stopped = Web-Oberfläche beendet
notice-web-failed = Der Webserver läuft nicht: { $why }
web-refused-no-auth = Auf { $addr } wird ohne Anmeldung nichts bereitgestellt: Anmeldung einschalten oder an 127.0.0.1 binden
web-refused-no-credentials = Anmeldung ist verlangt, aber es gibt weder Token noch Passwort
web-bind-failed = Auf { $addr } kann nicht gelauscht werden: { $error }
web-tls-read = { $path } kann nicht gelesen werden: { $error }
web-tls-bad = { $path } ist für HTTPS nicht verwendbar: { $error }
