# Italian: translated from en.ftl

## announce
announce-early-body = Il tracker chiede di attendere altri { $secs } secondi. Annunciare prima potrebbe essere conteggiato a tuo sfavore.
announce-early-title = Annunciare prima che il tracker lo consenta?
announce-now = Annuncia ora
announce-when-allowed = Quando consentito

## cell
cell-default-client = predefinito
cell-no = no
cell-none = nessuno
cell-trackers-interval = del tracker
cell-yes = sì

## col
col-added_on = Aggiunto il
col-announce_interval = Intervallo
col-client_profile = Si presenta come
col-comment = Commento
col-completed_on = Completato il
col-created_by = Creato da
col-creation_date = Creato il
col-download_limit = Limite download
col-download_rate = Velocità download
col-download_speed = Download impostato
col-eta = ETA
col-eta_threshold = ETA alla soglia
col-id = #
col-label = Etichetta
col-leechers = Peer
col-name = Nome
col-next_update = Prossimo annuncio
col-piece_count = Parti
col-piece_length = Dimensione parti
col-private = Privato
col-progress = Avanzamento
col-ratio = Rapporto
col-seed_time = Tempo in seed
col-seeders = Seed
col-session_downloaded = Scaricati (sessione)
col-session_uploaded = Inviati (sessione)
col-status = Stato
col-threshold = Soglia
col-total_downloaded = Scaricati
col-total_size = Dimensione
col-total_uploaded = Inviati
col-tracker = Tracker
col-upload_limit = Limite upload
col-upload_rate = Velocità upload
col-upload_speed = Upload impostato

## common
common-cancel = Annulla
common-dismiss = Chiudi
common-ok = OK

## dash
dash-active = Attivi
dash-checking-error = Verifica / errore
dash-download = Download
dash-downloaded = Scaricati (totale)
dash-downloading = In download
dash-paused = In pausa
dash-peers = Peer
dash-ratio = Rapporto
dash-seeding = In seed
dash-torrents = Torrent
dash-upload = Upload
dash-uploaded = Inviati (totale)

## day
day-fri = ven
day-mon = lun
day-sat = sab
day-sun = dom
day-thu = gio
day-tue = mar
day-wed = mer

## details
details-select = Seleziona un torrent per vederne i dettagli.
details-several = Sono selezionati più torrent: selezionane uno per vederne i dettagli.

## dialog
dialog-add-title = Aggiungi torrent
dialog-torrent-files = File torrent

## drop
drop-hint = Trascina qui file .torrent per aggiungerli
drop-ignored =
    { $count ->
        [one] { $count } file ignorato (non .torrent): { $names }
       *[other] { $count } file ignorati (non .torrent): { $names }
    }
drop-ignored-more = { $names } e altri { $more }

## edit
edit-down-limit-tip = Tetto di download per questo torrent, KiB/s (0 = nessuno)
edit-down-speed-tip = Velocità di download simulata, KiB/s (trascina o digita)
edit-interval-tip = Intervallo di annuncio, in secondi (0 = quello del tracker; mai sotto il suo minimo)
edit-threshold-tip = Avanzamento da cui inizia l'upload
edit-up-limit-tip = Tetto di upload per questo torrent, KiB/s (0 = nessuno)
edit-up-speed-tip = Velocità di upload simulata, KiB/s (trascina o digita)

## ev
ev-added = Aggiunto: { $name }
ev-alt-off = Limiti di velocità alternativi disattivati
ev-alt-off-schedule = Limiti di velocità alternativi disattivati (pianificazione)
ev-alt-on = Limiti di velocità alternativi attivati
ev-alt-on-schedule = Limiti di velocità alternativi attivi (pianificazione)
ev-completed = Completato: { $name }
ev-settings-exported = Impostazioni esportate in { $path }
ev-settings-imported = Impostazioni importate da { $path }
ev-settings-saved = Impostazioni salvate
ev-tracker-error = Errore del tracker per { $name }: { $error }
ev-watch-added = Aggiunto dalla cartella monitorata: { $name }

