# Irish: translated from en.ftl

## announce
announce-early-body = Iarrann an rianaire ort fanacht { $secs } soicind eile. D'fhéadfaí fógra níos luaithe a chomhaireamh i do choinne.
announce-early-title = Fógair sula gceadaíonn an rianaire é?
announce-now = Fógair anois
announce-when-allowed = Nuair a cheadaítear

## cell
cell-default-client = réamhshocrú
cell-no = níl
cell-none = dada
cell-trackers-interval = an rianaire
cell-yes = tá

## col
col-added_on = Curtha leis
col-announce_interval = Eatramh
col-client_profile = Ag ligean air gur
col-comment = Nóta tráchta
col-completed_on = Críochnaithe
col-created_by = Cruthaithe le
col-creation_date = Cruthaithe
col-download_limit = Teorainn íoslódála
col-download_rate = Luas íoslódála
col-download_speed = Íoslódáil socraithe
col-eta = Am fágtha
col-eta_threshold = Am go tairseach
col-id = #
col-label = Lipéad
col-leechers = Piaraí
col-name = Ainm
col-next_update = An chéad fhógra eile
col-piece_count = Píosaí
col-piece_length = Méid píosa
col-private = Príobháideach
col-progress = Dul chun cinn
col-ratio = Cóimheas
col-seed_time = Am síolaithe
col-seeders = Síoltóirí
col-session_downloaded = Íoslódáilte (seisiún)
col-session_uploaded = Uaslódáilte (seisiún)
col-status = Staid
col-threshold = Tairseach
col-total_downloaded = Íoslódáilte
col-total_size = Méid
col-total_uploaded = Uaslódáilte
col-tracker = Rianaire
col-upload_limit = Teorainn uaslódála
col-upload_rate = Luas uaslódála
col-upload_speed = Uaslódáil socraithe

## common
common-cancel = Cealaigh
common-dismiss = Dún
common-ok = OK

## dash
dash-active = Gníomhach
dash-checking-error = Á sheiceáil / earráid
dash-download = Íoslódáil
dash-downloaded = Íoslódáilte (iomlán)
dash-downloading = Ag íoslódáil
dash-paused = Curtha ar sos
dash-peers = Piaraí
dash-ratio = Cóimheas
dash-seeding = Ag síolú
dash-torrents = Torrents
dash-upload = Uaslódáil
dash-uploaded = Uaslódáilte (iomlán)

## day
day-fri = Aoine
day-mon = Luan
day-sat = Sath
day-sun = Domh
day-thu = Déar
day-tue = Máirt
day-wed = Céad

## details
details-select = Roghnaigh torrent le féachaint ar a shonraí.
details-several = Tá roinnt torrents roghnaithe: roghnaigh ceann amháin le féachaint ar a shonraí.

## dialog
dialog-add-title = Cuir torrents leis
dialog-torrent-files = Comhaid torrent

## drop
drop-hint = Scaoil comhaid .torrent anseo chun iad a chur leis
drop-ignored =
    { $count ->
        [one] Rinneadh neamhaird de { $count } chomhad (ní .torrent): { $names }
        [two] Rinneadh neamhaird de { $count } chomhad (ní .torrent): { $names }
        [few] Rinneadh neamhaird de { $count } chomhad (ní .torrent): { $names }
        [many] Rinneadh neamhaird de { $count } gcomhad (ní .torrent): { $names }
       *[other] Rinneadh neamhaird de { $count } comhad (ní .torrent): { $names }
    }
drop-ignored-more = { $names } agus { $more } eile

## edit
edit-down-limit-tip = Uasteorainn íoslódála don torrent seo, KiB/s (0 = dada)
edit-down-speed-tip = Luas íoslódála ionsamhlaithe, KiB/s (tarraing nó clóscríobh)
edit-interval-tip = Eatramh fógartha i soicindí (0 = an rianaire; riamh faoina íosmhéid)
edit-threshold-tip = An dul chun cinn óna dtosaíonn an uaslódáil
edit-up-limit-tip = Uasteorainn uaslódála don torrent seo, KiB/s (0 = dada)
edit-up-speed-tip = Luas uaslódála ionsamhlaithe, KiB/s (tarraing nó clóscríobh)

