# Portuguese: translated from en.ftl

## announce
announce-early-body = O rastreador pede para aguardar mais { $secs } segundos. Anunciar antes pode contar contra você.
announce-early-title = Anunciar antes que o rastreador permita?
announce-now = Anunciar agora
announce-when-allowed = Quando permitido

## cell
cell-default-client = padrão
cell-no = não
cell-none = nenhum
cell-trackers-interval = do rastreador
cell-yes = sim

## col
col-added_on = Adicionado em
col-announce_interval = Intervalo
col-client_profile = Passa-se por
col-comment = Comentário
col-completed_on = Concluído em
col-created_by = Criado por
col-creation_date = Criado em
col-download_limit = Limite de download
col-download_rate = Vel. de download
col-download_speed = Download definido
col-eta = ETA
col-eta_threshold = ETA até o limiar
col-id = #
col-label = Rótulo
col-leechers = Pares
col-name = Nome
col-next_update = Próximo anúncio
col-piece_count = Partes
col-piece_length = Tamanho da parte
col-private = Privado
col-progress = Progresso
col-ratio = Proporção
col-seed_time = Tempo semeando
col-seeders = Seeds
col-session_downloaded = Baixado (sessão)
col-session_uploaded = Enviado (sessão)
col-status = Status
col-threshold = Limiar
col-total_downloaded = Baixado
col-total_size = Tamanho
col-total_uploaded = Enviado
col-tracker = Rastreador
col-upload_limit = Limite de upload
col-upload_rate = Vel. de upload
col-upload_speed = Upload definido

## common
common-cancel = Cancelar
common-dismiss = Fechar
common-ok = OK

## dash
dash-active = Ativos
dash-checking-error = Verificando / erro
dash-download = Download
dash-downloaded = Baixado (total)
dash-downloading = Baixando
dash-paused = Pausados
dash-peers = Pares
dash-ratio = Proporção
dash-seeding = Semeando
dash-torrents = Torrents
dash-upload = Upload
dash-uploaded = Enviado (total)

## day
day-fri = sex
day-mon = seg
day-sat = sáb
day-sun = dom
day-thu = qui
day-tue = ter
day-wed = qua

## details
details-select = Selecione um torrent para ver os detalhes.
details-several = Vários torrents estão selecionados: selecione um para ver os detalhes.

## dialog
dialog-add-title = Adicionar torrents
dialog-torrent-files = Arquivos torrent

## drop
drop-hint = Solte arquivos .torrent para adicioná-los
drop-ignored =
    { $count ->
        [one] { $count } arquivo ignorado (não é .torrent): { $names }
       *[other] { $count } arquivos ignorados (não são .torrent): { $names }
    }
drop-ignored-more = { $names } e mais { $more }

## edit
edit-down-limit-tip = Teto de download deste torrent, KiB/s (0 = nenhum)
edit-down-speed-tip = Velocidade de download simulada, KiB/s (arraste ou digite)
edit-interval-tip = Intervalo de anúncio, em segundos (0 = o do rastreador; nunca abaixo do mínimo dele)
edit-threshold-tip = Progresso a partir do qual o upload começa
edit-up-limit-tip = Teto de upload deste torrent, KiB/s (0 = nenhum)
edit-up-speed-tip = Velocidade de upload simulada, KiB/s (arraste ou digite)

## ev
ev-added = Adicionado: { $name }
ev-alt-off = Limites de velocidade alternativos desativados
ev-alt-off-schedule = Limites de velocidade alternativos desativados (agendamento)
ev-alt-on = Limites de velocidade alternativos ativados
ev-alt-on-schedule = Limites de velocidade alternativos ligados (agendamento)
ev-completed = Concluído: { $name }
ev-settings-exported = Configurações exportadas para { $path }
ev-settings-imported = Configurações importadas de { $path }
ev-settings-saved = Configurações salvas
ev-tracker-error = Erro do rastreador para { $name }: { $error }
ev-watch-added = Adicionado da pasta monitorada: { $name }