## file
file-dialog-failed = Impossibile aprire la finestra di selezione file: { $error }

## graph
graph-download = Download
graph-upload = Upload

## incoming
incoming-address = Indirizzo
incoming-ago = { $time } fa
incoming-client = Client
incoming-connected = Connesso
incoming-empty = Nessun peer è connesso a questo torrent. I peer ci trovano tramite i tracker a cui ci annunciamo.
incoming-handshaking = Handshake in corso
incoming-last = Ultimo messaggio
incoming-messages = Messaggi in entrata / in uscita
incoming-since = Da
incoming-state = Stato

## info
info-added-on = Aggiunto il
info-bytes = { $size } ({ $bytes } byte)
info-comment = Commento
info-completed-on = Completato il
info-created-by = Creato da
info-created-on = Creato il
info-downloaded = Scaricati (sessione / totale)
info-eta = ETA alla soglia / al completamento
info-files = File
info-graph-empty = Il grafico della velocità si riempie mentre il torrent è in esecuzione.
info-hash = Info-hash
info-name = Nome
info-next-announce = Prossimo annuncio
info-pieces = Parti
info-private = Privato
info-progress = Avanzamento
info-rates = Velocità di upload / download
info-ratio = Rapporto
info-seed-time = Tempo in seed
info-set-speeds = Velocità impostate
info-status = Stato
info-swarm = Seed / peer
info-total-size = Dimensione totale
info-trackers-working = Tracker funzionanti
info-uploaded = Inviati (sessione / totale)
info-uploading-from = Upload a partire da
info-working = { $working } su { $total }

## level
level-debug = debug
level-error = errore
level-info = info
level-warning = avviso

## log
log-added-restored = Aggiunto: { $name } (totali ripristinati)
log-empty = Ancora nessuna voce di registro per questo torrent.
log-forced-complete = Completamento forzato: { $name }
log-ledger-failed = Impossibile salvare la contabilità: { $error }
log-listening = In ascolto dei peer sulla porta { $port }
log-no-match = Nessuna riga di registro corrisponde.
log-paused = In pausa: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent ora si presenta come { $who }
       *[other] { $count } torrent ora si presentano come { $who }
    }
log-progress-set = Avanzamento impostato a { $percent } %: { $name }
log-recheck-done = Ricontrollo completato: { $name }
log-rechecking = Ricontrollo: { $name }
log-removed = Rimosso: { $name }
log-renamed = Rinominato: { $old } -> { $name }
log-resumed = Ripreso: { $name }
log-seeding-profile = Profilo di seeding: { $name }
log-selected-only = solo i torrent selezionati
log-show-from = Mostra dal livello:
log-trackers-changed = Tracker modificati: ora { $count }
log-watching = Monitoraggio di { $path }

## menu
menu-add-tracker = Aggiungi tracker…
menu-announce = Annuncia ora
menu-copy = Copia
menu-copy-hash = Info-hash
menu-copy-magnet = Collegamento magnet
menu-copy-name = Nome
menu-copy-tracker = URL del tracker
menu-default-client = Il client predefinito
menu-edit-tracker = Modifica
menu-force-complete = Forza completamento
menu-label = Imposta etichetta…
menu-pause = Metti in pausa
menu-pose-as = Presenta come
menu-properties = Proprietà
menu-queue = Coda
menu-queue-bottom = Sposta in fondo
menu-queue-down = Sposta giù
menu-queue-top = Sposta in cima
menu-queue-up = Sposta su
menu-random-progress = Imposta avanzamento casuale
menu-recheck = Forza ricontrollo
menu-remove = Rimuovi…
menu-remove-tracker = Rimuovi
menu-remove-with-file = Rimuovi con la copia del .torrent…
menu-rename = Rinomina…
menu-reset-limits = Ripristina senza limiti
menu-resume = Riprendi
menu-set-download-limit = Imposta limite di download…
menu-set-upload-limit = Imposta limite di upload…
menu-speed-limits = Limiti di velocità
menu-trackers = Tracker

