# Spanish: translated from en.ftl

## announce
announce-early-body = El tracker pide esperar { $secs } segundos más. Anunciar antes podría contar en su contra.
announce-early-title = ¿Anunciar antes de que el tracker lo permita?
announce-now = Anunciar ahora
announce-when-allowed = Cuando se permita

## cell
cell-default-client = predeterminado
cell-no = no
cell-none = ninguno
cell-trackers-interval = del tracker
cell-yes = sí

## col
col-added_on = Añadido el
col-announce_interval = Intervalo
col-client_profile = Se hace pasar por
col-comment = Comentario
col-completed_on = Completado el
col-created_by = Creado por
col-creation_date = Creado el
col-download_limit = Límite bajada
col-download_rate = Vel. bajada
col-download_speed = Bajada fijada
col-eta = ETA
col-eta_threshold = ETA hasta umbral
col-id = #
col-label = Etiqueta
col-leechers = Pares
col-name = Nombre
col-next_update = Próximo anuncio
col-piece_count = Piezas
col-piece_length = Tamaño de pieza
col-private = Privado
col-progress = Progreso
col-ratio = Ratio
col-seed_time = Tiempo sembrando
col-seeders = Semillas
col-session_downloaded = Descargado (sesión)
col-session_uploaded = Subido (sesión)
col-status = Estado
col-threshold = Umbral
col-total_downloaded = Descargado
col-total_size = Tamaño
col-total_uploaded = Subido
col-tracker = Tracker
col-upload_limit = Límite subida
col-upload_rate = Vel. subida
col-upload_speed = Subida fijada

## common
common-cancel = Cancelar
common-dismiss = Cerrar
common-ok = Aceptar

## dash
dash-active = Activos
dash-checking-error = Comprobando / error
dash-download = Bajada
dash-downloaded = Descargado (total)
dash-downloading = Descargando
dash-paused = En pausa
dash-peers = Pares
dash-ratio = Ratio
dash-seeding = Sembrando
dash-torrents = Torrents
dash-upload = Subida
dash-uploaded = Subido (total)

## day
day-fri = vie
day-mon = lun
day-sat = sáb
day-sun = dom
day-thu = jue
day-tue = mar
day-wed = mié

## details
details-select = Seleccione un torrent para ver sus detalles.
details-several = Hay varios torrents seleccionados: seleccione uno para ver sus detalles.

## dialog
dialog-add-title = Añadir torrents
dialog-torrent-files = Archivos torrent

## drop
drop-hint = Suelte archivos .torrent para añadirlos
drop-ignored =
    { $count ->
        [one] { $count } archivo ignorado (no es .torrent): { $names }
       *[other] { $count } archivos ignorados (no son .torrent): { $names }
    }
drop-ignored-more = { $names } y { $more } más

## edit
edit-down-limit-tip = Tope de descarga para este torrent, KiB/s (0 = ninguno)
edit-down-speed-tip = Velocidad de descarga simulada, KiB/s (arrastre o escriba)
edit-interval-tip = Intervalo de anuncio, en segundos (0 = el del tracker; nunca por debajo de su mínimo)
edit-threshold-tip = Progreso a partir del cual empieza la subida
edit-up-limit-tip = Tope de subida para este torrent, KiB/s (0 = ninguno)
edit-up-speed-tip = Velocidad de subida simulada, KiB/s (arrastre o escriba)

## ev
ev-added = Añadido: { $name }
ev-alt-off = Límites de velocidad alternativos desactivados
ev-alt-off-schedule = Límites de velocidad alternativos desactivados (programación)
ev-alt-on = Límites de velocidad alternativos activados
ev-alt-on-schedule = Límites de velocidad alternativos activados (programación)
ev-completed = Completado: { $name }
ev-settings-exported = Configuración exportada a { $path }
ev-settings-imported = Configuración importada de { $path }
ev-settings-saved = Configuración guardada
ev-tracker-error = Error del tracker para { $name }: { $error }
ev-watch-added = Añadido desde la carpeta vigilada: { $name }

