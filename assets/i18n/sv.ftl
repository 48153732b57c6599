# Swedish: translated from en.ftl

## announce
announce-early-body = Trackern ber dig vänta { $secs } sekunder till. Att annonsera tidigare kan räknas emot dig.
announce-early-title = Annonsera innan trackern tillåter det?
announce-now = Annonsera nu
announce-when-allowed = När det är tillåtet

## cell
cell-default-client = standard
cell-no = nej
cell-none = ingen
cell-trackers-interval = trackerns
cell-yes = ja

## col
col-added_on = Tillagd
col-announce_interval = Intervall
col-client_profile = Utger sig för
col-comment = Kommentar
col-completed_on = Klar
col-created_by = Skapad med
col-creation_date = Skapad
col-download_limit = Nedladdningsgräns
col-download_rate = Ned-hastighet
col-download_speed = Inställd ned
col-eta = Tid kvar
col-eta_threshold = Tid till tröskel
col-id = #
col-label = Etikett
col-leechers = Peers
col-name = Namn
col-next_update = Nästa annonsering
col-piece_count = Delar
col-piece_length = Delstorlek
col-private = Privat
col-progress = Förlopp
col-ratio = Kvot
col-seed_time = Seedtid
col-seeders = Seeds
col-session_downloaded = Nedladdat (session)
col-session_uploaded = Uppladdat (session)
col-status = Status
col-threshold = Tröskel
col-total_downloaded = Nedladdat
col-total_size = Storlek
col-total_uploaded = Uppladdat
col-tracker = Tracker
col-upload_limit = Uppladdningsgräns
col-upload_rate = Upp-hastighet
col-upload_speed = Inställd upp

## common
common-cancel = Avbryt
common-dismiss = Stäng
common-ok = OK

## dash
dash-active = Aktiva
dash-checking-error = Kontroll / fel
dash-download = Nedladdning
dash-downloaded = Nedladdat (totalt)
dash-downloading = Laddar ned
dash-paused = Pausade
dash-peers = Peers
dash-ratio = Kvot
dash-seeding = Seedar
dash-torrents = Torrenter
dash-upload = Uppladdning
dash-uploaded = Uppladdat (totalt)

## day
day-fri = fre
day-mon = mån
day-sat = lör
day-sun = sön
day-thu = tors
day-tue = tis
day-wed = ons

## details
details-select = Välj en torrent för att se dess detaljer.
details-several = Flera torrenter är valda: välj en för att se dess detaljer.

## dialog
dialog-add-title = Lägg till torrenter
dialog-torrent-files = Torrentfiler

## drop
drop-hint = Släpp .torrent-filer för att lägga till dem
drop-ignored =
    { $count ->
        [one] Ignorerade { $count } fil (inte .torrent): { $names }
       *[other] Ignorerade { $count } filer (inte .torrent): { $names }
    }
drop-ignored-more = { $names } och { $more } till

## edit
edit-down-limit-tip = Nedladdningstak för den här torrenten, KiB/s (0 = inget)
edit-down-speed-tip = Simulerad nedladdningshastighet, KiB/s (dra eller skriv)
edit-interval-tip = Annonseringsintervall i sekunder (0 = trackerns; aldrig under dess minimum)
edit-threshold-tip = Förlopp där uppladdningen börjar
edit-up-limit-tip = Uppladdningstak för den här torrenten, KiB/s (0 = inget)
edit-up-speed-tip = Simulerad uppladdningshastighet, KiB/s (dra eller skriv)

## ev
ev-added = Tillagd: { $name }
ev-alt-off = Alternativa hastighetsgränser av
ev-alt-off-schedule = Alternativa hastighetsgränser av (schema)
ev-alt-on = Alternativa hastighetsgränser på
ev-alt-on-schedule = Alternativa hastighetsgränser på (schema)
ev-completed = Klar: { $name }
ev-settings-exported = Inställningar exporterade till { $path }
ev-settings-imported = Inställningar importerade från { $path }
ev-settings-saved = Inställningar sparade
ev-tracker-error = Trackerfel för { $name }: { $error }
ev-watch-added = Tillagd från den bevakade mappen: { $name }