## file
file-dialog-failed = Não foi possível abrir o seletor de arquivos: { $error }

## graph
graph-download = Download
graph-upload = Upload

## incoming
incoming-address = Endereço
incoming-ago = há { $time }
incoming-client = Cliente
incoming-connected = Conectado
incoming-empty = Nenhum par está conectado a este torrent. Os pares nos encontram pelos rastreadores aos quais anunciamos.
incoming-handshaking = Em handshake
incoming-last = Última mensagem
incoming-messages = Mensagens recebidas / enviadas
incoming-since = Desde
incoming-state = Estado

## info
info-added-on = Adicionado em
info-bytes = { $size } ({ $bytes } bytes)
info-comment = Comentário
info-completed-on = Concluído em
info-created-by = Criado por
info-created-on = Criado em
info-downloaded = Baixado (sessão / total)
info-eta = ETA até o limiar / a conclusão
info-files = Arquivos
info-graph-empty = O gráfico de velocidade se preenche enquanto o torrent está em execução.
info-hash = Info-hash
info-name = Nome
info-next-announce = Próximo anúncio
info-pieces = Partes
info-private = Privado
info-progress = Progresso
info-rates = Taxa de upload / download
info-ratio = Proporção
info-seed-time = Tempo semeando
info-set-speeds = Velocidades definidas
info-status = Status
info-swarm = Seeds / pares
info-total-size = Tamanho total
info-trackers-working = Rastreadores funcionando
info-uploaded = Enviado (sessão / total)
info-uploading-from = Upload a partir de
info-working = { $working } de { $total }

## level
level-debug = depuração
level-error = erro
level-info = informação
level-warning = aviso

## log
log-added-restored = Adicionado: { $name } (totais restaurados)
log-empty = Nada registrado para este torrent ainda.
log-forced-complete = Conclusão forçada: { $name }
log-ledger-failed = Não foi possível salvar a contabilidade: { $error }
log-listening = Escutando pares na porta { $port }
log-no-match = Nenhuma linha do log corresponde.
log-paused = Pausado: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent agora se passa por { $who }
       *[other] { $count } torrents agora se passam por { $who }
    }
log-progress-set = Progresso definido em { $percent } %: { $name }
log-recheck-done = Nova verificação concluída: { $name }
log-rechecking = Verificando novamente: { $name }
log-removed = Removido: { $name }
log-renamed = Renomeado: { $old } -> { $name }
log-resumed = Retomado: { $name }
log-seeding-profile = Perfil de semeadura: { $name }
log-selected-only = apenas os torrents selecionados
log-show-from = Mostrar a partir do nível:
log-trackers-changed = Rastreadores alterados: agora { $count }
log-watching = Monitorando { $path }

## menu
menu-add-tracker = Adicionar rastreador…
menu-announce = Anunciar agora
menu-copy = Copiar
menu-copy-hash = Info-hash
menu-copy-magnet = Link magnético
menu-copy-name = Nome
menu-copy-tracker = URL do rastreador
menu-default-client = O cliente padrão
menu-edit-tracker = Editar
menu-force-complete = Forçar conclusão
menu-label = Definir rótulo…
menu-pause = Pausar
menu-pose-as = Passar-se por
menu-properties = Propriedades
menu-queue = Fila
menu-queue-bottom = Mover para o fim
menu-queue-down = Mover para baixo
menu-queue-top = Mover para o início
menu-queue-up = Mover para cima
menu-random-progress = Definir progresso aleatório
menu-recheck = Forçar nova verificação
menu-remove = Remover…
menu-remove-tracker = Remover
menu-remove-with-file = Remover com a cópia do .torrent…
menu-rename = Renomear…
menu-reset-limits = Voltar a sem limite
menu-resume = Retomar
menu-set-download-limit = Definir limite de download…
menu-set-upload-limit = Definir limite de upload…
menu-speed-limits = Limites de velocidade
menu-trackers = Rastreadores

