# English: the source language. Every other file has the same message ids.

## announce
announce-early-body = The tracker asks to wait { $secs } more seconds. Announcing earlier may be counted against you.
announce-early-title = Announce before the tracker allows it?
announce-now = Announce now
announce-when-allowed = When allowed

## cell
cell-default-client = default
cell-no = no
cell-none = none
cell-trackers-interval = tracker's
cell-yes = yes

## col
col-added_on = Added on
col-announce_interval = Interval
col-client_profile = Poses as
col-comment = Comment
col-completed_on = Completed on
col-created_by = Created by
col-creation_date = Created on
col-download_limit = Down limit
col-download_rate = Down speed
col-download_speed = Set down speed
col-eta = ETA
col-eta_threshold = ETA to threshold
col-id = #
col-label = Label
col-leechers = Peers
col-name = Name
col-next_update = Next announce
col-piece_count = Pieces
col-piece_length = Piece size
col-private = Private
col-progress = Progress
col-ratio = Ratio
col-seed_time = Seed time
col-seeders = Seeds
col-session_downloaded = Session down
col-session_uploaded = Session up
col-status = Status
col-threshold = Threshold
col-total_downloaded = Downloaded
col-total_size = Size
col-total_uploaded = Uploaded
col-tracker = Tracker
col-upload_limit = Up limit
col-upload_rate = Up speed
col-upload_speed = Set up speed

## common
common-cancel = Cancel
common-dismiss = Dismiss
common-ok = OK

## dash
dash-active = Active
dash-checking-error = Checking / error
dash-download = Download
dash-downloaded = Downloaded (total)
dash-downloading = Downloading
dash-paused = Paused
dash-peers = Peers
dash-ratio = Ratio
dash-seeding = Seeding
dash-torrents = Torrents
dash-upload = Upload
dash-uploaded = Uploaded (total)

## day
day-fri = Fri
day-mon = Mon
day-sat = Sat
day-sun = Sun
day-thu = Thu
day-tue = Tue
day-wed = Wed

## details
details-select = Select a torrent to see its details.
details-several = Several torrents are selected: select one to see its details.

## dialog
dialog-add-title = Add torrents
dialog-torrent-files = Torrent files

## drop
drop-hint = Drop .torrent files to add them
drop-ignored =
    { $count ->
        [one] Ignored { $count } file (not .torrent): { $names }
       *[other] Ignored { $count } files (not .torrent): { $names }
    }
drop-ignored-more = { $names } and { $more } more

## edit
edit-down-limit-tip = Download cap for this torrent, KiB/s (0 = none)
edit-down-speed-tip = Simulated download speed, KiB/s (drag or type)
edit-interval-tip = Announce interval, seconds (0 = the tracker's; never below its minimum)
edit-threshold-tip = Progress at which uploading starts
edit-up-limit-tip = Upload cap for this torrent, KiB/s (0 = none)
edit-up-speed-tip = Simulated upload speed, KiB/s (drag or type)

## ev
ev-added = Added: { $name }
ev-alt-off = Alternative speed limits off
ev-alt-off-schedule = Alternative speed limits off (schedule)
ev-alt-on = Alternative speed limits on
ev-alt-on-schedule = Alternative speed limits on (schedule)
ev-completed = Completed: { $name }
ev-settings-exported = Settings exported to { $path }
ev-settings-imported = Settings imported from { $path }
ev-settings-saved = Settings saved
ev-tracker-error = Tracker error for { $name }: { $error }
ev-watch-added = Added from the watch folder: { $name }

## file
file-dialog-failed = Could not open the file dialog: { $error }

## graph
graph-download = Download
graph-upload = Upload

## incoming
incoming-address = Address
incoming-ago = { $time } ago
incoming-client = Client
incoming-connected = Connected
incoming-empty = No peer is connected to this torrent. Peers find us through the trackers we announce to.
incoming-handshaking = Handshaking
incoming-last = Last message
incoming-messages = Messages in / out
incoming-since = Since
incoming-state = State

## info
info-added-on = Added on
info-bytes = { $size } ({ $bytes } bytes)
info-comment = Comment
info-completed-on = Completed on
info-created-by = Created by
info-created-on = Created on
info-downloaded = Downloaded (session / total)
info-eta = ETA to threshold / completion
info-files = Files
info-graph-empty = The speed graph fills while the torrent runs.
info-hash = Info-hash
info-name = Name
info-next-announce = Next announce
info-pieces = Pieces
info-private = Private
info-progress = Progress
info-rates = Upload / download rate
info-ratio = Ratio
info-seed-time = Seed time
info-set-speeds = Set speeds
info-status = Status
info-swarm = Seeds / peers
info-total-size = Total size
info-trackers-working = Trackers working
info-uploaded = Uploaded (session / total)
info-uploading-from = Uploading from
info-working = { $working } of { $total }

## level
level-debug = debug
level-error = error
level-info = info
level-warning = warning

## log
log-added-restored = Added: { $name } (totals restored)
log-empty = Nothing logged for this torrent yet.
log-forced-complete = Forced complete: { $name }
log-ledger-failed = Could not save the ledger: { $error }
log-listening = Listening for peers on port { $port }
log-no-match = No log line matches.
log-paused = Paused: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent now poses as { $who }
       *[other] { $count } torrents now pose as { $who }
    }