## file
file-dialog-failed = Kunde inte öppna fildialogen: { $error }

## graph
graph-download = Nedladdning
graph-upload = Uppladdning

## incoming
incoming-address = Adress
incoming-ago = för { $time } sedan
incoming-client = Klient
incoming-connected = Ansluten
incoming-empty = Ingen peer är ansluten till den här torrenten. Peers hittar oss via trackerna vi annonserar till.
incoming-handshaking = Handskakning
incoming-last = Senaste meddelande
incoming-messages = Meddelanden in / ut
incoming-since = Sedan
incoming-state = Tillstånd

## info
info-added-on = Tillagd
info-bytes = { $size } ({ $bytes } byte)
info-comment = Kommentar
info-completed-on = Klar
info-created-by = Skapad med
info-created-on = Skapad
info-downloaded = Nedladdat (session / totalt)
info-eta = Tid till tröskel / klar
info-files = Filer
info-graph-empty = Hastighetsdiagrammet fylls medan torrenten körs.
info-hash = Info-hash
info-name = Namn
info-next-announce = Nästa annonsering
info-pieces = Delar
info-private = Privat
info-progress = Förlopp
info-rates = Upp- / nedladdningshastighet
info-ratio = Kvot
info-seed-time = Seedtid
info-set-speeds = Inställda hastigheter
info-status = Status
info-swarm = Seeds / peers
info-total-size = Total storlek
info-trackers-working = Fungerande trackers
info-uploaded = Uppladdat (session / totalt)
info-uploading-from = Laddar upp från
info-working = { $working } av { $total }

## level
level-debug = felsökning
level-error = fel
level-info = info
level-warning = varning

## log
log-added-restored = Tillagd: { $name } (summor återställda)
log-empty = Inget loggat för den här torrenten än.
log-forced-complete = Tvingad klar: { $name }
log-ledger-failed = Kunde inte spara huvudboken: { $error }
log-listening = Lyssnar efter peers på port { $port }
log-no-match = Ingen loggrad matchar.
log-paused = Pausad: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent utger sig nu för { $who }
       *[other] { $count } torrenter utger sig nu för { $who }
    }
log-progress-set = Förlopp satt till { $percent } %: { $name }
log-recheck-done = Kontroll klar: { $name }
log-rechecking = Kontrollerar: { $name }
log-removed = Borttagen: { $name }
log-renamed = Omdöpt: { $old } -> { $name }
log-resumed = Återupptagen: { $name }
log-seeding-profile = Seedprofil: { $name }
log-selected-only = bara de valda torrenterna
log-show-from = Visa från nivå:
log-trackers-changed = Trackers ändrade: nu { $count }
log-watching = Bevakar { $path }

## menu
menu-add-tracker = Lägg till tracker…
menu-announce = Annonsera nu
menu-copy = Kopiera
menu-copy-hash = Info-hash
menu-copy-magnet = Magnetlänk
menu-copy-name = Namn
menu-copy-tracker = Tracker-URL
menu-default-client = Standardklienten
menu-edit-tracker = Redigera
menu-force-complete = Tvinga klar
menu-label = Sätt etikett…
menu-pause = Pausa
menu-pose-as = Utge dig för
menu-properties = Egenskaper
menu-queue = Kö
menu-queue-bottom = Flytta sist
menu-queue-down = Flytta ned
menu-queue-top = Flytta först
menu-queue-up = Flytta upp
menu-random-progress = Slumpa förlopp
menu-recheck = Tvinga kontroll
menu-remove = Ta bort…
menu-remove-tracker = Ta bort
menu-remove-with-file = Ta bort med .torrent-kopian…
menu-rename = Byt namn…
menu-reset-limits = Ingen gräns
menu-resume = Återuppta
menu-set-download-limit = Sätt nedladdningsgräns…
menu-set-upload-limit = Sätt uppladdningsgräns…
menu-speed-limits = Hastighetsgränser
menu-trackers = Trackers