## mon
mon-collecting = Coletando a primeira amostra…
mon-connections = Conexões
mon-counts = Threads, descritores, torrents, conexões
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Descritores
mon-every = Uma amostra a cada { $secs } s; os valores de rede abrangem todas as interfaces desta máquina.
mon-fds = Descritores de arquivo
mon-in = Entrada
mon-memory = Memória
mon-net-in = Rede (entrada)
mon-net-out = Rede (saída)
mon-network = Rede
mon-out = Saída
mon-received = Recebido (total)
mon-rss = Memória (RSS)
mon-rss-line = RSS
mon-sent = Enviado (total)
mon-threads = Threads
mon-torrents = Torrents

## notice
notice-already-added = { $file }: { $name } já foi adicionado
notice-cannot-listen = Não é possível escutar pares em { $addr }: { $error }
notice-cannot-watch = Não é possível monitorar { $path }: { $error }
notice-copy-failed = { $file }: não foi possível manter uma cópia: { $error }
notice-error = Erro
notice-export-failed = Não foi possível exportar as configurações para { $path }: { $error }
notice-import-failed = Configurações não importadas de { $path }: { $error }
notice-list-failed = Não foi possível listar a pasta de torrents: { $error }
notice-not-loaded = Não carregado: { $error }
notice-not-renamed = Não renomeado: um nome precisa de 1 a { $max } caracteres em uma só linha
notice-note = Nota
notice-settings-failed = Não foi possível salvar as configurações: { $error }
notice-settings-refused = Configurações não salvas: { $why }
notice-unknown-profile = Perfil de semeadura desconhecido: { $name }
notice-warning = Aviso
notice-watch-delete-failed = Adicionado, mas não foi possível excluir { $path }: { $error }

## opt
opt-bottom-centre = Embaixo, no centro
opt-bottom-left = Embaixo, à esquerda
opt-bottom-right = Embaixo, à direita
opt-close-ask = Perguntar enquanto houver torrents ativos
opt-close-minimize = Minimizar e continuar a semear (Ctrl+Q sai)
opt-close-quit = Sair
opt-comfortable = Confortável
opt-compact = Compacta
opt-dark = Escuro
opt-every-n-minutes = A cada N minutos
opt-every-step = A cada passo
opt-folder-hint = /caminho/da/pasta
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = O egui ainda não consegue diagramar totalmente esta escrita: o texto da direita para a esquerda aparece da esquerda para a direita, sem letras ligadas, e os conjuntos índicos não são formados. A tradução está completa; as formas são uma limitação do egui.
opt-light = Claro
opt-log-normal = Log-normal
opt-none = Nenhum
opt-off = Desativado
opt-on-announce = A cada anúncio
opt-pareto = Pareto
opt-power-law = Lei de potência
opt-random = Aleatória
opt-random-tip = Uma porta em 49152..=65535
opt-socks5 = SOCKS5
opt-system = Como o sistema
opt-system-language = O idioma do sistema
opt-top-centre = Em cima, no centro
opt-top-left = Em cima, à esquerda
opt-top-right = Em cima, à direita

## options
options-apply-label = Aplicar rótulo
options-apply-name = Aplicar nome
options-label = Rótulo
options-name = Nome
options-read-only = Somente leitura: as opções são alteradas no aplicativo.
options-running = Em execução

## peers
peers-address = Endereço
peers-client = Cliente
peers-empty = Ainda não há pares: eles aparecem quando um rastreador responde a um anúncio com alguns.
peers-from = Do rastreador

## profile
profile-aggressive = agressivo
profile-balanced = equilibrado
profile-conservative = conservador
profile-custom = personalizado

