# Dutch: translated from en.ftl

## announce
announce-early-body = De tracker vraagt nog { $secs } seconden te wachten. Eerder aankondigen kan tegen u worden gerekend.
announce-early-title = Aankondigen voordat de tracker het toestaat?
announce-now = Nu aankondigen
announce-when-allowed = Zodra toegestaan

## cell
cell-default-client = standaard
cell-no = nee
cell-none = geen
cell-trackers-interval = van de tracker
cell-yes = ja

## col
col-added_on = Toegevoegd op
col-announce_interval = Interval
col-client_profile = Doet zich voor als
col-comment = Opmerking
col-completed_on = Voltooid op
col-created_by = Gemaakt met
col-creation_date = Gemaakt op
col-download_limit = Downloadlimiet
col-download_rate = Downloadsnelheid
col-download_speed = Ingestelde download
col-eta = Resterende tijd
col-eta_threshold = Tijd tot drempel
col-id = #
col-label = Label
col-leechers = Peers
col-name = Naam
col-next_update = Volgende aankondiging
col-piece_count = Stukken
col-piece_length = Stukgrootte
col-private = Privé
col-progress = Voortgang
col-ratio = Verhouding
col-seed_time = Seedtijd
col-seeders = Seeds
col-session_downloaded = Gedownload (sessie)
col-session_uploaded = Geüpload (sessie)
col-status = Status
col-threshold = Drempel
col-total_downloaded = Gedownload
col-total_size = Grootte
col-total_uploaded = Geüpload
col-tracker = Tracker
col-upload_limit = Uploadlimiet
col-upload_rate = Uploadsnelheid
col-upload_speed = Ingestelde upload

## common
common-cancel = Annuleren
common-dismiss = Sluiten
common-ok = OK

## dash
dash-active = Actief
dash-checking-error = Controle / fout
dash-download = Download
dash-downloaded = Gedownload (totaal)
dash-downloading = Aan het downloaden
dash-paused = Gepauzeerd
dash-peers = Peers
dash-ratio = Verhouding
dash-seeding = Aan het seeden
dash-torrents = Torrents
dash-upload = Upload
dash-uploaded = Geüpload (totaal)

## day
day-fri = vr
day-mon = ma
day-sat = za
day-sun = zo
day-thu = do
day-tue = di
day-wed = wo

## details
details-select = Selecteer een torrent om de details te zien.
details-several = Er zijn meerdere torrents geselecteerd: selecteer er één om de details te zien.

## dialog
dialog-add-title = Torrents toevoegen
dialog-torrent-files = Torrentbestanden

## drop
drop-hint = Sleep .torrent-bestanden hierheen om ze toe te voegen
drop-ignored =
    { $count ->
        [one] { $count } bestand genegeerd (geen .torrent): { $names }
       *[other] { $count } bestanden genegeerd (geen .torrent): { $names }
    }
drop-ignored-more = { $names } en nog { $more }

## edit
edit-down-limit-tip = Downloadplafond voor deze torrent, KiB/s (0 = geen)
edit-down-speed-tip = Gesimuleerde downloadsnelheid, KiB/s (slepen of typen)
edit-interval-tip = Aankondigingsinterval in seconden (0 = dat van de tracker; nooit onder zijn minimum)
edit-threshold-tip = Voortgang vanaf waar het uploaden begint
edit-up-limit-tip = Uploadplafond voor deze torrent, KiB/s (0 = geen)
edit-up-speed-tip = Gesimuleerde uploadsnelheid, KiB/s (slepen of typen)

## ev
ev-added = Toegevoegd: { $name }
ev-alt-off = Alternatieve snelheidslimieten uit
ev-alt-off-schedule = Alternatieve snelheidslimieten uit (planning)
ev-alt-on = Alternatieve snelheidslimieten aan
ev-alt-on-schedule = Alternatieve snelheidslimieten aan (schema)
ev-completed = Voltooid: { $name }
ev-settings-exported = Instellingen geëxporteerd naar { $path }
ev-settings-imported = Instellingen geïmporteerd uit { $path }
ev-settings-saved = Instellingen opgeslagen
ev-tracker-error = Trackerfout voor { $name }: { $error }
ev-watch-added = Toegevoegd uit de bewaakte map: { $name }