## mon
mon-collecting = Samlar in det första provet…
mon-connections = Anslutningar
mon-counts = Trådar, deskriptorer, torrenter, anslutningar
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Deskriptorer
mon-every = Ett prov var { $secs }:e s; nätverkssiffrorna gäller alla gränssnitt på den här datorn.
mon-fds = Fildeskriptorer
mon-in = In
mon-memory = Minne
mon-net-in = Nätverk in
mon-net-out = Nätverk ut
mon-network = Nätverk
mon-out = Ut
mon-received = Mottaget (totalt)
mon-rss = Minne (RSS)
mon-rss-line = RSS
mon-sent = Skickat (totalt)
mon-threads = Trådar
mon-torrents = Torrenter

## notice
notice-already-added = { $file }: { $name } är redan tillagd
notice-cannot-listen = Kan inte lyssna efter peers på { $addr }: { $error }
notice-cannot-watch = Kan inte bevaka { $path }: { $error }
notice-copy-failed = { $file }: kunde inte spara en kopia: { $error }
notice-error = Fel
notice-export-failed = Kunde inte exportera inställningarna till { $path }: { $error }
notice-import-failed = Inställningar inte importerade från { $path }: { $error }
notice-list-failed = Kunde inte lista torrentmappen: { $error }
notice-not-loaded = Inte inläst: { $error }
notice-not-renamed = Inte omdöpt: ett namn behöver 1 till { $max } tecken på en rad
notice-note = Obs
notice-settings-failed = Kunde inte spara inställningarna: { $error }
notice-settings-refused = Inställningar inte sparade: { $why }
notice-unknown-profile = Okänd seedprofil { $name }
notice-warning = Varning
notice-watch-delete-failed = Tillagd, men kunde inte radera { $path }: { $error }

## opt
opt-bottom-centre = Nederst i mitten
opt-bottom-left = Nederst till vänster
opt-bottom-right = Nederst till höger
opt-close-ask = Fråga medan torrenter körs
opt-close-minimize = Minimera och fortsätt seeda (Ctrl+Q avslutar)
opt-close-quit = Avsluta
opt-comfortable = Luftig
opt-compact = Kompakt
opt-dark = Mörk
opt-every-n-minutes = Var N:e minut
opt-every-step = Vid varje steg
opt-folder-hint = /sökväg/till/mapp
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui kan ännu inte sätta den här skriften fullt ut: text från höger till vänster visas från vänster till höger utan sammanbundna bokstäver, och indiska ligaturer bildas inte. Översättningen är fullständig; formerna är eguis gräns.
opt-light = Ljus
opt-log-normal = Log-normal
opt-none = Ingen
opt-off = Av
opt-on-announce = Vid varje annonsering
opt-pareto = Pareto
opt-power-law = Potenslag
opt-random = Slumpa
opt-random-tip = En port i 49152..=65535
opt-socks5 = SOCKS5
opt-system = Som systemet
opt-system-language = Systemets språk
opt-top-centre = Överst i mitten
opt-top-left = Överst till vänster
opt-top-right = Överst till höger

## options
options-apply-label = Använd etikett
options-apply-name = Använd namn
options-label = Etikett
options-name = Namn
options-read-only = Skrivskyddat: alternativen ändras i appen.
options-running = Körs

## peers
peers-address = Adress
peers-client = Klient
peers-empty = Inga peers än: de visas när en tracker svarar på en annonsering med några.
peers-from = Från tracker

## profile
profile-aggressive = aggressiv
profile-balanced = balanserad
profile-conservative = försiktig
profile-custom = egen