## prompt
prompt-add-tracker = Adicionar URL de rastreador
prompt-bad-url = Uma URL de rastreador começa com http://, https:// ou udp://
prompt-down-limit = Limite de download (KiB/s, 0 = nenhum)
prompt-edit-tracker = Editar URL do rastreador
prompt-empty-name = Um nome não pode ficar vazio
prompt-label = Definir rótulo
prompt-not-a-number = { $text } não é um número inteiro de KiB/s (0 = nenhum)
prompt-rename = Renomear torrent
prompt-up-limit = Limite de upload (KiB/s, 0 = nenhum)
quit-body = { $count ->
        [one] Um torrent está ativo.
       *[other] { $count } torrents estão ativos.
    } Os seus trackers serão avisados de que pararam.
quit-minimize = Minimizar em vez disso
quit-quit = Sair
quit-title = Sair do dfakeseeder?

## remove
remove-also-file = Excluir também o arquivo .torrent copiado
remove-title =
    { $count ->
        [one] Remover { $count } torrent?
       *[other] Remover { $count } torrents?
    }
remove-yes = Sim, remover

## search
search-hint = parte de um nome
search-label = Pesquisar:

## set
set-bittorrent-announce_interval_seconds = Intervalo de anúncio (0 = o do rastreador)
set-bittorrent-numwant = Pares a pedir (0 = como o cliente faz)
set-bittorrent-scrape_interval_seconds = Intervalo de scrape (a partir do próximo scrape)
set-client_profile = Passar-se por (ao reiniciar)
set-close_action = Ao fechar a janela
set-connection-listening_port = Porta de escuta (ao reiniciar)
set-connection-max_global_connections = Máximo de conexões com pares (ao reiniciar)
set-connection-max_per_torrent = Máximo por torrent (ao reiniciar)
set-download_speed = Velocidade de download dos novos torrents
set-language = Idioma
set-logging-level = Arquivo de log: nível mínimo gravado
set-logging-log_to_file = Gravar um arquivo de log (logs/dfakeseeder.log na pasta de configuração)
set-logging-max_files = Arquivo de log: arquivos antigos mantidos
set-logging-max_size_mb = Arquivo de log: iniciar um novo ao atingir
set-notification_settings-desktop_notifications = Também na área de trabalho (concluídos, avisos, erros)
set-notification_settings-enabled = Mostrar notificações pop-up
set-notification_settings-error_timeout_ms = Duração dos erros
set-notification_settings-info_timeout_ms = Duração das informações (0 = até fechar)
set-notification_settings-max_visible = Máximo na tela
set-notification_settings-position = Posição
set-notification_settings-show_in_statusbar = Evento mais recente na barra de status
set-notification_settings-success_timeout_ms = Duração dos sucessos
set-notification_settings-warning_timeout_ms = Duração dos avisos
set-peer_protocol-handshake_timeout_seconds = Tempo limite do handshake (novas conexões)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive a cada (novas conexões)
set-peer_protocol-message_read_timeout_seconds = Desconectar um par silencioso após (novas conexões)
set-performance-network_interface = Escutar pares neste endereço (ao reiniciar; vazio = todos)
set-proxy-auth_enabled = O proxy exige nome de usuário e senha
set-proxy-password = Senha do proxy
set-proxy-port = Porta do proxy
set-proxy-server = Host do proxy
set-proxy-type = Proxy para o tráfego dos rastreadores
set-proxy-username = Nome de usuário do proxy
set-remember_window_size = Lembrar o tamanho e a posição da janela (ao reiniciar)
set-scheduler-days = Nestes dias
set-scheduler-enabled = Mudar para os limites alternativos conforme um agendamento
set-scheduler-end_hour = Agendado até (antes do início: no dia seguinte)
set-scheduler-start_hour = Agendado a partir de
set-seeding_profile = Perfil de semeadura
set-speed-alt_download_limit_kbps = Limite alternativo de download
set-speed-alt_upload_limit_kbps = Limite alternativo de upload
set-speed-download_limit_kbps = Limite global de download (0 = nenhum)
set-speed-enable_alternative_speeds = Usar os limites alternativos agora
set-speed-upload_limit_kbps = Limite global de upload (0 = nenhum)
set-speed_distribution-download-algorithm = Distribuir as velocidades de download
set-speed_distribution-download-custom_interval_minutes = Download: a cada N minutos
set-speed_distribution-download-redistribution_mode = Redistribuir o download
set-speed_distribution-download-spread_percentage = Dispersão do download
set-speed_distribution-download-stopped_max_percentage = Download: torrents parados, no máximo
set-speed_distribution-download-stopped_min_percentage = Download: torrents parados, no mínimo
set-speed_distribution-upload-algorithm = Distribuir as velocidades de upload
set-speed_distribution-upload-custom_interval_minutes = Upload: a cada N minutos
set-speed_distribution-upload-redistribution_mode = Redistribuir o upload
set-speed_distribution-upload-spread_percentage = Dispersão do upload
set-speed_distribution-upload-stopped_max_percentage = Upload: torrents parados, no máximo
set-speed_distribution-upload-stopped_min_percentage = Upload: torrents parados, no mínimo
set-start_minimized = Iniciar minimizado (ao reiniciar)
set-storage-ledger_interval_seconds = Salvar a contabilidade a cada (ao reiniciar)
set-threshold = Novos torrents enviam a partir de
set-tickspeed = Passo da simulação
set-ui_settings-color_scheme = Cores
set-ui_settings-density = Densidade
set-ui_settings-monitoring_refresh_interval = Amostra de monitoramento a cada
set-upload_speed = Velocidade de upload dos novos torrents
set-watch_folder-delete_added_torrents = Excluir os arquivos .torrent depois de adicionados
set-watch_folder-enabled = Adicionar torrents de uma pasta monitorada
set-watch_folder-path = Pasta monitorada