## mon
mon-collecting = Raccolta del primo campione…
mon-connections = Connessioni
mon-counts = Thread, descrittori, torrent, connessioni
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Descrittori
mon-every = Un campione ogni { $secs } s; i valori di rete comprendono tutte le interfacce di questa macchina.
mon-fds = Descrittori di file
mon-in = In entrata
mon-memory = Memoria
mon-net-in = Rete in entrata
mon-net-out = Rete in uscita
mon-network = Rete
mon-out = In uscita
mon-received = Ricevuti (totale)
mon-rss = Memoria (RSS)
mon-rss-line = RSS
mon-sent = Inviati (totale)
mon-threads = Thread
mon-torrents = Torrent

## notice
notice-already-added = { $file }: { $name } è già stato aggiunto
notice-cannot-listen = Impossibile ascoltare i peer su { $addr }: { $error }
notice-cannot-watch = Impossibile monitorare { $path }: { $error }
notice-copy-failed = { $file }: impossibile conservarne una copia: { $error }
notice-error = Errore
notice-export-failed = Impossibile esportare le impostazioni in { $path }: { $error }
notice-import-failed = Impostazioni non importate da { $path }: { $error }
notice-list-failed = Impossibile elencare la cartella dei torrent: { $error }
notice-not-loaded = Non caricato: { $error }
notice-not-renamed = Non rinominato: un nome deve avere da 1 a { $max } caratteri su una sola riga
notice-note = Nota
notice-settings-failed = Impossibile salvare le impostazioni: { $error }
notice-settings-refused = Impostazioni non salvate: { $why }
notice-unknown-profile = Profilo di seeding sconosciuto: { $name }
notice-warning = Avviso
notice-watch-delete-failed = Aggiunto, ma impossibile eliminare { $path }: { $error }

## opt
opt-bottom-centre = In basso al centro
opt-bottom-left = In basso a sinistra
opt-bottom-right = In basso a destra
opt-close-ask = Chiedi finché ci sono torrent attivi
opt-close-minimize = Riduci a icona e continua il seeding (Ctrl+Q esce)
opt-close-quit = Esci
opt-comfortable = Comoda
opt-compact = Compatta
opt-dark = Scuro
opt-every-n-minutes = Ogni N minuti
opt-every-step = A ogni passo
opt-folder-hint = /percorso/della/cartella
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui non sa ancora impaginare completamente questa scrittura: il testo da destra a sinistra appare da sinistra a destra senza lettere legate, e i nessi indiani non vengono formati. La traduzione è completa; le forme sono un limite di egui.
opt-light = Chiaro
opt-log-normal = Log-normale
opt-none = Nessuno
opt-off = Disattivato
opt-on-announce = A ogni annuncio
opt-pareto = Pareto
opt-power-law = Legge di potenza
opt-random = Casuale
opt-random-tip = Una porta in 49152..=65535
opt-socks5 = SOCKS5
opt-system = Come il sistema
opt-system-language = La lingua del sistema
opt-top-centre = In alto al centro
opt-top-left = In alto a sinistra
opt-top-right = In alto a destra

## options
options-apply-label = Applica etichetta
options-apply-name = Applica nome
options-label = Etichetta
options-name = Nome
options-read-only = Sola lettura: le opzioni si modificano nell'app.
options-running = In esecuzione

## peers
peers-address = Indirizzo
peers-client = Client
peers-empty = Ancora nessun peer: compaiono quando un tracker risponde a un annuncio fornendone qualcuno.
peers-from = Dal tracker

## profile
profile-aggressive = aggressivo
profile-balanced = bilanciato
profile-conservative = prudente
profile-custom = personalizzato