## file
file-dialog-failed = No se pudo abrir el diálogo de archivos: { $error }

## graph
graph-download = Bajada
graph-upload = Subida

## incoming
incoming-address = Dirección
incoming-ago = hace { $time }
incoming-client = Cliente
incoming-connected = Conectado
incoming-empty = Ningún par está conectado a este torrent. Los pares nos encuentran a través de los trackers a los que anunciamos.
incoming-handshaking = Negociando
incoming-last = Último mensaje
incoming-messages = Mensajes recibidos / enviados
incoming-since = Desde
incoming-state = Estado

## info
info-added-on = Añadido el
info-bytes = { $size } ({ $bytes } bytes)
info-comment = Comentario
info-completed-on = Completado el
info-created-by = Creado por
info-created-on = Creado el
info-downloaded = Descargado (sesión / total)
info-eta = ETA hasta umbral / finalización
info-files = Archivos
info-graph-empty = El gráfico de velocidad se llena mientras el torrent está en marcha.
info-hash = Info-hash
info-name = Nombre
info-next-announce = Próximo anuncio
info-pieces = Piezas
info-private = Privado
info-progress = Progreso
info-rates = Velocidad de subida / bajada
info-ratio = Ratio
info-seed-time = Tiempo sembrando
info-set-speeds = Velocidades fijadas
info-status = Estado
info-swarm = Semillas / pares
info-total-size = Tamaño total
info-trackers-working = Trackers en funcionamiento
info-uploaded = Subido (sesión / total)
info-uploading-from = Sube a partir de
info-working = { $working } de { $total }

## level
level-debug = depuración
level-error = error
level-info = información
level-warning = advertencia

## log
log-added-restored = Añadido: { $name } (totales restaurados)
log-empty = Todavía no hay nada registrado para este torrent.
log-forced-complete = Completado a la fuerza: { $name }
log-ledger-failed = No se pudo guardar la contabilidad: { $error }
log-listening = Escuchando pares en el puerto { $port }
log-no-match = Ninguna línea del registro coincide.
log-paused = En pausa: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent se hace pasar ahora por { $who }
       *[other] { $count } torrents se hacen pasar ahora por { $who }
    }
log-progress-set = Progreso fijado en { $percent } %: { $name }
log-recheck-done = Recomprobación terminada: { $name }
log-rechecking = Recomprobando: { $name }
log-removed = Quitado: { $name }
log-renamed = Renombrado: { $old } -> { $name }
log-resumed = Reanudado: { $name }
log-seeding-profile = Perfil de siembra: { $name }
log-selected-only = solo los torrents seleccionados
log-show-from = Mostrar desde el nivel:
log-trackers-changed = Trackers cambiados: ahora { $count }
log-watching = Vigilando { $path }

## menu
menu-add-tracker = Añadir tracker…
menu-announce = Anunciar ahora
menu-copy = Copiar
menu-copy-hash = Info-hash
menu-copy-magnet = Enlace magnet
menu-copy-name = Nombre
menu-copy-tracker = URL del tracker
menu-default-client = El cliente predeterminado
menu-edit-tracker = Editar
menu-force-complete = Forzar como completado
menu-label = Poner etiqueta…
menu-pause = Pausar
menu-pose-as = Hacerse pasar por
menu-properties = Propiedades
menu-queue = Cola
menu-queue-bottom = Mover al final
menu-queue-down = Bajar
menu-queue-top = Mover al principio
menu-queue-up = Subir
menu-random-progress = Fijar progreso aleatorio
menu-recheck = Forzar recomprobación
menu-remove = Quitar…
menu-remove-tracker = Quitar
menu-remove-with-file = Quitar con la copia del .torrent…
menu-rename = Renombrar…
menu-reset-limits = Restablecer sin límite
menu-resume = Reanudar
menu-set-download-limit = Fijar límite de bajada…
menu-set-upload-limit = Fijar límite de subida…
menu-speed-limits = Límites de velocidad
menu-trackers = Trackers