## settab
settab-advanced = Avançado
settab-bittorrent = BitTorrent
settab-connection = Conexão
settab-general = Geral
settab-notifications = Notificações
settab-peer-protocol = Protocolo de pares
settab-speed = Velocidade

## settings
settings-apply = Aplicar
settings-discard = Descartar alterações
settings-export = Exportar configurações…
settings-import = Importar configurações…
settings-keep-editing = Continuar editando
settings-no-match = Nenhuma configuração corresponde.
settings-reset-all = Todas as configurações para o padrão
settings-reset-all-tip = Cada configuração volta ao padrão (Aplicar para manter)
settings-reset-tab = Redefinir aba
settings-reset-tip = As configurações desta aba voltam ao padrão (Aplicar para manter)
settings-save = Salvar
settings-search-hint = o nome ou a chave de uma configuração
settings-title = Configurações
settings-unsaved = Algumas configurações foram alteradas, mas não aplicadas.

## sidebar
sidebar-clear = Limpar filtros
sidebar-showing = Mostrando: { $what } ({ $shown } de { $total })
sidebar-states = Estados
sidebar-tracker-errors = Erros de rastreador:
sidebar-trackers = Rastreadores

## state
state-active = Ativos
state-all = Todos
state-checking = Verificando
state-downloading = Baixando
state-error = Erro
state-paused = Pausados
state-seeding = Semeando
state-trackerless = Sem rastreador

## status
status-alt-off = Vel. alternativa: desativada
status-alt-on = Vel. alternativa: ativada
status-alt-tip = Clique para ativar ou desativar os limites alternativos
status-checking = Verificando
status-down = Download { $rate }
status-down-tip = Taxa de download, todos os torrents
status-downloading = Baixando
status-error = Erro: { $reason }
status-limits = Limites atuais: upload { $up }, download { $down }
status-not-listening = Sem escutar pares
status-paused = Pausado
status-peers = Pares { $now } / { $max }
status-peers-tip = Pares conectados a nós agora / no máximo
status-port = Porta { $port }
status-seeding = Semeando
status-session = Sessão: upload { $up }, download { $down }
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
            [one] selecionado
           *[other] selecionados
        }
    }