## prompt
prompt-add-tracker = Aggiungi URL del tracker
prompt-bad-url = Un URL di tracker inizia con http://, https:// o udp://
prompt-down-limit = Limite di download (KiB/s, 0 = nessuno)
prompt-edit-tracker = Modifica URL del tracker
prompt-empty-name = Un nome non può essere vuoto
prompt-label = Imposta etichetta
prompt-not-a-number = { $text } non è un numero intero di KiB/s (0 = nessuno)
prompt-rename = Rinomina torrent
prompt-up-limit = Limite di upload (KiB/s, 0 = nessuno)
quit-body = { $count ->
        [one] Un torrent è attivo.
       *[other] { $count } torrent sono attivi.
    } I loro tracker verranno avvisati che si sono fermati.
quit-minimize = Riduci a icona
quit-quit = Esci
quit-title = Uscire da dfakeseeder?

## remove
remove-also-file = Elimina anche il file .torrent copiato
remove-title =
    { $count ->
        [one] Rimuovere { $count } torrent?
       *[other] Rimuovere { $count } torrent?
    }
remove-yes = Sì, rimuovi

## search
search-hint = parte di un nome
search-label = Cerca:

## set
set-bittorrent-announce_interval_seconds = Intervallo di annuncio (0 = quello del tracker)
set-bittorrent-numwant = Peer da richiedere (0 = come fa il client)
set-bittorrent-scrape_interval_seconds = Intervallo di scrape (dal prossimo scrape)
set-client_profile = Presentarsi come (al riavvio)
set-close_action = Alla chiusura della finestra
set-connection-listening_port = Porta di ascolto (al riavvio)
set-connection-max_global_connections = Massimo di connessioni ai peer (al riavvio)
set-connection-max_per_torrent = Massimo per torrent (al riavvio)
set-download_speed = Velocità di download dei nuovi torrent
set-language = Lingua
set-logging-level = File di log: livello minimo scritto
set-logging-log_to_file = Scrivi un file di log (logs/dfakeseeder.log nella cartella di configurazione)
set-logging-max_files = File di log: vecchi file conservati
set-logging-max_size_mb = File di log: iniziarne uno nuovo a
set-notification_settings-desktop_notifications = Anche sul desktop (completati, avvisi, errori)
set-notification_settings-enabled = Mostra notifiche a comparsa
set-notification_settings-error_timeout_ms = Durata degli errori
set-notification_settings-info_timeout_ms = Durata delle informazioni (0 = fino alla chiusura)
set-notification_settings-max_visible = Massimo sullo schermo
set-notification_settings-position = Posizione
set-notification_settings-show_in_statusbar = Evento più recente nella barra di stato
set-notification_settings-success_timeout_ms = Durata dei successi
set-notification_settings-warning_timeout_ms = Durata degli avvisi
set-peer_protocol-handshake_timeout_seconds = Timeout dell'handshake (nuove connessioni)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive ogni (nuove connessioni)
set-peer_protocol-message_read_timeout_seconds = Disconnetti un peer silenzioso dopo (nuove connessioni)
set-performance-network_interface = Ascolta i peer su questo indirizzo (al riavvio; vuoto = tutti)
set-proxy-auth_enabled = Il proxy richiede nome utente e password
set-proxy-password = Password del proxy
set-proxy-port = Porta del proxy
set-proxy-server = Host del proxy
set-proxy-type = Proxy per il traffico dei tracker
set-proxy-username = Nome utente del proxy
set-remember_window_size = Ricorda dimensione e posizione della finestra (al riavvio)
set-scheduler-days = In questi giorni
set-scheduler-enabled = Passa ai limiti alternativi secondo una pianificazione
set-scheduler-end_hour = Pianificato fino alle (prima dell'inizio: giorno dopo)
set-scheduler-start_hour = Pianificato dalle
set-seeding_profile = Profilo di seeding
set-speed-alt_download_limit_kbps = Limite di download alternativo
set-speed-alt_upload_limit_kbps = Limite di upload alternativo
set-speed-download_limit_kbps = Limite globale di download (0 = nessuno)
set-speed-enable_alternative_speeds = Usa ora i limiti alternativi
set-speed-upload_limit_kbps = Limite globale di upload (0 = nessuno)
set-speed_distribution-download-algorithm = Ripartisci le velocità di download
set-speed_distribution-download-custom_interval_minutes = Download: ogni N minuti
set-speed_distribution-download-redistribution_mode = Ripartisci di nuovo il download
set-speed_distribution-download-spread_percentage = Dispersione del download
set-speed_distribution-download-stopped_max_percentage = Download: torrent fermi, al massimo
set-speed_distribution-download-stopped_min_percentage = Download: torrent fermi, almeno
set-speed_distribution-upload-algorithm = Ripartisci le velocità di upload
set-speed_distribution-upload-custom_interval_minutes = Upload: ogni N minuti
set-speed_distribution-upload-redistribution_mode = Ripartisci di nuovo l'upload
set-speed_distribution-upload-spread_percentage = Dispersione dell'upload
set-speed_distribution-upload-stopped_max_percentage = Upload: torrent fermi, al massimo
set-speed_distribution-upload-stopped_min_percentage = Upload: torrent fermi, almeno
set-start_minimized = Avvia ridotto a icona (al riavvio)
set-storage-ledger_interval_seconds = Salva la contabilità ogni (al riavvio)
set-threshold = I nuovi torrent inviano a partire da
set-tickspeed = Passo di simulazione
set-ui_settings-color_scheme = Colori
set-ui_settings-density = Densità
set-ui_settings-monitoring_refresh_interval = Campione di monitoraggio ogni
set-upload_speed = Velocità di upload dei nuovi torrent
set-watch_folder-delete_added_torrents = Elimina i file .torrent una volta aggiunti
set-watch_folder-enabled = Aggiungi torrent da una cartella monitorata
set-watch_folder-path = Cartella monitorata

## settab
settab-advanced = Avanzate
settab-bittorrent = BitTorrent
settab-connection = Connessione
settab-general = Generale
settab-notifications = Notifiche
settab-peer-protocol = Protocollo peer
settab-speed = Velocità

## settings
settings-apply = Applica
settings-discard = Scarta le modifiche
settings-export = Esporta impostazioni…
settings-import = Importa impostazioni…
settings-keep-editing = Continua a modificare
settings-no-match = Nessuna impostazione corrisponde.
settings-reset-all = Tutte le impostazioni ai valori predefiniti
settings-reset-all-tip = Riporta ogni impostazione al valore predefinito (Applica per mantenere)
settings-reset-tab = Ripristina scheda
settings-reset-tip = Riporta le impostazioni di questa scheda ai valori predefiniti (Applica per mantenere)
settings-save = Salva
settings-search-hint = nome o chiave di un'impostazione
settings-title = Impostazioni
settings-unsaved = Alcune impostazioni sono cambiate ma non applicate.

## sidebar
sidebar-clear = Azzera filtri
sidebar-showing = Visualizzati: { $what } ({ $shown } su { $total })
sidebar-states = Stati
sidebar-tracker-errors = Errori dei tracker:
sidebar-trackers = Tracker

## state
state-active = Attivi
state-all = Tutti
state-checking = In verifica
state-downloading = In download
state-error = Errore
state-paused = In pausa
state-seeding = In seed
state-trackerless = Senza tracker

## status
status-alt-off = Velocità alt.: disattivata
status-alt-on = Velocità alt.: attivata
status-alt-tip = Clic per attivare o disattivare i limiti alternativi
status-checking = In verifica
status-down = Download { $rate }
status-down-tip = Velocità di download, tutti i torrent
status-downloading = In download
status-error = Errore: { $reason }
status-limits = Limiti attuali: upload { $up }, download { $down }
status-not-listening = Non in ascolto dei peer
status-paused = In pausa
status-peers = Peer { $now } / { $max }
status-peers-tip = Peer connessi a noi ora / al massimo
status-port = Porta { $port }
status-seeding = In seed
status-session = Sessione: upload { $up }, download { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrent
        }
       *[other] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrent
        }, { $selected } { $selected ->
            [one] selezionato
           *[other] selezionati
        }
    }