## file
file-dialog-failed = Het bestandsvenster kon niet worden geopend: { $error }

## graph
graph-download = Download
graph-upload = Upload

## incoming
incoming-address = Adres
incoming-ago = { $time } geleden
incoming-client = Client
incoming-connected = Verbonden
incoming-empty = Er is geen peer met deze torrent verbonden. Peers vinden ons via de trackers waarbij we aankondigen.
incoming-handshaking = Handdruk
incoming-last = Laatste bericht
incoming-messages = Berichten in / uit
incoming-since = Sinds
incoming-state = Toestand

## info
info-added-on = Toegevoegd op
info-bytes = { $size } ({ $bytes } bytes)
info-comment = Opmerking
info-completed-on = Voltooid op
info-created-by = Gemaakt met
info-created-on = Gemaakt op
info-downloaded = Gedownload (sessie / totaal)
info-eta = Tijd tot drempel / voltooiing
info-files = Bestanden
info-graph-empty = De snelheidsgrafiek vult zich terwijl de torrent loopt.
info-hash = Info-hash
info-name = Naam
info-next-announce = Volgende aankondiging
info-pieces = Stukken
info-private = Privé
info-progress = Voortgang
info-rates = Upload- / downloadsnelheid
info-ratio = Verhouding
info-seed-time = Seedtijd
info-set-speeds = Ingestelde snelheden
info-status = Status
info-swarm = Seeds / peers
info-total-size = Totale grootte
info-trackers-working = Werkende trackers
info-uploaded = Geüpload (sessie / totaal)
info-uploading-from = Uploadt vanaf
info-working = { $working } van { $total }

## level
level-debug = debug
level-error = fout
level-info = info
level-warning = waarschuwing

## log
log-added-restored = Toegevoegd: { $name } (totalen hersteld)
log-empty = Nog niets gelogd voor deze torrent.
log-forced-complete = Als voltooid geforceerd: { $name }
log-ledger-failed = Het grootboek kon niet worden opgeslagen: { $error }
log-listening = Luistert naar peers op poort { $port }
log-no-match = Geen logregel past.
log-paused = Gepauzeerd: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent doet zich nu voor als { $who }
       *[other] { $count } torrents doen zich nu voor als { $who }
    }
log-progress-set = Voortgang ingesteld op { $percent } %: { $name }
log-recheck-done = Controle klaar: { $name }
log-rechecking = Controleren: { $name }
log-removed = Verwijderd: { $name }
log-renamed = Hernoemd: { $old } -> { $name }
log-resumed = Hervat: { $name }
log-seeding-profile = Seedprofiel: { $name }
log-selected-only = alleen de geselecteerde torrents
log-show-from = Tonen vanaf niveau:
log-trackers-changed = Trackers gewijzigd: nu { $count }
log-watching = Bewaakt { $path }

## menu
menu-add-tracker = Tracker toevoegen…
menu-announce = Nu aankondigen
menu-copy = Kopiëren
menu-copy-hash = Info-hash
menu-copy-magnet = Magnetlink
menu-copy-name = Naam
menu-copy-tracker = Tracker-URL
menu-default-client = De standaardclient
menu-edit-tracker = Bewerken
menu-force-complete = Als voltooid forceren
menu-label = Label instellen…
menu-pause = Pauzeren
menu-pose-as = Voordoen als
menu-properties = Eigenschappen
menu-queue = Wachtrij
menu-queue-bottom = Naar onderen
menu-queue-down = Omlaag
menu-queue-top = Naar boven
menu-queue-up = Omhoog
menu-random-progress = Willekeurige voortgang
menu-recheck = Controle forceren
menu-remove = Verwijderen…
menu-remove-tracker = Verwijderen
menu-remove-with-file = Verwijderen met de .torrent-kopie…
menu-rename = Hernoemen…
menu-reset-limits = Geen limiet
menu-resume = Hervatten
menu-set-download-limit = Downloadlimiet instellen…
menu-set-upload-limit = Uploadlimiet instellen…
menu-speed-limits = Snelheidslimieten
menu-trackers = Trackers