log-progress-set = Progress set to { $percent } %: { $name }
log-recheck-done = Recheck done: { $name }
log-rechecking = Rechecking: { $name }
log-removed = Removed: { $name }
log-renamed = Renamed: { $old } -> { $name }
log-resumed = Resumed: { $name }
log-seeding-profile = Seeding profile: { $name }
log-selected-only = only the selected torrents
log-show-from = Show from level:
log-trackers-changed = Trackers changed: { $count } now
log-watching = Watching { $path }

## menu
menu-add-tracker = Add tracker…
menu-announce = Announce now
menu-copy = Copy
menu-copy-hash = Info-hash
menu-copy-magnet = Magnet link
menu-copy-name = Name
menu-copy-tracker = Tracker URL
menu-default-client = The default client
menu-edit-tracker = Edit
menu-force-complete = Force complete
menu-label = Set label…
menu-pause = Pause
menu-pose-as = Pose as
menu-properties = Properties
menu-queue = Queue
menu-queue-bottom = Move to bottom
menu-queue-down = Move down
menu-queue-top = Move to top
menu-queue-up = Move up
menu-random-progress = Set random progress
menu-recheck = Force recheck
menu-remove = Remove…
menu-remove-tracker = Remove
menu-remove-with-file = Remove with .torrent copy…
menu-rename = Rename…
menu-reset-limits = Reset to no limit
menu-resume = Resume
menu-set-download-limit = Set download limit…
menu-set-upload-limit = Set upload limit…
menu-speed-limits = Speed limits
menu-trackers = Trackers

## mon
mon-collecting = Collecting the first sample…
mon-connections = Connections
mon-counts = Threads, descriptors, torrents, connections
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Descriptors
mon-every = A sample every { $secs } s; network figures are all interfaces of this machine.
mon-fds = File descriptors
mon-in = In
mon-memory = Memory
mon-net-in = Network in
mon-net-out = Network out
mon-network = Network
mon-out = Out
mon-received = Received (total)
mon-rss = Memory (RSS)
mon-rss-line = RSS
mon-sent = Sent (total)
mon-threads = Threads
mon-torrents = Torrents

## notice
notice-already-added = { $file }: { $name } is already added
notice-cannot-listen = Cannot listen for peers on { $addr }: { $error }
notice-cannot-watch = Cannot watch { $path }: { $error }
notice-copy-failed = { $file }: could not keep a copy: { $error }
notice-error = Error
notice-export-failed = Could not export the settings to { $path }: { $error }
notice-import-failed = Settings not imported from { $path }: { $error }
notice-list-failed = Could not list the torrents folder: { $error }
notice-not-loaded = Not loaded: { $error }
notice-not-renamed = Not renamed: a name needs 1 to { $max } characters on one line
notice-note = Note
notice-settings-failed = Could not save the settings: { $error }
notice-settings-refused = Settings not saved: { $why }
notice-unknown-profile = Unknown seeding profile { $name }
notice-warning = Warning
notice-watch-delete-failed = Added, but could not delete { $path }: { $error }

## opt
opt-bottom-centre = Bottom centre
opt-bottom-left = Bottom left
opt-bottom-right = Bottom right
opt-close-ask = Ask while torrents are running
opt-close-minimize = Minimise and keep seeding (Ctrl+Q quits)
opt-close-quit = Quit
opt-comfortable = Comfortable
opt-compact = Compact
opt-dark = Dark
opt-every-n-minutes = Every N minutes
opt-every-step = Every step
opt-folder-hint = /path/to/folder
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui cannot lay out this script fully yet: right-to-left text shows left to right without joined letters, and Indic conjuncts are not formed. The translation is complete; the shapes are egui's limit.
opt-light = Light
opt-log-normal = Log-normal
opt-none = None
opt-off = Off
opt-on-announce = On each announce
opt-pareto = Pareto
opt-power-law = Power law
opt-random = Random
opt-random-tip = A port in 49152..=65535
opt-socks5 = SOCKS5
opt-system = As the system
opt-system-language = The system's language
opt-top-centre = Top centre
opt-top-left = Top left
opt-top-right = Top right