## ev
ev-added = Curtha leis: { $name }
ev-alt-off = Teorainneacha luais malartacha múchta
ev-alt-off-schedule = Teorainneacha luais malartacha múchta (sceideal)
ev-alt-on = Teorainneacha luais malartacha ar siúl
ev-alt-on-schedule = Teorainneacha luais mhalartacha ar siúl (sceideal)
ev-completed = Críochnaithe: { $name }
ev-settings-exported = Socruithe easpórtáilte go { $path }
ev-settings-imported = Socruithe iompórtáilte ó { $path }
ev-settings-saved = Socruithe sábháilte
ev-tracker-error = Earráid rianaire do { $name }: { $error }
ev-watch-added = Curtha leis ón bhfillteán faire: { $name }

## file
file-dialog-failed = Níorbh fhéidir an dialóg comhad a oscailt: { $error }

## graph
graph-download = Íoslódáil
graph-upload = Uaslódáil

## incoming
incoming-address = Seoladh
incoming-ago = { $time } ó shin
incoming-client = Cliant
incoming-connected = Ceangailte
incoming-empty = Níl aon phiara ceangailte leis an torrent seo. Aimsíonn piaraí muid trí na rianairí a bhfógraímid chucu.
incoming-handshaking = Croitheadh láimhe
incoming-last = Teachtaireacht dheireanach
incoming-messages = Teachtaireachtaí isteach / amach
incoming-since = Ó
incoming-state = Staid

## info
info-added-on = Curtha leis
info-bytes = { $size } ({ $bytes } beart)
info-comment = Nóta tráchta
info-completed-on = Críochnaithe
info-created-by = Cruthaithe le
info-created-on = Cruthaithe
info-downloaded = Íoslódáilte (seisiún / iomlán)
info-eta = Am go tairseach / go críoch
info-files = Comhaid
info-graph-empty = Líontar an graf luais fad a ritheann an torrent.
info-hash = Haisc faisnéise
info-name = Ainm
info-next-announce = An chéad fhógra eile
info-pieces = Píosaí
info-private = Príobháideach
info-progress = Dul chun cinn
info-rates = Ráta uaslódála / íoslódála
info-ratio = Cóimheas
info-seed-time = Am síolaithe
info-set-speeds = Luasanna socraithe
info-status = Staid
info-swarm = Síoltóirí / piaraí
info-total-size = Méid iomlán
info-trackers-working = Rianairí ag obair
info-uploaded = Uaslódáilte (seisiún / iomlán)
info-uploading-from = Ag uaslódáil ó
info-working = { $working } as { $total }

## level
level-debug = dífhabhtú
level-error = earráid
level-info = eolas
level-warning = rabhadh

## log
log-added-restored = Curtha leis: { $name } (iomláin athchóirithe)
log-empty = Níor logáladh faic don torrent seo fós.
log-forced-complete = Críochnaithe go héigeantach: { $name }
log-ledger-failed = Níorbh fhéidir an mórleabhar a shábháil: { $error }
log-listening = Ag éisteacht le piaraí ar phort { $port }
log-no-match = Níl aon líne loga oiriúnach.
log-paused = Curtha ar sos: { $name }
log-pose-as =
    { $count ->
        [one] Tá { $count } torrent ag ligean air anois gur { $who } é
        [two] Tá { $count } thorrent ag ligean orthu anois gur { $who } iad
        [few] Tá { $count } thorrent ag ligean orthu anois gur { $who } iad
        [many] Tá { $count } dtorrent ag ligean orthu anois gur { $who } iad
       *[other] Tá { $count } torrent ag ligean orthu anois gur { $who } iad
    }
log-progress-set = Dul chun cinn socraithe ar { $percent } %: { $name }
log-recheck-done = Seiceáil críochnaithe: { $name }
log-rechecking = Á sheiceáil: { $name }
log-removed = Bainte: { $name }
log-renamed = Athainmnithe: { $old } -> { $name }
log-resumed = Atosaithe: { $name }
log-seeding-profile = Próifíl síolaithe: { $name }
log-selected-only = na torrents roghnaithe amháin
log-show-from = Taispeáin ón leibhéal:
log-trackers-changed = Rianairí athraithe: { $count } anois
log-watching = Ag faire ar { $path }