## mon
mon-collecting = Eerste meting wordt verzameld…
mon-connections = Verbindingen
mon-counts = Threads, descriptors, torrents, verbindingen
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Descriptors
mon-every = Een meting elke { $secs } s; netwerkcijfers omvatten alle interfaces van deze machine.
mon-fds = Bestandsdescriptors
mon-in = In
mon-memory = Geheugen
mon-net-in = Netwerk in
mon-net-out = Netwerk uit
mon-network = Netwerk
mon-out = Uit
mon-received = Ontvangen (totaal)
mon-rss = Geheugen (RSS)
mon-rss-line = RSS
mon-sent = Verzonden (totaal)
mon-threads = Threads
mon-torrents = Torrents

## notice
notice-already-added = { $file }: { $name } is al toegevoegd
notice-cannot-listen = Kan niet naar peers luisteren op { $addr }: { $error }
notice-cannot-watch = Kan { $path } niet bewaken: { $error }
notice-copy-failed = { $file }: kon geen kopie bewaren: { $error }
notice-error = Fout
notice-export-failed = De instellingen konden niet naar { $path } worden geëxporteerd: { $error }
notice-import-failed = Instellingen niet geïmporteerd uit { $path }: { $error }
notice-list-failed = De torrentmap kon niet worden gelezen: { $error }
notice-not-loaded = Niet geladen: { $error }
notice-not-renamed = Niet hernoemd: een naam heeft 1 tot { $max } tekens op één regel nodig
notice-note = Opmerking
notice-settings-failed = De instellingen konden niet worden opgeslagen: { $error }
notice-settings-refused = Instellingen niet opgeslagen: { $why }
notice-unknown-profile = Onbekend seedprofiel { $name }
notice-warning = Waarschuwing
notice-watch-delete-failed = Toegevoegd, maar { $path } kon niet worden verwijderd: { $error }

## opt
opt-bottom-centre = Onder in het midden
opt-bottom-left = Linksonder
opt-bottom-right = Rechtsonder
opt-close-ask = Vragen zolang er torrents actief zijn
opt-close-minimize = Minimaliseren en blijven seeden (Ctrl+Q sluit af)
opt-close-quit = Afsluiten
opt-comfortable = Ruim
opt-compact = Compact
opt-dark = Donker
opt-every-n-minutes = Elke N minuten
opt-every-step = Bij elke stap
opt-folder-hint = /pad/naar/map
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui kan dit schrift nog niet volledig opmaken: tekst van rechts naar links verschijnt van links naar rechts zonder verbonden letters, en Indische ligaturen worden niet gevormd. De vertaling is volledig; de vormen zijn de grens van egui.
opt-light = Licht
opt-log-normal = Log-normaal
opt-none = Geen
opt-off = Uit
opt-on-announce = Bij elke aankondiging
opt-pareto = Pareto
opt-power-law = Machtswet
opt-random = Willekeurig
opt-random-tip = Een poort in 49152..=65535
opt-socks5 = SOCKS5
opt-system = Zoals het systeem
opt-system-language = De taal van het systeem
opt-top-centre = Boven in het midden
opt-top-left = Linksboven
opt-top-right = Rechtsboven

## options
options-apply-label = Label toepassen
options-apply-name = Naam toepassen
options-label = Label
options-name = Naam
options-read-only = Alleen lezen: de opties worden in de app gewijzigd.
options-running = Actief

## peers
peers-address = Adres
peers-client = Client
peers-empty = Nog geen peers: ze verschijnen wanneer een tracker een aankondiging met peers beantwoordt.
peers-from = Van tracker

## profile
profile-aggressive = agressief
profile-balanced = gebalanceerd
profile-conservative = voorzichtig
profile-custom = aangepast