status-total = Totale: upload { $up }, download { $down }
status-unlimited = senza limite
status-up = Upload { $rate }
status-up-tip = Velocità di upload, tutti i torrent

## tab
tab-details = Dettagli
tab-files = File
tab-incoming = In entrata
tab-log = Registro del torrent
tab-options = Opzioni
tab-peers = Peer
tab-status = Stato
tab-trackers = Tracker

## table
table-columns = Colonne
table-default-columns = Colonne predefinite
table-empty = Trascina qui file .torrent o premi Aggiungi (Ctrl+O)
table-empty-viewer = Nessun torrent

## toolbar
toolbar-add = Aggiungi
toolbar-add-tip = Aggiungi file .torrent (Ctrl+O)
toolbar-announce = Annuncia
toolbar-announce-tip = Annuncia ora i torrent selezionati ai loro tracker (Ctrl+R)
toolbar-down-double = Download ×2
toolbar-down-double-tip = Raddoppia la velocità di download della selezione
toolbar-down-half = Download ÷2
toolbar-down-half-tip = Dimezza la velocità di download della selezione
toolbar-pause = Pausa
toolbar-pause-all = Metti tutto in pausa
toolbar-pause-all-tip = Metti in pausa ogni torrent
toolbar-pause-tip = Metti in pausa i torrent selezionati (Space per alternare)
toolbar-queue-down = Giù nella coda
toolbar-queue-down-tip = Sposta giù nella coda i torrent selezionati (Alt+Down)
toolbar-queue-up = Su nella coda
toolbar-queue-up-tip = Sposta su nella coda i torrent selezionati (Alt+Up)
toolbar-remove = Rimuovi
toolbar-remove-tip = Rimuovi i torrent selezionati (Delete)
toolbar-resume = Riprendi
toolbar-resume-all = Riprendi tutto
toolbar-resume-all-tip = Riprendi ogni torrent
toolbar-resume-tip = Riprendi i torrent selezionati (Space per alternare)
toolbar-search = Cerca
toolbar-search-tip = Cerca torrent per nome (Ctrl+F)
toolbar-select-first = Seleziona prima dei torrent (clic, Ctrl+clic, Maiusc+clic, Ctrl+A)
toolbar-settings = Impostazioni
toolbar-settings-tip = Apri le impostazioni (Ctrl+,)
toolbar-up-double = Upload ×2
toolbar-up-double-tip = Raddoppia la velocità di upload della selezione
toolbar-up-half = Upload ÷2
toolbar-up-half-tip = Dimezza la velocità di upload della selezione