## menu
menu-add-tracker = Cuir rianaire leis…
menu-announce = Fógair anois
menu-copy = Cóipeáil
menu-copy-hash = Haisc faisnéise
menu-copy-magnet = Nasc maighnéid
menu-copy-name = Ainm
menu-copy-tracker = URL an rianaire
menu-default-client = An cliant réamhshocraithe
menu-edit-tracker = Cuir in eagar
menu-force-complete = Críochnaigh go héigeantach
menu-label = Socraigh lipéad…
menu-pause = Cuir ar sos
menu-pose-as = Lig ort gur
menu-properties = Airíonna
menu-queue = Scuaine
menu-queue-bottom = Go bun
menu-queue-down = Síos
menu-queue-top = Go barr
menu-queue-up = Suas
menu-random-progress = Dul chun cinn randamach
menu-recheck = Athsheiceáil go héigeantach
menu-remove = Bain…
menu-remove-tracker = Bain
menu-remove-with-file = Bain leis an gcóip .torrent…
menu-rename = Athainmnigh…
menu-reset-limits = Gan teorainn
menu-resume = Atosaigh
menu-set-download-limit = Socraigh teorainn íoslódála…
menu-set-upload-limit = Socraigh teorainn uaslódála…
menu-speed-limits = Teorainneacha luais
menu-trackers = Rianairí

## mon
mon-collecting = An chéad sampla á bhailiú…
mon-connections = Naisc
mon-counts = Snáitheanna, tuairisceoirí, torrents, naisc
mon-cpu = LAP
mon-cpu-graph = LAP %
mon-descriptors = Tuairisceoirí
mon-every = Sampla gach { $secs } s; clúdaíonn figiúirí líonra gach comhéadan ar an meaisín seo.
mon-fds = Tuairisceoirí comhad
mon-in = Isteach
mon-memory = Cuimhne
mon-net-in = Líonra isteach
mon-net-out = Líonra amach
mon-network = Líonra
mon-out = Amach
mon-received = Faighte (iomlán)
mon-rss = Cuimhne (RSS)
mon-rss-line = RSS
mon-sent = Seolta (iomlán)
mon-threads = Snáitheanna
mon-torrents = Torrents

## notice
notice-already-added = { $file }: tá { $name } curtha leis cheana
notice-cannot-listen = Ní féidir éisteacht le piaraí ar { $addr }: { $error }
notice-cannot-watch = Ní féidir faire ar { $path }: { $error }
notice-copy-failed = { $file }: níorbh fhéidir cóip a choinneáil: { $error }
notice-error = Earráid
notice-export-failed = Níorbh fhéidir na socruithe a easpórtáil go { $path }: { $error }
notice-import-failed = Socruithe nár iompórtáladh ó { $path }: { $error }
notice-list-failed = Níorbh fhéidir fillteán na torrents a liostú: { $error }
notice-not-loaded = Níor lódáladh: { $error }
notice-not-renamed = Níor athainmníodh: teastaíonn 1 go { $max } carachtar ar líne amháin ó ainm
notice-note = Nóta
notice-settings-failed = Níorbh fhéidir na socruithe a shábháil: { $error }
notice-settings-refused = Socruithe nár sábháladh: { $why }
notice-unknown-profile = Próifíl síolaithe anaithnid { $name }
notice-warning = Rabhadh
notice-watch-delete-failed = Curtha leis, ach níorbh fhéidir { $path } a scriosadh: { $error }