## prompt
prompt-add-tracker = Tracker-URL toevoegen
prompt-bad-url = Een tracker-URL begint met http://, https:// of udp://
prompt-down-limit = Downloadlimiet (KiB/s, 0 = geen)
prompt-edit-tracker = Tracker-URL bewerken
prompt-empty-name = Een naam mag niet leeg zijn
prompt-label = Label instellen
prompt-not-a-number = { $text } is geen geheel aantal KiB/s (0 = geen)
prompt-rename = Torrent hernoemen
prompt-up-limit = Uploadlimiet (KiB/s, 0 = geen)
quit-body = { $count ->
        [one] Er is één torrent actief.
       *[other] Er zijn { $count } torrents actief.
    } Hun trackers krijgen te horen dat ze zijn gestopt.
quit-minimize = In plaats daarvan minimaliseren
quit-quit = Afsluiten
quit-title = dfakeseeder afsluiten?

## remove
remove-also-file = Ook het gekopieerde .torrent-bestand verwijderen
remove-title =
    { $count ->
        [one] { $count } torrent verwijderen?
       *[other] { $count } torrents verwijderen?
    }
remove-yes = Ja, verwijderen

## search
search-hint = deel van een naam
search-label = Zoeken:

## set
set-bittorrent-announce_interval_seconds = Aankondigingsinterval (0 = dat van de tracker)
set-bittorrent-numwant = Te vragen peers (0 = zoals de client doet)
set-bittorrent-scrape_interval_seconds = Scrape-interval (vanaf de volgende scrape)
set-client_profile = Voordoen als (na herstart)
set-close_action = Bij het sluiten van het venster
set-connection-listening_port = Luisterpoort (na herstart)
set-connection-max_global_connections = Hoogstens peerverbindingen (na herstart)
set-connection-max_per_torrent = Hoogstens per torrent (na herstart)
set-download_speed = Downloadsnelheid van nieuwe torrents
set-language = Taal
set-logging-level = Logbestand: minst belangrijke regels die worden geschreven
set-logging-log_to_file = Een logbestand schrijven (logs/dfakeseeder.log in de configuratiemap)
set-logging-max_files = Logbestand: bewaarde oude bestanden
set-logging-max_size_mb = Logbestand: een nieuw beginnen vanaf
set-notification_settings-desktop_notifications = Ook op het bureaublad (voltooid, waarschuwingen, fouten)
set-notification_settings-enabled = Meldingen tonen
set-notification_settings-error_timeout_ms = Fouten blijven
set-notification_settings-info_timeout_ms = Informatie blijft (0 = tot sluiten)
set-notification_settings-max_visible = Hoogstens op het scherm
set-notification_settings-position = Waar
set-notification_settings-show_in_statusbar = Nieuwste gebeurtenis in de statusbalk
set-notification_settings-success_timeout_ms = Successen blijven
set-notification_settings-warning_timeout_ms = Waarschuwingen blijven
set-peer_protocol-handshake_timeout_seconds = Tijd voor de handdruk (nieuwe verbindingen)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive elke (nieuwe verbindingen)
set-peer_protocol-message_read_timeout_seconds = Een stille peer verbreken na (nieuwe verbindingen)
set-performance-network_interface = Op dit adres naar peers luisteren (na herstart; leeg = alle)
set-proxy-auth_enabled = De proxy vraagt een gebruikersnaam en wachtwoord
set-proxy-password = Proxywachtwoord
set-proxy-port = Proxypoort
set-proxy-server = Proxyhost
set-proxy-type = Proxy voor het trackerverkeer
set-proxy-username = Proxygebruikersnaam
set-remember_window_size = Grootte en plaats van het venster onthouden (na herstart)
set-scheduler-days = Op deze dagen
set-scheduler-enabled = Volgens een planning naar de alternatieve limieten schakelen
set-scheduler-end_hour = Gepland tot (voor het begin: de volgende dag)
set-scheduler-start_hour = Gepland vanaf
set-seeding_profile = Seedprofiel
set-speed-alt_download_limit_kbps = Alternatieve downloadlimiet
set-speed-alt_upload_limit_kbps = Alternatieve uploadlimiet
set-speed-download_limit_kbps = Globale downloadlimiet (0 = geen)
set-speed-enable_alternative_speeds = Nu de alternatieve limieten gebruiken
set-speed-upload_limit_kbps = Globale uploadlimiet (0 = geen)
set-speed_distribution-download-algorithm = Downloadsnelheden verdelen
set-speed_distribution-download-custom_interval_minutes = Download: elke N minuten
set-speed_distribution-download-redistribution_mode = Download opnieuw verdelen
set-speed_distribution-download-spread_percentage = Downloadspreiding
set-speed_distribution-download-stopped_max_percentage = Download: gestopte torrents, hoogstens
set-speed_distribution-download-stopped_min_percentage = Download: gestopte torrents, minstens
set-speed_distribution-upload-algorithm = Uploadsnelheden verdelen
set-speed_distribution-upload-custom_interval_minutes = Upload: elke N minuten
set-speed_distribution-upload-redistribution_mode = Upload opnieuw verdelen
set-speed_distribution-upload-spread_percentage = Uploadspreiding
set-speed_distribution-upload-stopped_max_percentage = Upload: gestopte torrents, hoogstens
set-speed_distribution-upload-stopped_min_percentage = Upload: gestopte torrents, minstens
set-start_minimized = Geminimaliseerd starten (na herstart)
set-storage-ledger_interval_seconds = De boekhouding opslaan elke (na herstart)
set-threshold = Nieuwe torrents uploaden vanaf
set-tickspeed = Simulatiestap
set-ui_settings-color_scheme = Kleuren
set-ui_settings-density = Dichtheid
set-ui_settings-monitoring_refresh_interval = Monitormeting elke
set-upload_speed = Uploadsnelheid van nieuwe torrents
set-watch_folder-delete_added_torrents = .torrent-bestanden na toevoegen verwijderen
set-watch_folder-enabled = Torrents uit een bewaakte map toevoegen
set-watch_folder-path = Bewaakte map