## prompt
prompt-add-tracker = Lägg till tracker-URL
prompt-bad-url = En tracker-URL börjar med http://, https:// eller udp://
prompt-down-limit = Nedladdningsgräns (KiB/s, 0 = ingen)
prompt-edit-tracker = Redigera tracker-URL
prompt-empty-name = Ett namn får inte vara tomt
prompt-label = Sätt etikett
prompt-not-a-number = { $text } är inte ett heltal KiB/s (0 = ingen)
prompt-rename = Byt namn på torrent
prompt-up-limit = Uppladdningsgräns (KiB/s, 0 = ingen)
quit-body = { $count ->
        [one] En torrent körs.
       *[other] { $count } torrenter körs.
    } Deras trackers får veta att de har stoppats.
quit-minimize = Minimera i stället
quit-quit = Avsluta
quit-title = Avsluta dfakeseeder?

## remove
remove-also-file = Radera också den kopierade .torrent-filen
remove-title =
    { $count ->
        [one] Ta bort { $count } torrent?
       *[other] Ta bort { $count } torrenter?
    }
remove-yes = Ja, ta bort

## search
search-hint = del av ett namn
search-label = Sök:

## set
set-bittorrent-announce_interval_seconds = Annonseringsintervall (0 = trackerns)
set-bittorrent-numwant = Peers att be om (0 = som klienten gör)
set-bittorrent-scrape_interval_seconds = Scrape-intervall (från nästa scrape)
set-client_profile = Utge dig för (vid omstart)
set-close_action = När fönstret stängs
set-connection-listening_port = Lyssningsport (vid omstart)
set-connection-max_global_connections = Högst antal peer-anslutningar (vid omstart)
set-connection-max_per_torrent = Högst per torrent (vid omstart)
set-download_speed = Nedladdningshastighet för nya torrenter
set-language = Språk
set-logging-level = Loggfil: minst viktiga rader som skrivs
set-logging-log_to_file = Skriv en loggfil (logs/dfakeseeder.log i konfigurationsmappen)
set-logging-max_files = Loggfil: gamla filer som behålls
set-logging-max_size_mb = Loggfil: börja en ny vid
set-notification_settings-desktop_notifications = Även på skrivbordet (klara, varningar, fel)
set-notification_settings-enabled = Visa aviseringar
set-notification_settings-error_timeout_ms = Fel visas i
set-notification_settings-info_timeout_ms = Information visas i (0 = tills den stängs)
set-notification_settings-max_visible = Högst på skärmen
set-notification_settings-position = Var
set-notification_settings-show_in_statusbar = Senaste händelse i statusfältet
set-notification_settings-success_timeout_ms = Lyckade visas i
set-notification_settings-warning_timeout_ms = Varningar visas i
set-peer_protocol-handshake_timeout_seconds = Tid för handskakning (nya anslutningar)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive var (nya anslutningar)
set-peer_protocol-message_read_timeout_seconds = Koppla från en tyst peer efter (nya anslutningar)
set-performance-network_interface = Lyssna efter peers på den här adressen (vid omstart; tom = alla)
set-proxy-auth_enabled = Proxyn kräver användarnamn och lösenord
set-proxy-password = Proxylösenord
set-proxy-port = Proxyport
set-proxy-server = Proxyvärd
set-proxy-type = Proxy för trackertrafiken
set-proxy-username = Proxyanvändarnamn
set-remember_window_size = Kom ihåg fönstrets storlek och plats (vid omstart)
set-scheduler-days = Dessa dagar
set-scheduler-enabled = Byt till de alternativa gränserna enligt schema
set-scheduler-end_hour = Schemalagt till (före start: nästa dag)
set-scheduler-start_hour = Schemalagt från
set-seeding_profile = Seedprofil
set-speed-alt_download_limit_kbps = Alternativ nedladdningsgräns
set-speed-alt_upload_limit_kbps = Alternativ uppladdningsgräns
set-speed-download_limit_kbps = Global nedladdningsgräns (0 = ingen)
set-speed-enable_alternative_speeds = Använd de alternativa gränserna nu
set-speed-upload_limit_kbps = Global uppladdningsgräns (0 = ingen)
set-speed_distribution-download-algorithm = Fördela nedladdningshastigheter
set-speed_distribution-download-custom_interval_minutes = Nedladdning: var N:e minut
set-speed_distribution-download-redistribution_mode = Fördela nedladdning igen
set-speed_distribution-download-spread_percentage = Nedladdningsspridning
set-speed_distribution-download-stopped_max_percentage = Nedladdning: stoppade torrenter, högst
set-speed_distribution-download-stopped_min_percentage = Nedladdning: stoppade torrenter, minst
set-speed_distribution-upload-algorithm = Fördela uppladdningshastigheter
set-speed_distribution-upload-custom_interval_minutes = Uppladdning: var N:e minut
set-speed_distribution-upload-redistribution_mode = Fördela uppladdning igen
set-speed_distribution-upload-spread_percentage = Uppladdningsspridning
set-speed_distribution-upload-stopped_max_percentage = Uppladdning: stoppade torrenter, högst
set-speed_distribution-upload-stopped_min_percentage = Uppladdning: stoppade torrenter, minst
set-start_minimized = Starta minimerad (vid omstart)
set-storage-ledger_interval_seconds = Spara bokföringen var (vid omstart)
set-threshold = Nya torrenter laddar upp från
set-tickspeed = Simuleringssteg
set-ui_settings-color_scheme = Färger
set-ui_settings-density = Täthet
set-ui_settings-monitoring_refresh_interval = Övervakningsprov var
set-upload_speed = Uppladdningshastighet för nya torrenter
set-watch_folder-delete_added_torrents = Radera .torrent-filer när de lagts till
set-watch_folder-enabled = Lägg till torrenter från en bevakad mapp
set-watch_folder-path = Bevakad mapp