## opt
opt-bottom-centre = Thíos sa lár
opt-bottom-left = Thíos ar chlé
opt-bottom-right = Thíos ar dheis
opt-close-ask = Fiafraigh fad atá torrents ag rith
opt-close-minimize = Íoslaghdaigh agus lean ag síolú (scoireann Ctrl+Q)
opt-close-quit = Scoir
opt-comfortable = Compordach
opt-compact = Dlúth
opt-dark = Dorcha
opt-every-n-minutes = Gach N nóiméad
opt-every-step = Ag gach céim
opt-folder-hint = /conair/go/fillteán
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = Ní féidir le egui an script seo a leagan amach go hiomlán fós: taispeántar téacs ó dheis go clé ó chlé go deis gan litreacha ceangailte, agus ní dhéantar nasclitreacha Indiacha. Tá an t-aistriúchán iomlán; is iad teorainn egui na cruthanna.
opt-light = Geal
opt-log-normal = Log-normalach
opt-none = Dada
opt-off = Múchta
opt-on-announce = Ag gach fógra
opt-pareto = Pareto
opt-power-law = Dlí cumhachta
opt-random = Randamach
opt-random-tip = Port in 49152..=65535
opt-socks5 = SOCKS5
opt-system = Mar an gcóras
opt-system-language = Teanga an chórais
opt-top-centre = Thuas sa lár
opt-top-left = Thuas ar chlé
opt-top-right = Thuas ar dheis

## options
options-apply-label = Cuir an lipéad i bhfeidhm
options-apply-name = Cuir an t-ainm i bhfeidhm
options-label = Lipéad
options-name = Ainm
options-read-only = Inléite amháin: athraítear na roghanna san aip.
options-running = Ag rith

## peers
peers-address = Seoladh
peers-client = Cliant
peers-empty = Níl piaraí ann fós: feictear iad nuair a fhreagraíonn rianaire fógra le roinnt.
peers-from = Ón rianaire

## profile
profile-aggressive = ionsaitheach
profile-balanced = cothromaithe
profile-conservative = coimeádach
profile-custom = saincheaptha

## prompt
prompt-add-tracker = Cuir URL rianaire leis
prompt-bad-url = Tosaíonn URL rianaire le http://, https:// nó udp://
prompt-down-limit = Teorainn íoslódála (KiB/s, 0 = dada)
prompt-edit-tracker = Cuir URL an rianaire in eagar
prompt-empty-name = Ní féidir ainm a fhágáil folamh
prompt-label = Socraigh lipéad
prompt-not-a-number = Ní slánuimhir KiB/s é { $text } (0 = dada)
prompt-rename = Athainmnigh an torrent
prompt-up-limit = Teorainn uaslódála (KiB/s, 0 = dada)
quit-body = { $count ->
        [one] Tá torrent amháin ag rith.
        [two] Tá { $count } thorrent ag rith.
        [few] Tá { $count } thorrent ag rith.
        [many] Tá { $count } dtorrent ag rith.
       *[other] Tá { $count } torrent ag rith.
    } Inseofar dá rianaitheoirí gur stad siad.
quit-minimize = Íoslaghdaigh ina ionad
quit-quit = Scoir
quit-title = Scoir de dfakeseeder?

## remove
remove-also-file = Scrios an chóip den chomhad .torrent freisin
remove-title =
    { $count ->
        [one] Bain { $count } torrent?
        [two] Bain { $count } thorrent?
        [few] Bain { $count } thorrent?
        [many] Bain { $count } dtorrent?
       *[other] Bain { $count } torrent?
    }
remove-yes = Bain, cinnte

## search
search-hint = cuid d'ainm
search-label = Cuardaigh:

## set
set-bittorrent-announce_interval_seconds = Eatramh fógartha (0 = an rianaire)
set-bittorrent-numwant = Piaraí le hiarraidh (0 = mar a dhéanann an cliant)
set-bittorrent-scrape_interval_seconds = Eatramh scrape (ón gcéad scrape eile)
set-client_profile = Lig ort gur (ar atosú)
set-close_action = Nuair a dhúntar an fhuinneog
set-connection-listening_port = Port éisteachta (ar atosú)
set-connection-max_global_connections = Uasmhéid nasc piaraí (ar atosú)
set-connection-max_per_torrent = Uasmhéid an torrent (ar atosú)
set-download_speed = Luas íoslódála na dtorrents nua
set-language = Teanga
set-logging-level = Comhad loga: na línte is lú tábhacht a scríobhtar
set-logging-log_to_file = Scríobh comhad loga (logs/dfakeseeder.log i bhfillteán na cumraíochta)
set-logging-max_files = Comhad loga: seanchomhaid a choinnítear
set-logging-max_size_mb = Comhad loga: tosaigh ceann nua ag
set-notification_settings-desktop_notifications = Ar an deasc freisin (críochnaithe, rabhaidh, earráidí)
set-notification_settings-enabled = Taispeáin fógraí
set-notification_settings-error_timeout_ms = Fanann earráidí
set-notification_settings-info_timeout_ms = Fanann eolas (0 = go ndúntar é)
set-notification_settings-max_visible = Uasmhéid ar an scáileán
set-notification_settings-position = Cén áit
set-notification_settings-show_in_statusbar = An teagmhas is nuaí sa bharra stádais
set-notification_settings-success_timeout_ms = Fanann rathanna
set-notification_settings-warning_timeout_ms = Fanann rabhaidh
set-peer_protocol-handshake_timeout_seconds = Teorainn ama an chroite láimhe (naisc nua)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive gach (naisc nua)
set-peer_protocol-message_read_timeout_seconds = Dícheangail piara ciúin tar éis (naisc nua)
set-performance-network_interface = Éist le piaraí ag an seoladh seo (ar atosú; folamh = gach ceann)
set-proxy-auth_enabled = Teastaíonn ainm úsáideora agus pasfhocal ón seachfhreastalaí
set-proxy-password = Pasfhocal an tseachfhreastalaí
set-proxy-port = Port an tseachfhreastalaí
set-proxy-server = Óstach an tseachfhreastalaí
set-proxy-type = Seachfhreastalaí do thrácht na rianairí
set-proxy-username = Ainm úsáideora an tseachfhreastalaí
set-remember_window_size = Cuimhnigh ar mhéid agus ar ionad na fuinneoige (ar atosú)
set-scheduler-days = Ar na laethanta seo
set-scheduler-enabled = Athraigh go dtí na teorainneacha malartacha de réir sceidil
set-scheduler-end_hour = Sceidealta go (roimh an tús: an lá dár gcionn)
set-scheduler-start_hour = Sceidealta ó
set-seeding_profile = Próifíl síolaithe
set-speed-alt_download_limit_kbps = Teorainn íoslódála mhalartach
set-speed-alt_upload_limit_kbps = Teorainn uaslódála mhalartach
set-speed-download_limit_kbps = Teorainn íoslódála dhomhanda (0 = dada)
set-speed-enable_alternative_speeds = Úsáid na teorainneacha malartacha anois
set-speed-upload_limit_kbps = Teorainn uaslódála dhomhanda (0 = dada)
set-speed_distribution-download-algorithm = Roinn luasanna íoslódála
set-speed_distribution-download-custom_interval_minutes = Íoslódáil: gach N nóiméad
set-speed_distribution-download-redistribution_mode = Roinn an íoslódáil arís
set-speed_distribution-download-spread_percentage = Scaipeadh íoslódála
set-speed_distribution-download-stopped_max_percentage = Íoslódáil: torrents stoptha, ar a mhéad
set-speed_distribution-download-stopped_min_percentage = Íoslódáil: torrents stoptha, ar a laghad
set-speed_distribution-upload-algorithm = Roinn luasanna uaslódála
set-speed_distribution-upload-custom_interval_minutes = Uaslódáil: gach N nóiméad
set-speed_distribution-upload-redistribution_mode = Roinn an uaslódáil arís
set-speed_distribution-upload-spread_percentage = Scaipeadh uaslódála
set-speed_distribution-upload-stopped_max_percentage = Uaslódáil: torrents stoptha, ar a mhéad
set-speed_distribution-upload-stopped_min_percentage = Uaslódáil: torrents stoptha, ar a laghad
set-start_minimized = Tosaigh íoslaghdaithe (ar atosú)
set-storage-ledger_interval_seconds = Sábháil na cuntais gach (ar atosú)
set-threshold = Uaslódálann torrents nua ó
set-tickspeed = Céim insamhalta
set-ui_settings-color_scheme = Dathanna
set-ui_settings-density = Dlús
set-ui_settings-monitoring_refresh_interval = Sampla monatóireachta gach
set-upload_speed = Luas uaslódála na dtorrents nua
set-watch_folder-delete_added_torrents = Scrios comhaid .torrent nuair a chuirtear leis iad
set-watch_folder-enabled = Cuir torrents leis ó fhillteán faire
set-watch_folder-path = Fillteán faire