## mon
mon-collecting = Tomando la primera muestra…
mon-connections = Conexiones
mon-counts = Hilos, descriptores, torrents, conexiones
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Descriptores
mon-every = Una muestra cada { $secs } s; las cifras de red abarcan todas las interfaces de esta máquina.
mon-fds = Descriptores de archivo
mon-in = Entrada
mon-memory = Memoria
mon-net-in = Red entrante
mon-net-out = Red saliente
mon-network = Red
mon-out = Salida
mon-received = Recibido (total)
mon-rss = Memoria (RSS)
mon-rss-line = RSS
mon-sent = Enviado (total)
mon-threads = Hilos
mon-torrents = Torrents

## notice
notice-already-added = { $file }: { $name } ya está añadido
notice-cannot-listen = No se puede escuchar pares en { $addr }: { $error }
notice-cannot-watch = No se puede vigilar { $path }: { $error }
notice-copy-failed = { $file }: no se pudo guardar una copia: { $error }
notice-error = Error
notice-export-failed = No se pudo exportar la configuración a { $path }: { $error }
notice-import-failed = Configuración no importada de { $path }: { $error }
notice-list-failed = No se pudo listar la carpeta de torrents: { $error }
notice-not-loaded = No cargado: { $error }
notice-not-renamed = No renombrado: un nombre necesita de 1 a { $max } caracteres en una sola línea
notice-note = Nota
notice-settings-failed = No se pudo guardar la configuración: { $error }
notice-settings-refused = Configuración no guardada: { $why }
notice-unknown-profile = Perfil de siembra desconocido: { $name }
notice-warning = Advertencia
notice-watch-delete-failed = Añadido, pero no se pudo eliminar { $path }: { $error }

## opt
opt-bottom-centre = Abajo en el centro
opt-bottom-left = Abajo a la izquierda
opt-bottom-right = Abajo a la derecha
opt-close-ask = Preguntar mientras haya torrents activos
opt-close-minimize = Minimizar y seguir sembrando (Ctrl+Q sale)
opt-close-quit = Salir
opt-comfortable = Cómoda
opt-compact = Compacta
opt-dark = Oscuro
opt-every-n-minutes = Cada N minutos
opt-every-step = En cada paso
opt-folder-hint = /ruta/a/la/carpeta
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui aún no puede maquetar por completo esta escritura: el texto de derecha a izquierda se muestra de izquierda a derecha sin letras enlazadas, y no se forman los conjuntos índicos. La traducción está completa; las formas son un límite de egui.
opt-light = Claro
opt-log-normal = Log-normal
opt-none = Ninguno
opt-off = Desactivado
opt-on-announce = En cada anuncio
opt-pareto = Pareto
opt-power-law = Ley de potencia
opt-random = Aleatorio
opt-random-tip = Un puerto en 49152..=65535
opt-socks5 = SOCKS5
opt-system = Como el sistema
opt-system-language = El idioma del sistema
opt-top-centre = Arriba en el centro
opt-top-left = Arriba a la izquierda
opt-top-right = Arriba a la derecha

## options
options-apply-label = Aplicar etiqueta
options-apply-name = Aplicar nombre
options-label = Etiqueta
options-name = Nombre
options-read-only = Solo lectura: las opciones se cambian en la aplicación.
options-running = En marcha

## peers
peers-address = Dirección
peers-client = Cliente
peers-empty = Aún no hay pares: aparecen cuando un tracker responde a un anuncio con algunos.
peers-from = Del tracker

## profile
profile-aggressive = agresivo
profile-balanced = equilibrado
profile-conservative = prudente
profile-custom = personalizado