## settab
settab-advanced = Geavanceerd
settab-bittorrent = BitTorrent
settab-connection = Verbinding
settab-general = Algemeen
settab-notifications = Meldingen
settab-peer-protocol = Peerprotocol
settab-speed = Snelheid

## settings
settings-apply = Toepassen
settings-discard = Wijzigingen verwerpen
settings-export = Instellingen exporteren…
settings-import = Instellingen importeren…
settings-keep-editing = Verder bewerken
settings-no-match = Geen instelling past.
settings-reset-all = Alle instellingen naar standaard
settings-reset-all-tip = Elke instelling terug naar de standaard (Toepassen om te bewaren)
settings-reset-tab = Tabblad herstellen
settings-reset-tip = De instellingen van dit tabblad terug naar de standaard (Toepassen om te bewaren)
settings-save = Opslaan
settings-search-hint = naam of sleutel van een instelling
settings-title = Instellingen
settings-unsaved = Sommige instellingen zijn gewijzigd maar niet toegepast.

## sidebar
sidebar-clear = Filters wissen
sidebar-showing = Getoond: { $what } ({ $shown } van { $total })
sidebar-states = Toestanden
sidebar-tracker-errors = Trackerfouten:
sidebar-trackers = Trackers

## state
state-active = Actief
state-all = Alle
state-checking = Controleren
state-downloading = Aan het downloaden
state-error = Fout
state-paused = Gepauzeerd
state-seeding = Aan het seeden
state-trackerless = Zonder tracker

## status
status-alt-off = Alt. snelheid: uit
status-alt-on = Alt. snelheid: aan
status-alt-tip = Klik om de alternatieve limieten aan of uit te zetten
status-checking = Controleren
status-down = Down { $rate }
status-down-tip = Downloadsnelheid, alle torrents
status-downloading = Aan het downloaden
status-error = Fout: { $reason }
status-limits = Limieten nu: up { $up }, down { $down }
status-not-listening = Luistert niet naar peers
status-paused = Gepauzeerd
status-peers = Peers { $now } / { $max }
status-peers-tip = Peers die nu met ons verbonden zijn / hoogstens
status-port = Poort { $port }
status-seeding = Aan het seeden
status-session = Sessie: up { $up }, down { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrents
        }
       *[other] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrents
        }, { $selected } geselecteerd
    }