## options
options-apply-label = Apply label
options-apply-name = Apply name
options-label = Label
options-name = Name
options-read-only = Read-only: the options are changed in the app.
options-running = Running

## peers
peers-address = Address
peers-client = Client
peers-empty = No peers yet: they appear when a tracker answers an announce with some.
peers-from = From tracker

## profile
profile-aggressive = aggressive
profile-balanced = balanced
profile-conservative = conservative
profile-custom = custom

## prompt
prompt-add-tracker = Add tracker URL
prompt-bad-url = A tracker URL starts with http://, https:// or udp://
prompt-down-limit = Download limit (KiB/s, 0 = none)
prompt-edit-tracker = Edit tracker URL
prompt-empty-name = A name cannot be empty
prompt-label = Set label
prompt-not-a-number = { $text } is not a whole number of KiB/s (0 = none)
prompt-rename = Rename torrent
prompt-up-limit = Upload limit (KiB/s, 0 = none)
quit-body = { $count ->
        [one] One torrent is running.
       *[other] { $count } torrents are running.
    } Their trackers will be told that they stopped.
quit-minimize = Minimise instead
quit-quit = Quit
quit-title = Quit dfakeseeder?

## remove
remove-also-file = Also delete the copied .torrent file
remove-title =
    { $count ->
        [one] Remove { $count } torrent?
       *[other] Remove { $count } torrents?
    }
remove-yes = Yes, remove

## search
search-hint = part of a name
search-label = Search:

## set
set-bittorrent-announce_interval_seconds = Announce interval (0 = the tracker's)
set-bittorrent-numwant = Peers to ask for (0 = as the client does)
set-bittorrent-scrape_interval_seconds = Scrape interval (from the next scrape)
set-client_profile = Pose as (on restart)
set-close_action = When the window is closed
set-connection-listening_port = Listening port (on restart)
set-connection-max_global_connections = Most peer connections (on restart)
set-connection-max_per_torrent = Most per torrent (on restart)
set-download_speed = Download speed of new torrents
set-language = Language
set-logging-level = Log file: least important lines written
set-logging-log_to_file = Write a log file (logs/dfakeseeder.log in the config folder)
set-logging-max_files = Log file: old files kept
set-logging-max_size_mb = Log file: start a new one at
set-notification_settings-desktop_notifications = Also on the desktop (completed, warnings, errors)
set-notification_settings-enabled = Show toasts
set-notification_settings-error_timeout_ms = Error stays
set-notification_settings-info_timeout_ms = Information stays (0 = until closed)
set-notification_settings-max_visible = At most on screen
set-notification_settings-position = Where
set-notification_settings-show_in_statusbar = Newest event in the status bar
set-notification_settings-success_timeout_ms = Success stays
set-notification_settings-warning_timeout_ms = Warning stays
set-peer_protocol-handshake_timeout_seconds = Handshake timeout (new connections)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive every (new connections)
set-peer_protocol-message_read_timeout_seconds = Drop a silent peer after (new connections)
set-performance-network_interface = Listen for peers on this address (on restart; empty = all)
set-proxy-auth_enabled = Proxy needs a user name and password
set-proxy-password = Proxy password
set-proxy-port = Proxy port
set-proxy-server = Proxy host
set-proxy-type = Proxy for tracker traffic
set-proxy-username = Proxy user name
set-remember_window_size = Remember the window's size and place (on restart)
set-scheduler-days = On these days
set-scheduler-enabled = Switch to the alternative limits on a schedule
set-scheduler-end_hour = Scheduled until (before the start: next day)
set-scheduler-start_hour = Scheduled from
set-seeding_profile = Seeding profile
set-speed-alt_download_limit_kbps = Alternative download limit
set-speed-alt_upload_limit_kbps = Alternative upload limit
set-speed-download_limit_kbps = Global download limit (0 = none)
set-speed-enable_alternative_speeds = Use the alternative limits now
set-speed-upload_limit_kbps = Global upload limit (0 = none)
set-speed_distribution-download-algorithm = Share download speeds
set-speed_distribution-download-custom_interval_minutes = Download: every N minutes
set-speed_distribution-download-redistribution_mode = Share download again
set-speed_distribution-download-spread_percentage = Download spread
set-speed_distribution-download-stopped_max_percentage = Download: torrents stopped, at most
set-speed_distribution-download-stopped_min_percentage = Download: torrents stopped, at least
set-speed_distribution-upload-algorithm = Share upload speeds
set-speed_distribution-upload-custom_interval_minutes = Upload: every N minutes
set-speed_distribution-upload-redistribution_mode = Share upload again
set-speed_distribution-upload-spread_percentage = Upload spread
set-speed_distribution-upload-stopped_max_percentage = Upload: torrents stopped, at most
set-speed_distribution-upload-stopped_min_percentage = Upload: torrents stopped, at least
set-start_minimized = Start minimised (on restart)
set-storage-ledger_interval_seconds = Save the accounting every (on restart)
set-threshold = New torrents upload from
set-tickspeed = Simulation step
set-ui_settings-color_scheme = Colours
set-ui_settings-density = Density
set-ui_settings-monitoring_refresh_interval = Monitoring sample every
set-upload_speed = Upload speed of new torrents
set-watch_folder-delete_added_torrents = Delete .torrent files once added
set-watch_folder-enabled = Add torrents from a watch folder
set-watch_folder-path = Watch folder

## settab
settab-advanced = Advanced
settab-bittorrent = BitTorrent
settab-connection = Connection
settab-general = General
settab-notifications = Notifications
settab-peer-protocol = Peer protocol
settab-speed = Speed

## settings
settings-apply = Apply
settings-discard = Discard changes
settings-export = Export settings…
settings-import = Import settings…
settings-keep-editing = Keep editing
settings-no-match = No setting matches.
settings-reset-all = All settings to defaults
settings-reset-all-tip = Every setting back to its default (Apply to keep)
settings-reset-tab = Reset tab
settings-reset-tip = This tab's settings back to their defaults (Apply to keep)
settings-save = Save
settings-search-hint = a setting's name or key
settings-title = Settings
settings-unsaved = Some settings are changed but not applied.

## sidebar
sidebar-clear = Clear filters
sidebar-showing = Showing: { $what } ({ $shown } of { $total })
sidebar-states = States
sidebar-tracker-errors = Tracker errors:
sidebar-trackers = Trackers

## state
state-active = Active
state-all = All
state-checking = Checking
state-downloading = Downloading
state-error = Error
state-paused = Paused
state-seeding = Seeding
state-trackerless = Trackerless

## status
status-alt-off = Alt speed: off
status-alt-on = Alt speed: on
status-alt-tip = Click to turn the alternative limits on or off
status-checking = Checking
status-down = Down { $rate }
status-down-tip = Download rate, all torrents
status-downloading = Downloading
status-error = Error: { $reason }
status-limits = Limits now: up { $up }, down { $down }
status-not-listening = Not listening for peers
status-paused = Paused
status-peers = Peers { $now } / { $max }
status-peers-tip = Peers connected to us now / at most
status-port = Port { $port }
status-seeding = Seeding
status-session = Session: up { $up }, down { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrents
        }
       *[other] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrents
        }, { $selected } selected
    }