## prompt
prompt-add-tracker = Añadir URL de tracker
prompt-bad-url = Una URL de tracker empieza por http://, https:// o udp://
prompt-down-limit = Límite de bajada (KiB/s, 0 = ninguno)
prompt-edit-tracker = Editar URL del tracker
prompt-empty-name = Un nombre no puede estar vacío
prompt-label = Poner etiqueta
prompt-not-a-number = { $text } no es un número entero de KiB/s (0 = ninguno)
prompt-rename = Renombrar torrent
prompt-up-limit = Límite de subida (KiB/s, 0 = ninguno)
quit-body = { $count ->
        [one] Hay un torrent activo.
       *[other] Hay { $count } torrents activos.
    } Se avisará a sus trackers de que se detuvieron.
quit-minimize = Minimizar en su lugar
quit-quit = Salir
quit-title = ¿Salir de dfakeseeder?

## remove
remove-also-file = Eliminar también el archivo .torrent copiado
remove-title =
    { $count ->
        [one] ¿Quitar { $count } torrent?
       *[other] ¿Quitar { $count } torrents?
    }
remove-yes = Sí, quitar

## search
search-hint = parte de un nombre
search-label = Buscar:

## set
set-bittorrent-announce_interval_seconds = Intervalo de anuncio (0 = el del tracker)
set-bittorrent-numwant = Pares a pedir (0 = como lo hace el cliente)
set-bittorrent-scrape_interval_seconds = Intervalo de scrape (desde el próximo scrape)
set-client_profile = Hacerse pasar por (al reiniciar)
set-close_action = Al cerrar la ventana
set-connection-listening_port = Puerto de escucha (al reiniciar)
set-connection-max_global_connections = Máximo de conexiones a pares (al reiniciar)
set-connection-max_per_torrent = Máximo por torrent (al reiniciar)
set-download_speed = Velocidad de descarga de los torrents nuevos
set-language = Idioma
set-logging-level = Archivo de registro: nivel mínimo escrito
set-logging-log_to_file = Escribir un archivo de registro (logs/dfakeseeder.log en la carpeta de configuración)
set-logging-max_files = Archivo de registro: archivos antiguos conservados
set-logging-max_size_mb = Archivo de registro: empezar uno nuevo al llegar a
set-notification_settings-desktop_notifications = También en el escritorio (completados, advertencias, errores)
set-notification_settings-enabled = Mostrar avisos emergentes
set-notification_settings-error_timeout_ms = Duración de los errores
set-notification_settings-info_timeout_ms = Duración de la información (0 = hasta cerrarla)
set-notification_settings-max_visible = Máximo en pantalla
set-notification_settings-position = Posición
set-notification_settings-show_in_statusbar = Evento más reciente en la barra de estado
set-notification_settings-success_timeout_ms = Duración de los éxitos
set-notification_settings-warning_timeout_ms = Duración de las advertencias
set-peer_protocol-handshake_timeout_seconds = Tiempo límite de negociación (conexiones nuevas)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive cada (conexiones nuevas)
set-peer_protocol-message_read_timeout_seconds = Desconectar un par silencioso tras (conexiones nuevas)
set-performance-network_interface = Escuchar pares en esta dirección (al reiniciar; vacío = todas)
set-proxy-auth_enabled = El proxy requiere usuario y contraseña
set-proxy-password = Contraseña del proxy
set-proxy-port = Puerto del proxy
set-proxy-server = Host del proxy
set-proxy-type = Proxy para el tráfico de trackers
set-proxy-username = Usuario del proxy
set-remember_window_size = Recordar el tamaño y la posición de la ventana (al reiniciar)
set-scheduler-days = Estos días
set-scheduler-enabled = Cambiar a los límites alternativos según un horario
set-scheduler-end_hour = Programado hasta (antes del inicio: día siguiente)
set-scheduler-start_hour = Programado desde
set-seeding_profile = Perfil de siembra
set-speed-alt_download_limit_kbps = Límite de bajada alternativo
set-speed-alt_upload_limit_kbps = Límite de subida alternativo
set-speed-download_limit_kbps = Límite global de bajada (0 = ninguno)
set-speed-enable_alternative_speeds = Usar ahora los límites alternativos
set-speed-upload_limit_kbps = Límite global de subida (0 = ninguno)
set-speed_distribution-download-algorithm = Repartir las velocidades de descarga
set-speed_distribution-download-custom_interval_minutes = Descarga: cada N minutos
set-speed_distribution-download-redistribution_mode = Volver a repartir la descarga
set-speed_distribution-download-spread_percentage = Dispersión de la descarga
set-speed_distribution-download-stopped_max_percentage = Descarga: torrents detenidos, como máximo
set-speed_distribution-download-stopped_min_percentage = Descarga: torrents detenidos, como mínimo
set-speed_distribution-upload-algorithm = Repartir las velocidades de subida
set-speed_distribution-upload-custom_interval_minutes = Subida: cada N minutos
set-speed_distribution-upload-redistribution_mode = Volver a repartir la subida
set-speed_distribution-upload-spread_percentage = Dispersión de la subida
set-speed_distribution-upload-stopped_max_percentage = Subida: torrents detenidos, como máximo
set-speed_distribution-upload-stopped_min_percentage = Subida: torrents detenidos, como mínimo
set-start_minimized = Iniciar minimizado (al reiniciar)
set-storage-ledger_interval_seconds = Guardar la contabilidad cada (al reiniciar)
set-threshold = Los torrents nuevos suben a partir de
set-tickspeed = Paso de simulación
set-ui_settings-color_scheme = Colores
set-ui_settings-density = Densidad
set-ui_settings-monitoring_refresh_interval = Muestra de supervisión cada
set-upload_speed = Velocidad de subida de los torrents nuevos
set-watch_folder-delete_added_torrents = Eliminar los archivos .torrent una vez añadidos
set-watch_folder-enabled = Añadir torrents desde una carpeta vigilada
set-watch_folder-path = Carpeta vigilada