status-total = Totaal: up { $up }, down { $down }
status-unlimited = onbeperkt
status-up = Up { $rate }
status-up-tip = Uploadsnelheid, alle torrents

## tab
tab-details = Details
tab-files = Bestanden
tab-incoming = Inkomend
tab-log = Torrentlog
tab-options = Opties
tab-peers = Peers
tab-status = Status
tab-trackers = Trackers

## table
table-columns = Kolommen
table-default-columns = Standaardkolommen
table-empty = Sleep .torrent-bestanden hierheen of druk op Toevoegen (Ctrl+O)
table-empty-viewer = Geen torrents

## toolbar
toolbar-add = Toevoegen
toolbar-add-tip = .torrent-bestanden toevoegen (Ctrl+O)
toolbar-announce = Aankondigen
toolbar-announce-tip = De geselecteerde torrents nu bij hun trackers aankondigen (Ctrl+R)
toolbar-down-double = Down ×2
toolbar-down-double-tip = Downloadsnelheid van de selectie verdubbelen
toolbar-down-half = Down ÷2
toolbar-down-half-tip = Downloadsnelheid van de selectie halveren
toolbar-pause = Pauzeren
toolbar-pause-all = Alles pauzeren
toolbar-pause-all-tip = Elke torrent pauzeren
toolbar-pause-tip = De geselecteerde torrents pauzeren (Spatie wisselt)
toolbar-queue-down = Omlaag in wachtrij
toolbar-queue-down-tip = De geselecteerde torrents omlaag in de wachtrij (Alt+Down)
toolbar-queue-up = Omhoog in wachtrij
toolbar-queue-up-tip = De geselecteerde torrents omhoog in de wachtrij (Alt+Up)
toolbar-remove = Verwijderen
toolbar-remove-tip = De geselecteerde torrents verwijderen (Delete)
toolbar-resume = Hervatten
toolbar-resume-all = Alles hervatten
toolbar-resume-all-tip = Elke torrent hervatten
toolbar-resume-tip = De geselecteerde torrents hervatten (Spatie wisselt)
toolbar-search = Zoeken
toolbar-search-tip = Torrents op naam zoeken (Ctrl+F)
toolbar-select-first = Selecteer eerst torrents (klik, Ctrl+klik, Shift+klik, Ctrl+A)
toolbar-settings = Instellingen
toolbar-settings-tip = De instellingen openen (Ctrl+,)
toolbar-up-double = Up ×2
toolbar-up-double-tip = Uploadsnelheid van de selectie verdubbelen
toolbar-up-half = Up ÷2
toolbar-up-half-tip = Uploadsnelheid van de selectie halveren

## tracker
tracker-error = Fout
tracker-not-contacted = Niet gecontacteerd
tracker-standby = Stand-by
tracker-updating = Bijwerken…
tracker-working = Werkt

## trackers
trackers-ago = { $time } geleden
trackers-default-client = Standaard ({ $name })
trackers-downloaded = Gedownload
trackers-floor = nooit onder het minimuminterval van de tracker ({ $secs } s)
trackers-floor-unknown = nooit onder het minimuminterval van een tracker
trackers-in = over { $time }
trackers-interval = Interval
trackers-interval-label = Aankondigingsinterval:
trackers-last = Laatste aankondiging
trackers-leechers = Leechers
trackers-message = Bericht
trackers-next = Volgende aankondiging
trackers-none = Deze torrent heeft geen tracker.
trackers-own = eigen
trackers-peers = Peers
trackers-poses-as = doet zich voor als deze client
trackers-seeds = Seeds
trackers-status = Status
trackers-theirs = dat van de tracker
trackers-tier = Niveau
trackers-url = URL