status-total = Total: up { $up }, down { $down }
status-unlimited = unlimited
status-up = Up { $rate }
status-up-tip = Upload rate, all torrents

## tab
tab-details = Details
tab-files = Files
tab-incoming = Incoming
tab-log = Torrent log
tab-options = Options
tab-peers = Peers
tab-status = Status
tab-trackers = Trackers

## table
table-columns = Columns
table-default-columns = Default columns
table-empty = Drop .torrent files here or press Add (Ctrl+O)
table-empty-viewer = No torrents

## toolbar
toolbar-add = Add
toolbar-add-tip = Add .torrent files (Ctrl+O)
toolbar-announce = Announce
toolbar-announce-tip = Announce the selected torrents to their trackers now (Ctrl+R)
toolbar-down-double = Down ×2
toolbar-down-double-tip = Double the selection's download speed
toolbar-down-half = Down ÷2
toolbar-down-half-tip = Halve the selection's download speed
toolbar-pause = Pause
toolbar-pause-all = Pause all
toolbar-pause-all-tip = Pause every torrent
toolbar-pause-tip = Pause the selected torrents (Space toggles)
toolbar-queue-down = Queue down
toolbar-queue-down-tip = Move the selected torrents down the queue (Alt+Down)
toolbar-queue-up = Queue up
toolbar-queue-up-tip = Move the selected torrents up the queue (Alt+Up)
toolbar-remove = Remove
toolbar-remove-tip = Remove the selected torrents (Delete)
toolbar-resume = Resume
toolbar-resume-all = Resume all
toolbar-resume-all-tip = Resume every torrent
toolbar-resume-tip = Resume the selected torrents (Space toggles)
toolbar-search = Search
toolbar-search-tip = Search torrents by name (Ctrl+F)
toolbar-select-first = Select torrents first (click, Ctrl+click, Shift+click, Ctrl+A)
toolbar-settings = Settings
toolbar-settings-tip = Open the settings (Ctrl+,)
toolbar-up-double = Up ×2
toolbar-up-double-tip = Double the selection's upload speed
toolbar-up-half = Up ÷2
toolbar-up-half-tip = Halve the selection's upload speed