## settab
settab-advanced = Avanzado
settab-bittorrent = BitTorrent
settab-connection = Conexión
settab-general = General
settab-notifications = Notificaciones
settab-peer-protocol = Protocolo de pares
settab-speed = Velocidad

## settings
settings-apply = Aplicar
settings-discard = Descartar cambios
settings-export = Exportar configuración…
settings-import = Importar configuración…
settings-keep-editing = Seguir editando
settings-no-match = Ningún ajuste coincide.
settings-reset-all = Todos los ajustes a los predeterminados
settings-reset-all-tip = Cada ajuste vuelve a su valor predeterminado (Aplicar para conservar)
settings-reset-tab = Restablecer pestaña
settings-reset-tip = Los ajustes de esta pestaña vuelven a sus valores predeterminados (Aplicar para conservar)
settings-save = Guardar
settings-search-hint = el nombre o la clave de un ajuste
settings-title = Configuración
settings-unsaved = Algunos ajustes han cambiado pero no se han aplicado.

## sidebar
sidebar-clear = Borrar filtros
sidebar-showing = Mostrando: { $what } ({ $shown } de { $total })
sidebar-states = Estados
sidebar-tracker-errors = Errores de tracker:
sidebar-trackers = Trackers

## state
state-active = Activos
state-all = Todos
state-checking = Comprobando
state-downloading = Descargando
state-error = Error
state-paused = En pausa
state-seeding = Sembrando
state-trackerless = Sin tracker

## status
status-alt-off = Vel. alternativa: desactivada
status-alt-on = Vel. alternativa: activada
status-alt-tip = Haga clic para activar o desactivar los límites alternativos
status-checking = Comprobando
status-down = Bajada { $rate }
status-down-tip = Velocidad de bajada, todos los torrents
status-downloading = Descargando
status-error = Error: { $reason }
status-limits = Límites actuales: subida { $up }, bajada { $down }
status-not-listening = Sin escuchar pares
status-paused = En pausa
status-peers = Pares { $now } / { $max }
status-peers-tip = Pares conectados a nosotros ahora / como máximo
status-port = Puerto { $port }
status-seeding = Sembrando
status-session = Sesión: subida { $up }, bajada { $down }
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
            [one] seleccionado
           *[other] seleccionados
        }
    }