## val
val-choose-folder = kies een map om te bewaken
val-empty-window = het venster eindigt waar het begint (het zou leeg zijn)
val-hours = uren zijn 0..=23 en minuten 0..=59
val-no-folder = { $path } is geen bestaande map
val-not-an-address = { $text } is geen IP-adres
val-not-port = 0 is geen poort (1..=65535)
val-outside = { $value } ligt buiten { $min }..={ $max }
val-proxy-auth = gebruikersnaam en wachtwoord zijn hoogstens 255 bytes
val-proxy-host = een hostnaam of adres is nodig
val-stopped = vereist 0 <= min <= max <= 100
val-unknown-language = onbekende taal { $name }
val-unknown-profile = onbekend profiel { $name }

## view
view-dashboard = Dashboard
view-log = Log
view-monitoring = Monitoring
view-torrents = Torrents

## viewer
viewer-connecting = Verbinden…
viewer-live = Live
viewer-live-polling = Live (elke 2 s opgevraagd)
viewer-loading = Verbinden met dfakeseeder…
viewer-login-busy = Bezig met inloggen…
viewer-login-failed = Inloggen mislukt (HTTP { $status }).
viewer-login-intro = dfakeseeder vraagt wie u bent: voer het token in dat bij het starten werd getoond, of een gebruikersnaam en wachtwoord.
viewer-login-password = Wachtwoord
viewer-login-password-mode = Gebruikersnaam en wachtwoord
viewer-login-submit = Inloggen
viewer-login-throttled = Te veel pogingen: wacht een minuut en probeer het opnieuw.
viewer-login-title = Inloggen bij dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder antwoordde niet: { $error }
viewer-login-username = Gebruikersnaam
viewer-login-wrong = Onjuist token, gebruikersnaam of wachtwoord.
viewer-offline = Offline: al { $secs } s geen antwoord van dfakeseeder; blijft proberen.
viewer-read-only = Alleen-lezen weergave
viewer-reconnecting = Opnieuw verbinden…

## web
settab-webui = Webinterface
set-webui-enabled = Web-API en viewer aanbieden
set-webui-localhost_only = Alleen deze computer (luisteren op 127.0.0.1)
set-webui-interface = Adres van de webserver
set-webui-port = Poort van de webserver
set-webui-auth_enabled = Inloggen vereisen (token of wachtwoord)
set-webui-username = Webgebruikersnaam
set-webui-password_hash = Nieuw webwachtwoord
set-webui-token = API-token
set-webui-allow_control = Bediening via het web toestaan (toevoegen, pauzeren, verwijderen)
set-webui-https_enabled = HTTPS gebruiken
set-webui-https_cert_path = HTTPS-certificaat (PEM-bestand)
set-webui-https_key_path = Persoonlijke HTTPS-sleutel (PEM-bestand)
set-webui-session_timeout_minutes = Aanmelding geldig
set-webui-ban_after_failures = Adres blokkeren na mislukte aanmeldingen
set-webui-allowed_hosts = Andere hostnamen (gescheiden door komma’s)
opt-web-no-password = geen wachtwoord ingesteld
opt-web-password-set = er is een wachtwoord ingesteld; typ om het te vervangen
opt-web-token-new = bij Toepassen wordt een nieuw token gemaakt
opt-web-rotate = Vernieuwen
opt-web-rotate-tip = Bij Toepassen een nieuw willekeurig token; het oude werkt dan niet meer
val-web-needs-auth = nodig als de server buiten deze computer luistert
val-web-choose-file = kies een bestand
val-web-username = hoogstens 255 tekens, geen besturingstekens
val-web-host = { $text } is geen hostnaam
ev-web-serving = Webinterface op { $url }
ev-web-stopped = Webinterface gestopt
notice-web-failed = De webserver draait niet: { $why }
web-refused-no-auth = Niets aangeboden op { $addr } zonder aanmelding: zet aanmelden aan of luister op 127.0.0.1
web-refused-no-credentials = Aanmelden is vereist maar er is geen token en geen wachtwoord
web-bind-failed = Kan niet luisteren op { $addr }: { $error }
web-tls-read = Kan { $path } niet lezen: { $error }
web-tls-bad = { $path } is onbruikbaar voor HTTPS: { $error }