status-total = Total: upload { $up }, download { $down }
status-unlimited = sem limite
status-up = Upload { $rate }
status-up-tip = Taxa de upload, todos os torrents

## tab
tab-details = Detalhes
tab-files = Arquivos
tab-incoming = Entrada
tab-log = Log do torrent
tab-options = Opções
tab-peers = Pares
tab-status = Status
tab-trackers = Rastreadores

## table
table-columns = Colunas
table-default-columns = Colunas padrão
table-empty = Solte arquivos .torrent aqui ou clique em Adicionar (Ctrl+O)
table-empty-viewer = Nenhum torrent

## toolbar
toolbar-add = Adicionar
toolbar-add-tip = Adicionar arquivos .torrent (Ctrl+O)
toolbar-announce = Anunciar
toolbar-announce-tip = Anunciar agora os torrents selecionados aos rastreadores deles (Ctrl+R)
toolbar-down-double = Download ×2
toolbar-down-double-tip = Dobrar a velocidade de download da seleção
toolbar-down-half = Download ÷2
toolbar-down-half-tip = Reduzir pela metade a velocidade de download da seleção
toolbar-pause = Pausar
toolbar-pause-all = Pausar tudo
toolbar-pause-all-tip = Pausar todos os torrents
toolbar-pause-tip = Pausar os torrents selecionados (Space alterna)
toolbar-queue-down = Descer na fila
toolbar-queue-down-tip = Mover os torrents selecionados para baixo na fila (Alt+Down)
toolbar-queue-up = Subir na fila
toolbar-queue-up-tip = Mover os torrents selecionados para cima na fila (Alt+Up)
toolbar-remove = Remover
toolbar-remove-tip = Remover os torrents selecionados (Delete)
toolbar-resume = Retomar
toolbar-resume-all = Retomar tudo
toolbar-resume-all-tip = Retomar todos os torrents
toolbar-resume-tip = Retomar os torrents selecionados (Space alterna)
toolbar-search = Pesquisar
toolbar-search-tip = Pesquisar torrents pelo nome (Ctrl+F)
toolbar-select-first = Selecione torrents primeiro (clique, Ctrl+clique, Shift+clique, Ctrl+A)
toolbar-settings = Configurações
toolbar-settings-tip = Abrir as configurações (Ctrl+,)
toolbar-up-double = Upload ×2
toolbar-up-double-tip = Dobrar a velocidade de upload da seleção
toolbar-up-half = Upload ÷2
toolbar-up-half-tip = Reduzir pela metade a velocidade de upload da seleção

## tracker
tracker-error = Erro
tracker-not-contacted = Não contatado
tracker-standby = Em espera
tracker-updating = Atualizando…
tracker-working = Funcionando

## trackers
trackers-ago = há { $time }
trackers-default-client = Padrão ({ $name })
trackers-downloaded = Baixados
trackers-floor = nunca abaixo do intervalo mínimo do rastreador ({ $secs } s)
trackers-floor-unknown = nunca abaixo do intervalo mínimo de um rastreador
trackers-in = em { $time }
trackers-interval = Intervalo
trackers-interval-label = Intervalo de anúncio:
trackers-last = Último anúncio
trackers-leechers = Leechers
trackers-message = Mensagem
trackers-next = Próximo anúncio
trackers-none = Este torrent não tem rastreador.
trackers-own = o meu
trackers-peers = Pares
trackers-poses-as = passa-se por este cliente
trackers-seeds = Seeds
trackers-status = Status
trackers-theirs = o do rastreador
trackers-tier = Nível
trackers-url = URL