## tracker
tracker-error = Errore
tracker-not-contacted = Non contattato
tracker-standby = In attesa
tracker-updating = Aggiornamento…
tracker-working = Funzionante

## trackers
trackers-ago = { $time } fa
trackers-default-client = Predefinito ({ $name })
trackers-downloaded = Scaricati
trackers-floor = mai sotto l'intervallo minimo del tracker ({ $secs } s)
trackers-floor-unknown = mai sotto l'intervallo minimo di un tracker
trackers-in = tra { $time }
trackers-interval = Intervallo
trackers-interval-label = Intervallo di annuncio:
trackers-last = Ultimo annuncio
trackers-leechers = Leecher
trackers-message = Messaggio
trackers-next = Prossimo annuncio
trackers-none = Questo torrent non ha tracker.
trackers-own = il mio
trackers-peers = Peer
trackers-poses-as = si presenta come questo client
trackers-seeds = Seed
trackers-status = Stato
trackers-theirs = quello del tracker
trackers-tier = Livello
trackers-url = URL

## val
val-choose-folder = scegli una cartella da monitorare
val-empty-window = la fascia finisce quando inizia (sarebbe vuota)
val-hours = le ore sono in 0..=23 e i minuti in 0..=59
val-no-folder = { $path } non è una cartella esistente
val-not-an-address = { $text } non è un indirizzo IP
val-not-port = 0 non è una porta (1..=65535)
val-outside = { $value } è fuori da { $min }..={ $max }
val-proxy-auth = nome utente e password hanno al massimo 255 byte
val-proxy-host = serve un nome host o un indirizzo
val-stopped = serve 0 <= min <= max <= 100
val-unknown-language = lingua sconosciuta: { $name }
val-unknown-profile = profilo sconosciuto: { $name }