status-total = Total: subida { $up }, bajada { $down }
status-unlimited = sin límite
status-up = Subida { $rate }
status-up-tip = Velocidad de subida, todos los torrents

## tab
tab-details = Detalles
tab-files = Archivos
tab-incoming = Entrantes
tab-log = Registro del torrent
tab-options = Opciones
tab-peers = Pares
tab-status = Estado
tab-trackers = Trackers

## table
table-columns = Columnas
table-default-columns = Columnas predeterminadas
table-empty = Suelte aquí archivos .torrent o pulse Añadir (Ctrl+O)
table-empty-viewer = No hay torrents

## toolbar
toolbar-add = Añadir
toolbar-add-tip = Añadir archivos .torrent (Ctrl+O)
toolbar-announce = Anunciar
toolbar-announce-tip = Anunciar ahora los torrents seleccionados a sus trackers (Ctrl+R)
toolbar-down-double = Bajada ×2
toolbar-down-double-tip = Duplicar la velocidad de bajada de la selección
toolbar-down-half = Bajada ÷2
toolbar-down-half-tip = Reducir a la mitad la velocidad de bajada de la selección
toolbar-pause = Pausar
toolbar-pause-all = Pausar todos
toolbar-pause-all-tip = Pausar todos los torrents
toolbar-pause-tip = Pausar los torrents seleccionados (Space alterna)
toolbar-queue-down = Bajar en la cola
toolbar-queue-down-tip = Bajar los torrents seleccionados en la cola (Alt+Down)
toolbar-queue-up = Subir en la cola
toolbar-queue-up-tip = Subir los torrents seleccionados en la cola (Alt+Up)
toolbar-remove = Quitar
toolbar-remove-tip = Quitar los torrents seleccionados (Delete)
toolbar-resume = Reanudar
toolbar-resume-all = Reanudar todos
toolbar-resume-all-tip = Reanudar todos los torrents
toolbar-resume-tip = Reanudar los torrents seleccionados (Space alterna)
toolbar-search = Buscar
toolbar-search-tip = Buscar torrents por nombre (Ctrl+F)
toolbar-select-first = Seleccione primero torrents (clic, Ctrl+clic, Mayús+clic, Ctrl+A)
toolbar-settings = Configuración
toolbar-settings-tip = Abrir la configuración (Ctrl+,)
toolbar-up-double = Subida ×2
toolbar-up-double-tip = Duplicar la velocidad de subida de la selección
toolbar-up-half = Subida ÷2
toolbar-up-half-tip = Reducir a la mitad la velocidad de subida de la selección

## tracker
tracker-error = Error
tracker-not-contacted = Sin contactar
tracker-standby = En espera
tracker-updating = Actualizando…
tracker-working = Funciona

## trackers
trackers-ago = hace { $time }
trackers-default-client = Predeterminado ({ $name })
trackers-downloaded = Descargados
trackers-floor = nunca por debajo del intervalo mínimo del tracker ({ $secs } s)
trackers-floor-unknown = nunca por debajo del intervalo mínimo de un tracker
trackers-in = en { $time }
trackers-interval = Intervalo
trackers-interval-label = Intervalo de anuncio:
trackers-last = Último anuncio
trackers-leechers = Leechers
trackers-message = Mensaje
trackers-next = Próximo anuncio
trackers-none = Este torrent no tiene tracker.
trackers-own = el mío
trackers-peers = Pares
trackers-poses-as = se hace pasar por este cliente
trackers-seeds = Semillas
trackers-status = Estado
trackers-theirs = el del tracker
trackers-tier = Nivel
trackers-url = URL