## settab
settab-advanced = Avancerat
settab-bittorrent = BitTorrent
settab-connection = Anslutning
settab-general = Allmänt
settab-notifications = Aviseringar
settab-peer-protocol = Peer-protokoll
settab-speed = Hastighet

## settings
settings-apply = Verkställ
settings-discard = Kasta ändringar
settings-export = Exportera inställningar…
settings-import = Importera inställningar…
settings-keep-editing = Fortsätt redigera
settings-no-match = Ingen inställning matchar.
settings-reset-all = Alla inställningar till standard
settings-reset-all-tip = Varje inställning tillbaka till standard (Verkställ för att behålla)
settings-reset-tab = Återställ flik
settings-reset-tip = Den här flikens inställningar tillbaka till standard (Verkställ för att behålla)
settings-save = Spara
settings-search-hint = namn eller nyckel för en inställning
settings-title = Inställningar
settings-unsaved = Några inställningar är ändrade men inte verkställda.

## sidebar
sidebar-clear = Rensa filter
sidebar-showing = Visar: { $what } ({ $shown } av { $total })
sidebar-states = Tillstånd
sidebar-tracker-errors = Trackerfel:
sidebar-trackers = Trackers

## state
state-active = Aktiva
state-all = Alla
state-checking = Kontrollerar
state-downloading = Laddar ned
state-error = Fel
state-paused = Pausade
state-seeding = Seedar
state-trackerless = Utan tracker

## status
status-alt-off = Alt. hastighet: av
status-alt-on = Alt. hastighet: på
status-alt-tip = Klicka för att slå på eller av de alternativa gränserna
status-checking = Kontrollerar
status-down = Ned { $rate }
status-down-tip = Nedladdningshastighet, alla torrenter
status-downloading = Laddar ned
status-error = Fel: { $reason }
status-limits = Gränser nu: upp { $up }, ned { $down }
status-not-listening = Lyssnar inte efter peers
status-paused = Pausad
status-peers = Peers { $now } / { $max }
status-peers-tip = Peers anslutna till oss nu / högst
status-port = Port { $port }
status-seeding = Seedar
status-session = Session: upp { $up }, ned { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrenter
        }
       *[other] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrenter
        }, { $selected } valda
    }