## tracker
tracker-error = Error
tracker-not-contacted = Not contacted
tracker-standby = Standby
tracker-updating = Updating…
tracker-working = Working

## trackers
trackers-ago = { $time } ago
trackers-default-client = Default ({ $name })
trackers-downloaded = Downloaded
trackers-floor = never below the tracker's min interval ({ $secs } s)
trackers-floor-unknown = never below a tracker's min interval
trackers-in = in { $time }
trackers-interval = Interval
trackers-interval-label = Announce interval:
trackers-last = Last announce
trackers-leechers = Leechers
trackers-message = Message
trackers-next = Next announce
trackers-none = This torrent has no tracker.
trackers-own = my own
trackers-peers = Peers
trackers-poses-as = poses as this client
trackers-seeds = Seeds
trackers-status = Status
trackers-theirs = the tracker's
trackers-tier = Tier
trackers-url = URL

## val
val-choose-folder = choose a folder to watch
val-empty-window = the window ends when it starts (it would be empty)
val-hours = hours are 0..=23 and minutes 0..=59
val-no-folder = { $path } is not an existing folder
val-not-an-address = { $text } is not an IP address
val-not-port = 0 is not a port (1..=65535)
val-outside = { $value } is outside { $min }..={ $max }
val-proxy-auth = user name and password are at most 255 bytes
val-proxy-host = a host name or address is needed
val-stopped = needs 0 <= min <= max <= 100
val-unknown-language = unknown language { $name }
val-unknown-profile = unknown profile { $name }

## view
view-dashboard = Dashboard
view-log = Log
view-monitoring = Monitoring
view-torrents = Torrents

## viewer
viewer-connecting = Connecting…
viewer-live = Live
viewer-live-polling = Live (checking every 2 s)
viewer-loading = Connecting to dfakeseeder…
viewer-login-busy = Logging in…
viewer-login-failed = Login failed (HTTP { $status }).
viewer-login-intro = dfakeseeder asks who you are: enter the token it printed at start-up, or a user name and password.
viewer-login-password = Password
viewer-login-password-mode = User name and password
viewer-login-submit = Log in
viewer-login-throttled = Too many attempts: wait a minute and try again.
viewer-login-title = Log in to dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder did not answer: { $error }
viewer-login-username = User name
viewer-login-wrong = Wrong token, user name or password.
viewer-offline = Offline: no answer from dfakeseeder for { $secs } s; still trying.
viewer-read-only = Read-only view
viewer-reconnecting = Reconnecting…

## web
settab-webui = Web UI
set-webui-enabled = Serve the web API and viewer
set-webui-localhost_only = Only this computer (bind 127.0.0.1)
set-webui-interface = Web server address
set-webui-port = Web server port
set-webui-auth_enabled = Require login (token or password)
set-webui-username = Web user name
set-webui-password_hash = New web password
set-webui-token = API token
set-webui-allow_control = Allow control from the web (add, pause, remove)
set-webui-https_enabled = Use HTTPS
set-webui-https_cert_path = HTTPS certificate (PEM file)
set-webui-https_key_path = HTTPS private key (PEM file)
set-webui-session_timeout_minutes = Login lasts
set-webui-ban_after_failures = Block an address after failed logins
set-webui-allowed_hosts = Other host names (comma-separated)
opt-web-no-password = no password set
opt-web-password-set = a password is set; type to replace it
opt-web-token-new = a new token is made on Apply
opt-web-rotate = Rotate
opt-web-rotate-tip = A new random token on Apply; the old one stops working
val-web-needs-auth = needed when the server listens beyond this computer
val-web-choose-file = choose a file
val-web-username = at most 255 characters, no control characters
val-web-host = { $text } is not a host name
ev-web-serving = Web UI at { $url }
ev-web-stopped = Web UI stopped
notice-web-failed = The web server is not running: { $why }
web-refused-no-auth = Not serving on { $addr } without login: turn on authentication or bind to 127.0.0.1
web-refused-no-credentials = Login is required but there is neither a token nor a password
web-bind-failed = Cannot listen on { $addr }: { $error }
web-tls-read = Cannot read { $path }: { $error }
web-tls-bad = { $path } cannot be used for HTTPS: { $error }