## view
view-dashboard = Pannello
view-log = Registro
view-monitoring = Monitoraggio
view-torrents = Torrent

## viewer
viewer-connecting = Connessione…
viewer-live = In diretta
viewer-live-polling = In diretta (controllo ogni 2 s)
viewer-loading = Connessione a dfakeseeder…
viewer-login-busy = Accesso in corso…
viewer-login-failed = Accesso non riuscito (HTTP { $status }).
viewer-login-intro = dfakeseeder chiede chi sei: inserisci il token stampato all’avvio, oppure nome utente e password.
viewer-login-password = Password
viewer-login-password-mode = Nome utente e password
viewer-login-submit = Accedi
viewer-login-throttled = Troppi tentativi: attendi un minuto e riprova.
viewer-login-title = Accedi a dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder non ha risposto: { $error }
viewer-login-username = Nome utente
viewer-login-wrong = Token, nome utente o password errati.
viewer-offline = Non in linea: nessuna risposta da dfakeseeder da { $secs } s; nuovo tentativo in corso.
viewer-read-only = Vista di sola lettura
viewer-reconnecting = Riconnessione…

## web
settab-webui = Interfaccia web
set-webui-enabled = Servire l’API web e il visualizzatore
set-webui-localhost_only = Solo questo computer (ascolta su 127.0.0.1)
set-webui-interface = Indirizzo del server web
set-webui-port = Porta del server web
set-webui-auth_enabled = Richiedi l’accesso (token o password)
set-webui-username = Nome utente web
set-webui-password_hash = Nuova password web
set-webui-token = Token dell’API
set-webui-allow_control = Consenti il controllo dal web (aggiungi, pausa, rimuovi)
set-webui-https_enabled = Usa HTTPS
set-webui-https_cert_path = Certificato HTTPS (file PEM)
set-webui-https_key_path = Chiave privata HTTPS (file PEM)
set-webui-session_timeout_minutes = Durata dell’accesso
set-webui-ban_after_failures = Blocca un indirizzo dopo accessi falliti
set-webui-allowed_hosts = Altri nomi host (separati da virgole)
opt-web-no-password = nessuna password impostata
opt-web-password-set = una password è impostata; digita per sostituirla
opt-web-token-new = all’applicazione viene creato un nuovo token
opt-web-rotate = Rinnova
opt-web-rotate-tip = Un nuovo token casuale all’applicazione; quello vecchio smette di funzionare
val-web-needs-auth = necessario quando il server ascolta oltre questo computer
val-web-choose-file = scegli un file
val-web-username = al massimo 255 caratteri, nessun carattere di controllo
val-web-host = { $text } non è un nome host
ev-web-serving = Interfaccia web su { $url }
ev-web-stopped = Interfaccia web fermata
notice-web-failed = Il server web non è attivo: { $why }
web-refused-no-auth = Nessun servizio su { $addr } senza accesso: attiva l’autenticazione o ascolta su 127.0.0.1
web-refused-no-credentials = L’accesso è richiesto ma non c’è né un token né una password
web-bind-failed = Impossibile ascoltare su { $addr }: { $error }
web-tls-read = Impossibile leggere { $path }: { $error }
web-tls-bad = { $path } non è utilizzabile per HTTPS: { $error }