## settab
settab-advanced = Ardleibhéal
settab-bittorrent = BitTorrent
settab-connection = Nasc
settab-general = Ginearálta
settab-notifications = Fógraí
settab-peer-protocol = Prótacal piaraí
settab-speed = Luas

## settings
settings-apply = Cuir i bhfeidhm
settings-discard = Caith uait na hathruithe
settings-export = Easpórtáil socruithe…
settings-import = Iompórtáil socruithe…
settings-keep-editing = Lean ar aghaidh ag eagarthóireacht
settings-no-match = Níl aon socrú oiriúnach.
settings-reset-all = Gach socrú ar ais go réamhshocrú
settings-reset-all-tip = Gach socrú ar ais go dtí a réamhshocrú (Cuir i bhfeidhm chun é a choinneáil)
settings-reset-tab = Athshocraigh an cluaisín
settings-reset-tip = Socruithe an chluaisín seo ar ais go réamhshocrú (Cuir i bhfeidhm chun iad a choinneáil)
settings-save = Sábháil
settings-search-hint = ainm nó eochair socraithe
settings-title = Socruithe
settings-unsaved = Tá roinnt socruithe athraithe ach gan cur i bhfeidhm.

## sidebar
sidebar-clear = Glan na scagairí
sidebar-showing = Á thaispeáint: { $what } ({ $shown } as { $total })
sidebar-states = Staideanna
sidebar-tracker-errors = Earráidí rianaire:
sidebar-trackers = Rianairí

## state
state-active = Gníomhach
state-all = Uile
state-checking = Á sheiceáil
state-downloading = Ag íoslódáil
state-error = Earráid
state-paused = Ar sos
state-seeding = Ag síolú
state-trackerless = Gan rianaire

## status
status-alt-off = Luas malartach: múchta
status-alt-on = Luas malartach: ar siúl
status-alt-tip = Cliceáil chun na teorainneacha malartacha a chur ar siúl nó a mhúchadh
status-checking = Á sheiceáil
status-down = Síos { $rate }
status-down-tip = Ráta íoslódála, gach torrent
status-downloading = Ag íoslódáil
status-error = Earráid: { $reason }
status-limits = Teorainneacha anois: suas { $up }, síos { $down }
status-not-listening = Gan éisteacht le piaraí
status-paused = Ar sos
status-peers = Piaraí { $now } / { $max }
status-peers-tip = Piaraí ceangailte linn anois / ar a mhéad
status-port = Port { $port }
status-seeding = Ag síolú
status-session = Seisiún: suas { $up }, síos { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
            [two] { $count } thorrent
            [few] { $count } thorrent
            [many] { $count } dtorrent
           *[other] { $count } torrent
        }
       *[other] { $count ->
            [one] { $count } torrent
            [two] { $count } thorrent
            [few] { $count } thorrent
            [many] { $count } dtorrent
           *[other] { $count } torrent
        }, { $selected } roghnaithe
    }
status-total = Iomlán: suas { $up }, síos { $down }
status-unlimited = gan teorainn
status-up = Suas { $rate }
status-up-tip = Ráta uaslódála, gach torrent

## tab
tab-details = Sonraí
tab-files = Comhaid
tab-incoming = Isteach
tab-log = Loga an torrent
tab-options = Roghanna
tab-peers = Piaraí
tab-status = Staid
tab-trackers = Rianairí

## table
table-columns = Colúin
table-default-columns = Colúin réamhshocraithe
table-empty = Scaoil comhaid .torrent anseo nó brúigh Cuir leis (Ctrl+O)
table-empty-viewer = Níl aon torrents ann