## val
val-choose-folder = elija una carpeta para vigilar
val-empty-window = la franja termina cuando empieza (estaría vacía)
val-hours = las horas están en 0..=23 y los minutos en 0..=59
val-no-folder = { $path } no es una carpeta existente
val-not-an-address = { $text } no es una dirección IP
val-not-port = 0 no es un puerto (1..=65535)
val-outside = { $value } está fuera de { $min }..={ $max }
val-proxy-auth = el usuario y la contraseña tienen como máximo 255 bytes
val-proxy-host = se necesita un nombre de host o una dirección
val-stopped = se requiere 0 <= min <= max <= 100
val-unknown-language = idioma desconocido: { $name }
val-unknown-profile = perfil desconocido: { $name }

## view
view-dashboard = Panel
view-log = Registro
view-monitoring = Supervisión
view-torrents = Torrents

## viewer
viewer-connecting = Conectando…
viewer-live = En vivo
viewer-live-polling = En vivo (consulta cada 2 s)
viewer-loading = Conectando con dfakeseeder…
viewer-login-busy = Iniciando sesión…
viewer-login-failed = Error al iniciar sesión (HTTP { $status }).
viewer-login-intro = dfakeseeder pregunta quién es usted: introduzca el token que mostró al arrancar, o un usuario y una contraseña.
viewer-login-password = Contraseña
viewer-login-password-mode = Usuario y contraseña
viewer-login-submit = Iniciar sesión
viewer-login-throttled = Demasiados intentos: espere un minuto y vuelva a intentarlo.
viewer-login-title = Iniciar sesión en dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder no respondió: { $error }
viewer-login-username = Usuario
viewer-login-wrong = Token, usuario o contraseña incorrectos.
viewer-offline = Sin conexión: dfakeseeder no responde desde hace { $secs } s; se sigue intentando.
viewer-read-only = Vista de solo lectura
viewer-reconnecting = Reconectando…

## web
settab-webui = Interfaz web
set-webui-enabled = Servir la API web y el visor
set-webui-localhost_only = Solo este equipo (escuchar en 127.0.0.1)
set-webui-interface = Dirección del servidor web
set-webui-port = Puerto del servidor web
set-webui-auth_enabled = Exigir inicio de sesión (token o contraseña)
set-webui-username = Usuario web
set-webui-password_hash = Nueva contraseña web
set-webui-token = Token de la API
set-webui-allow_control = Permitir el control desde la web (añadir, pausar, quitar)
set-webui-https_enabled = Usar HTTPS
set-webui-https_cert_path = Certificado HTTPS (archivo PEM)
set-webui-https_key_path = Clave privada HTTPS (archivo PEM)
set-webui-session_timeout_minutes = La sesión dura
set-webui-ban_after_failures = Bloquear una dirección tras inicios de sesión fallidos
set-webui-allowed_hosts = Otros nombres de host (separados por comas)
opt-web-no-password = no hay contraseña
opt-web-password-set = hay una contraseña; escriba para sustituirla
opt-web-token-new = al aplicar se crea un token nuevo
opt-web-rotate = Renovar
opt-web-rotate-tip = Un token aleatorio nuevo al aplicar; el anterior deja de valer
val-web-needs-auth = necesario cuando el servidor escucha más allá de este equipo
val-web-choose-file = elija un archivo
val-web-username = como máximo 255 caracteres, sin caracteres de control
val-web-host = { $text } no es un nombre de host
ev-web-serving = Interfaz web en { $url }
ev-web-stopped = Interfaz web detenida
notice-web-failed = El servidor web no está en marcha: { $why }
web-refused-no-auth = No se sirve en { $addr } sin inicio de sesión: active la autenticación o escuche en 127.0.0.1
web-refused-no-credentials = Se exige iniciar sesión pero no hay token ni contraseña
web-bind-failed = No se puede escuchar en { $addr }: { $error }
web-tls-read = No se puede leer { $path }: { $error }
web-tls-bad = { $path } no sirve para HTTPS: { $error }