status-total = Totalt: upp { $up }, ned { $down }
status-unlimited = obegränsad
status-up = Upp { $rate }
status-up-tip = Uppladdningshastighet, alla torrenter

## tab
tab-details = Detaljer
tab-files = Filer
tab-incoming = Inkommande
tab-log = Torrentlogg
tab-options = Alternativ
tab-peers = Peers
tab-status = Status
tab-trackers = Trackers

## table
table-columns = Kolumner
table-default-columns = Standardkolumner
table-empty = Släpp .torrent-filer här eller tryck Lägg till (Ctrl+O)
table-empty-viewer = Inga torrenter

## toolbar
toolbar-add = Lägg till
toolbar-add-tip = Lägg till .torrent-filer (Ctrl+O)
toolbar-announce = Annonsera
toolbar-announce-tip = Annonsera de valda torrenterna till deras trackers nu (Ctrl+R)
toolbar-down-double = Ned ×2
toolbar-down-double-tip = Dubbla urvalets nedladdningshastighet
toolbar-down-half = Ned ÷2
toolbar-down-half-tip = Halvera urvalets nedladdningshastighet
toolbar-pause = Pausa
toolbar-pause-all = Pausa alla
toolbar-pause-all-tip = Pausa varje torrent
toolbar-pause-tip = Pausa de valda torrenterna (Mellanslag växlar)
toolbar-queue-down = Ned i kön
toolbar-queue-down-tip = Flytta de valda torrenterna ned i kön (Alt+Down)
toolbar-queue-up = Upp i kön
toolbar-queue-up-tip = Flytta de valda torrenterna upp i kön (Alt+Up)
toolbar-remove = Ta bort
toolbar-remove-tip = Ta bort de valda torrenterna (Delete)
toolbar-resume = Återuppta
toolbar-resume-all = Återuppta alla
toolbar-resume-all-tip = Återuppta varje torrent
toolbar-resume-tip = Återuppta de valda torrenterna (Mellanslag växlar)
toolbar-search = Sök
toolbar-search-tip = Sök torrenter efter namn (Ctrl+F)
toolbar-select-first = Välj torrenter först (klick, Ctrl+klick, Shift+klick, Ctrl+A)
toolbar-settings = Inställningar
toolbar-settings-tip = Öppna inställningarna (Ctrl+,)
toolbar-up-double = Upp ×2
toolbar-up-double-tip = Dubbla urvalets uppladdningshastighet
toolbar-up-half = Upp ÷2
toolbar-up-half-tip = Halvera urvalets uppladdningshastighet

## tracker
tracker-error = Fel
tracker-not-contacted = Inte kontaktad
tracker-standby = Vilande
tracker-updating = Uppdaterar…
tracker-working = Fungerar

## trackers
trackers-ago = för { $time } sedan
trackers-default-client = Standard ({ $name })
trackers-downloaded = Nedladdade
trackers-floor = aldrig under trackerns minsta intervall ({ $secs } s)
trackers-floor-unknown = aldrig under en trackers minsta intervall
trackers-in = om { $time }
trackers-interval = Intervall
trackers-interval-label = Annonseringsintervall:
trackers-last = Senaste annonsering
trackers-leechers = Leechers
trackers-message = Meddelande
trackers-next = Nästa annonsering
trackers-none = Den här torrenten har ingen tracker.
trackers-own = eget
trackers-peers = Peers
trackers-poses-as = utger sig för den här klienten
trackers-seeds = Seeds
trackers-status = Status
trackers-theirs = trackerns
trackers-tier = Nivå
trackers-url = URL