## toolbar
toolbar-add = Cuir leis
toolbar-add-tip = Cuir comhaid .torrent leis (Ctrl+O)
toolbar-announce = Fógair
toolbar-announce-tip = Fógair na torrents roghnaithe dá rianairí anois (Ctrl+R)
toolbar-down-double = Síos ×2
toolbar-down-double-tip = Dúbail luas íoslódála an roghnúcháin
toolbar-down-half = Síos ÷2
toolbar-down-half-tip = Laghdaigh luas íoslódála an roghnúcháin faoi leath
toolbar-pause = Cuir ar sos
toolbar-pause-all = Cuir gach ceann ar sos
toolbar-pause-all-tip = Cuir gach torrent ar sos
toolbar-pause-tip = Cuir na torrents roghnaithe ar sos (scoránaíonn Spás)
toolbar-queue-down = Síos sa scuaine
toolbar-queue-down-tip = Bog na torrents roghnaithe síos sa scuaine (Alt+Down)
toolbar-queue-up = Suas sa scuaine
toolbar-queue-up-tip = Bog na torrents roghnaithe suas sa scuaine (Alt+Up)
toolbar-remove = Bain
toolbar-remove-tip = Bain na torrents roghnaithe (Delete)
toolbar-resume = Atosaigh
toolbar-resume-all = Atosaigh gach ceann
toolbar-resume-all-tip = Atosaigh gach torrent
toolbar-resume-tip = Atosaigh na torrents roghnaithe (scoránaíonn Spás)
toolbar-search = Cuardaigh
toolbar-search-tip = Cuardaigh torrents de réir ainm (Ctrl+F)
toolbar-select-first = Roghnaigh torrents ar dtús (cliceáil, Ctrl+cliceáil, Shift+cliceáil, Ctrl+A)
toolbar-settings = Socruithe
toolbar-settings-tip = Oscail na socruithe (Ctrl+,)
toolbar-up-double = Suas ×2
toolbar-up-double-tip = Dúbail luas uaslódála an roghnúcháin
toolbar-up-half = Suas ÷2
toolbar-up-half-tip = Laghdaigh luas uaslódála an roghnúcháin faoi leath

## tracker
tracker-error = Earráid
tracker-not-contacted = Gan teagmháil
tracker-standby = Ar fuireachas
tracker-updating = Á nuashonrú…
tracker-working = Ag obair

## trackers
trackers-ago = { $time } ó shin
trackers-default-client = Réamhshocrú ({ $name })
trackers-downloaded = Íoslódáilte
trackers-floor = riamh faoi íoseatramh an rianaire ({ $secs } s)
trackers-floor-unknown = riamh faoi íoseatramh rianaire
trackers-in = i gceann { $time }
trackers-interval = Eatramh
trackers-interval-label = Eatramh fógartha:
trackers-last = An fógra deireanach
trackers-leechers = Súdairí
trackers-message = Teachtaireacht
trackers-next = An chéad fhógra eile
trackers-none = Níl rianaire ag an torrent seo.
trackers-own = mo cheann féin
trackers-peers = Piaraí
trackers-poses-as = ag ligean air gurb é an cliant seo é
trackers-seeds = Síoltóirí
trackers-status = Staid
trackers-theirs = an rianaire
trackers-tier = Sraith
trackers-url = URL

## val
val-choose-folder = roghnaigh fillteán le faire air
val-empty-window = críochnaíonn an fhuinneog nuair a thosaíonn sí (bheadh sí folamh)
val-hours = tá uaireanta 0..=23 agus nóiméid 0..=59
val-no-folder = ní fillteán atá ann é { $path }
val-not-an-address = ní seoladh IP é { $text }
val-not-port = ní port é 0 (1..=65535)
val-outside = tá { $value } lasmuigh de { $min }..={ $max }
val-proxy-auth = tá ainm úsáideora agus pasfhocal 255 beart ar a mhéad
val-proxy-host = teastaíonn ainm óstaigh nó seoladh
val-stopped = teastaíonn 0 <= íos <= uas <= 100
val-unknown-language = teanga anaithnid { $name }
val-unknown-profile = próifíl anaithnid { $name }