## val
val-choose-folder = escolha uma pasta para monitorar
val-empty-window = o período termina quando começa (ficaria vazio)
val-hours = as horas ficam em 0..=23 e os minutos em 0..=59
val-no-folder = { $path } não é uma pasta existente
val-not-an-address = { $text } não é um endereço IP
val-not-port = 0 não é uma porta (1..=65535)
val-outside = { $value } está fora de { $min }..={ $max }
val-proxy-auth = nome de usuário e senha têm no máximo 255 bytes
val-proxy-host = é preciso um nome de host ou um endereço
val-stopped = é preciso 0 <= min <= max <= 100
val-unknown-language = idioma desconhecido: { $name }
val-unknown-profile = perfil desconhecido: { $name }

## view
view-dashboard = Painel
view-log = Log
view-monitoring = Monitoramento
view-torrents = Torrents

## viewer
viewer-connecting = Conectando…
viewer-live = Ao vivo
viewer-live-polling = Ao vivo (consulta a cada 2 s)
viewer-loading = Conectando ao dfakeseeder…
viewer-login-busy = Entrando…
viewer-login-failed = Falha ao entrar (HTTP { $status }).
viewer-login-intro = O dfakeseeder pergunta quem você é: digite o token exibido na inicialização, ou um nome de usuário e senha.
viewer-login-password = Senha
viewer-login-password-mode = Nome de usuário e senha
viewer-login-submit = Entrar
viewer-login-throttled = Tentativas demais: aguarde um minuto e tente novamente.
viewer-login-title = Entrar no dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = O dfakeseeder não respondeu: { $error }
viewer-login-username = Nome de usuário
viewer-login-wrong = Token, nome de usuário ou senha incorretos.
viewer-offline = Offline: sem resposta do dfakeseeder há { $secs } s; tentando novamente.
viewer-read-only = Visualização somente leitura
viewer-reconnecting = Reconectando…

## web
settab-webui = Interface web
set-webui-enabled = Servir a API web e o visualizador
set-webui-localhost_only = Só este computador (escutar em 127.0.0.1)
set-webui-interface = Endereço do servidor web
set-webui-port = Porta do servidor web
set-webui-auth_enabled = Exigir início de sessão (token ou palavra-passe)
set-webui-username = Nome de utilizador web
set-webui-password_hash = Nova palavra-passe web
set-webui-token = Token da API
set-webui-allow_control = Permitir o controlo pela web (adicionar, pausar, remover)
set-webui-https_enabled = Usar HTTPS
set-webui-https_cert_path = Certificado HTTPS (ficheiro PEM)
set-webui-https_key_path = Chave privada HTTPS (ficheiro PEM)
set-webui-session_timeout_minutes = A sessão dura
set-webui-ban_after_failures = Bloquear um endereço após inícios de sessão falhados
set-webui-allowed_hosts = Outros nomes de anfitrião (separados por vírgulas)
opt-web-no-password = sem palavra-passe definida
opt-web-password-set = há uma palavra-passe definida; escreva para a substituir
opt-web-token-new = ao aplicar é criado um token novo
opt-web-rotate = Renovar
opt-web-rotate-tip = Um token aleatório novo ao aplicar; o antigo deixa de funcionar
val-web-needs-auth = necessário quando o servidor escuta para além deste computador
val-web-choose-file = escolha um ficheiro
val-web-username = no máximo 255 caracteres, sem caracteres de controlo
val-web-host = { $text } não é um nome de anfitrião
ev-web-serving = Interface web em { $url }
ev-web-stopped = Interface web parada
notice-web-failed = O servidor web não está a funcionar: { $why }
web-refused-no-auth = Sem serviço em { $addr } sem início de sessão: ative a autenticação ou escute em 127.0.0.1
web-refused-no-credentials = O início de sessão é exigido mas não há token nem palavra-passe
web-bind-failed = Não é possível escutar em { $addr }: { $error }
web-tls-read = Não é possível ler { $path }: { $error }
web-tls-bad = { $path } não pode ser usado para HTTPS: { $error }