## val
val-choose-folder = välj en mapp att bevaka
val-empty-window = fönstret slutar där det börjar (det vore tomt)
val-hours = timmar är 0..=23 och minuter 0..=59
val-no-folder = { $path } är ingen befintlig mapp
val-not-an-address = { $text } är ingen IP-adress
val-not-port = 0 är ingen port (1..=65535)
val-outside = { $value } ligger utanför { $min }..={ $max }
val-proxy-auth = användarnamn och lösenord är högst 255 byte
val-proxy-host = ett värdnamn eller en adress behövs
val-stopped = kräver 0 <= min <= max <= 100
val-unknown-language = okänt språk { $name }
val-unknown-profile = okänd profil { $name }

## view
view-dashboard = Översikt
view-log = Logg
view-monitoring = Övervakning
view-torrents = Torrenter

## viewer
viewer-connecting = Ansluter…
viewer-live = Live
viewer-live-polling = Live (frågar var 2:a s)
viewer-loading = Ansluter till dfakeseeder…
viewer-login-busy = Loggar in…
viewer-login-failed = Inloggningen misslyckades (HTTP { $status }).
viewer-login-intro = dfakeseeder frågar vem du är: ange token som skrevs ut vid start, eller ett användarnamn och lösenord.
viewer-login-password = Lösenord
viewer-login-password-mode = Användarnamn och lösenord
viewer-login-submit = Logga in
viewer-login-throttled = För många försök: vänta en minut och försök igen.
viewer-login-title = Logga in på dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder svarade inte: { $error }
viewer-login-username = Användarnamn
viewer-login-wrong = Fel token, användarnamn eller lösenord.
viewer-offline = Frånkopplad: inget svar från dfakeseeder på { $secs } s; försöker fortfarande.
viewer-read-only = Skrivskyddad vy
viewer-reconnecting = Återansluter…

## web
settab-webui = Webbgränssnitt
set-webui-enabled = Tillhandahåll webb-API och visare
set-webui-localhost_only = Bara den här datorn (lyssna på 127.0.0.1)
set-webui-interface = Webbserverns adress
set-webui-port = Webbserverns port
set-webui-auth_enabled = Kräv inloggning (token eller lösenord)
set-webui-username = Användarnamn för webben
set-webui-password_hash = Nytt webblösenord
set-webui-token = API-token
set-webui-allow_control = Tillåt styrning från webben (lägg till, pausa, ta bort)
set-webui-https_enabled = Använd HTTPS
set-webui-https_cert_path = HTTPS-certifikat (PEM-fil)
set-webui-https_key_path = Privat HTTPS-nyckel (PEM-fil)
set-webui-session_timeout_minutes = Inloggningen varar
set-webui-ban_after_failures = Spärra en adress efter misslyckade inloggningar
set-webui-allowed_hosts = Andra värdnamn (kommaseparerade)
opt-web-no-password = inget lösenord angivet
opt-web-password-set = ett lösenord är angivet; skriv för att byta det
opt-web-token-new = en ny token skapas vid Verkställ
opt-web-rotate = Förnya
opt-web-rotate-tip = En ny slumpmässig token vid Verkställ; den gamla slutar gälla
val-web-needs-auth = krävs när servern lyssnar utanför den här datorn
val-web-choose-file = välj en fil
val-web-username = högst 255 tecken, inga styrtecken
val-web-host = { $text } är inget värdnamn
ev-web-serving = Webbgränssnitt på { $url }
ev-web-stopped = Webbgränssnittet stoppat
notice-web-failed = Webbservern körs inte: { $why }
web-refused-no-auth = Inget tillhandahålls på { $addr } utan inloggning: slå på inloggning eller lyssna på 127.0.0.1
web-refused-no-credentials = Inloggning krävs men det finns varken token eller lösenord
web-bind-failed = Kan inte lyssna på { $addr }: { $error }
web-tls-read = Kan inte läsa { $path }: { $error }
web-tls-bad = { $path } kan inte användas för HTTPS: { $error }