## view
view-dashboard = Painéal
view-log = Loga
view-monitoring = Monatóireacht
view-torrents = Torrents

## viewer
viewer-connecting = Ag ceangal…
viewer-live = Beo
viewer-live-polling = Beo (seiceáil gach 2 s)
viewer-loading = Ag ceangal le dfakeseeder…
viewer-login-busy = Ag logáil isteach…
viewer-login-failed = Theip ar logáil isteach (HTTP { $status }).
viewer-login-intro = Fiafraíonn dfakeseeder cé thú: cuir isteach an comhartha a chló sé ag tosú, nó ainm úsáideora agus pasfhocal.
viewer-login-password = Pasfhocal
viewer-login-password-mode = Ainm úsáideora agus pasfhocal
viewer-login-submit = Logáil isteach
viewer-login-throttled = An iomarca iarrachtaí: fan nóiméad agus bain triail eile as.
viewer-login-title = Logáil isteach ar dfakeseeder
viewer-login-token = Comhartha
viewer-login-token-mode = Comhartha
viewer-login-unreachable = Níor fhreagair dfakeseeder: { $error }
viewer-login-username = Ainm úsáideora
viewer-login-wrong = Comhartha, ainm úsáideora nó pasfhocal mícheart.
viewer-offline = As líne: gan freagra ó dfakeseeder le { $secs } s; ag iarraidh fós.
viewer-read-only = Amharc inléite amháin
viewer-reconnecting = Ag athcheangal…

## web
settab-webui = Comhéadan gréasáin
set-webui-enabled = Freastal an API gréasáin agus an t-amharcán
set-webui-localhost_only = An ríomhaire seo amháin (éist ar 127.0.0.1)
set-webui-interface = Seoladh an fhreastalaí ghréasáin
set-webui-port = Port an fhreastalaí ghréasáin
set-webui-auth_enabled = Éiligh logáil isteach (comhartha nó pasfhocal)
set-webui-username = Ainm úsáideora gréasáin
set-webui-password_hash = Pasfhocal gréasáin nua
set-webui-token = Comhartha API
set-webui-allow_control = Ceadaigh rialú ón ngréasán (cuir leis, cuir ar sos, bain)
set-webui-https_enabled = Úsáid HTTPS
set-webui-https_cert_path = Teastas HTTPS (comhad PEM)
set-webui-https_key_path = Eochair phríobháideach HTTPS (comhad PEM)
set-webui-session_timeout_minutes = Mairfidh an logáil isteach
set-webui-ban_after_failures = Cuir bac ar sheoladh tar éis logálacha isteach teipthe
set-webui-allowed_hosts = Ainmneacha óstaigh eile (scartha le camóga)
opt-web-no-password = níl pasfhocal socraithe
opt-web-password-set = tá pasfhocal socraithe; clóscríobh chun é a athrú
opt-web-token-new = déanfar comhartha nua ar Chur i bhFeidhm
opt-web-rotate = Athnuaigh
opt-web-rotate-tip = Comhartha randamach nua ar Chur i bhFeidhm; ní oibreoidh an seancheann a thuilleadh
val-web-needs-auth = riachtanach nuair a éisteann an freastalaí lasmuigh den ríomhaire seo
val-web-choose-file = roghnaigh comhad
val-web-username = 255 carachtar ar a mhéad, gan carachtair rialaithe
val-web-host = Ní ainm óstaigh é { $text }
ev-web-serving = Comhéadan gréasáin ag { $url }
ev-web-stopped = Stopadh an comhéadan gréasáin
notice-web-failed = Níl an freastalaí gréasáin ag rith: { $why }
web-refused-no-auth = Níl freastal ar { $addr } gan logáil isteach: cas fíordheimhniú air nó éist ar 127.0.0.1
web-refused-no-credentials = Tá logáil isteach riachtanach ach níl comhartha ná pasfhocal ann
web-bind-failed = Ní féidir éisteacht ar { $addr }: { $error }
web-tls-read = Ní féidir { $path } a léamh: { $error }
web-tls-bad = Ní féidir { $path } a úsáid do HTTPS: { $error }
