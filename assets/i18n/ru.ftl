# Russian: translated from en.ftl

## announce
announce-early-body = Трекер просит подождать ещё { $secs } с. Более ранний анонс может быть засчитан против вас.
announce-early-title = Анонсировать раньше, чем разрешает трекер?
announce-now = Анонсировать сейчас
announce-when-allowed = Когда будет можно

## cell
cell-default-client = по умолчанию
cell-no = нет
cell-none = нет
cell-trackers-interval = как у трекера
cell-yes = да

## col
col-added_on = Добавлен
col-announce_interval = Интервал
col-client_profile = Выдаёт себя за
col-comment = Комментарий
col-completed_on = Завершён
col-created_by = Создан в
col-creation_date = Дата создания
col-download_limit = Лимит загрузки
col-download_rate = Скорость загрузки
col-download_speed = Заданная загрузка
col-eta = Осталось
col-eta_threshold = До порога
col-id = #
col-label = Метка
col-leechers = Пиры
col-name = Имя
col-next_update = Следующий анонс
col-piece_count = Части
col-piece_length = Размер части
col-private = Приватный
col-progress = Прогресс
col-ratio = Рейтинг
col-seed_time = Время раздачи
col-seeders = Сиды
col-session_downloaded = Загружено (сеанс)
col-session_uploaded = Отдано (сеанс)
col-status = Состояние
col-threshold = Порог
col-total_downloaded = Загружено
col-total_size = Размер
col-total_uploaded = Отдано
col-tracker = Трекер
col-upload_limit = Лимит отдачи
col-upload_rate = Скорость отдачи
col-upload_speed = Заданная отдача

## common
common-cancel = Отмена
common-dismiss = Закрыть
common-ok = ОК

## dash
dash-active = Активные
dash-checking-error = Проверка / ошибка
dash-download = Загрузка
dash-downloaded = Загружено (всего)
dash-downloading = Загружаются
dash-paused = На паузе
dash-peers = Пиры
dash-ratio = Рейтинг
dash-seeding = Раздаются
dash-torrents = Торренты
dash-upload = Отдача
dash-uploaded = Отдано (всего)

## day
day-fri = Пт
day-mon = Пн
day-sat = Сб
day-sun = Вс
day-thu = Чт
day-tue = Вт
day-wed = Ср

## details
details-select = Выберите торрент, чтобы увидеть подробности.
details-several = Выбрано несколько торрентов: выберите один, чтобы увидеть подробности.

## dialog
dialog-add-title = Добавить торренты
dialog-torrent-files = Торрент-файлы

## drop
drop-hint = Перетащите сюда файлы .torrent, чтобы добавить их
drop-ignored =
    { $count ->
        [one] Пропущен { $count } файл (не .torrent): { $names }
        [few] Пропущено { $count } файла (не .torrent): { $names }
        [many] Пропущено { $count } файлов (не .torrent): { $names }
       *[other] Пропущено { $count } файла (не .torrent): { $names }
    }
drop-ignored-more = { $names } и ещё { $more }

## edit
edit-down-limit-tip = Предел загрузки для этого торрента, KiB/s (0 = нет)
edit-down-speed-tip = Имитируемая скорость загрузки, KiB/s (тяните или введите)
edit-interval-tip = Интервал анонса в секундах (0 = как у трекера; не ниже его минимума)
edit-threshold-tip = Прогресс, с которого начинается отдача
edit-up-limit-tip = Предел отдачи для этого торрента, KiB/s (0 = нет)
edit-up-speed-tip = Имитируемая скорость отдачи, KiB/s (тяните или введите)

## ev
ev-added = Добавлен: { $name }
ev-alt-off = Альтернативные ограничения скорости выключены
ev-alt-off-schedule = Альтернативные ограничения скорости выключены (расписание)
ev-alt-on = Альтернативные ограничения скорости включены
ev-alt-on-schedule = Альтернативные ограничения скорости включены (расписание)
ev-completed = Завершён: { $name }
ev-settings-exported = Настройки экспортированы в { $path }
ev-settings-imported = Настройки импортированы из { $path }
ev-settings-saved = Настройки сохранены
ev-tracker-error = Ошибка трекера для { $name }: { $error }
ev-watch-added = Добавлен из отслеживаемой папки: { $name }

## file
file-dialog-failed = Не удалось открыть диалог выбора файлов: { $error }

## graph
graph-download = Загрузка
graph-upload = Отдача

## incoming
incoming-address = Адрес
incoming-ago = { $time } назад
incoming-client = Клиент
incoming-connected = Подключён
incoming-empty = К этому торренту не подключён ни один пир. Пиры находят нас через трекеры, на которых мы анонсируемся.
incoming-handshaking = Рукопожатие
incoming-last = Последнее сообщение
incoming-messages = Сообщений получено / отправлено
incoming-since = С
incoming-state = Состояние

## info
info-added-on = Добавлен
info-bytes = { $size } ({ $bytes } байт)
info-comment = Комментарий
info-completed-on = Завершён
info-created-by = Создан в
info-created-on = Дата создания
info-downloaded = Загружено (сеанс / всего)
info-eta = До порога / до завершения
info-files = Файлы
info-graph-empty = График скорости заполняется, пока торрент работает.
info-hash = Хеш info
info-name = Имя
info-next-announce = Следующий анонс
info-pieces = Части
info-private = Приватный
info-progress = Прогресс
info-rates = Скорость отдачи / загрузки
info-ratio = Рейтинг
info-seed-time = Время раздачи
info-set-speeds = Заданные скорости
info-status = Состояние
info-swarm = Сиды / пиры
info-total-size = Общий размер
info-trackers-working = Рабочие трекеры
info-uploaded = Отдано (сеанс / всего)
info-uploading-from = Отдача с
info-working = { $working } из { $total }

## level
level-debug = отладка
level-error = ошибка
level-info = инфо
level-warning = предупреждение

## log
log-added-restored = Добавлен: { $name } (итоги восстановлены)
log-empty = Для этого торрента пока ничего не записано.
log-forced-complete = Отмечен завершённым: { $name }
log-ledger-failed = Не удалось сохранить учёт: { $error }
log-listening = Ожидаем пиров на порту { $port }
log-no-match = Ни одна строка журнала не подходит.
log-paused = Приостановлен: { $name }
log-pose-as =
    { $count ->
        [one] { $count } торрент теперь выдаёт себя за { $who }
        [few] { $count } торрента теперь выдают себя за { $who }
        [many] { $count } торрентов теперь выдают себя за { $who }
       *[other] { $count } торрента теперь выдают себя за { $who }
    }
log-progress-set = Прогресс установлен на { $percent } %: { $name }
log-recheck-done = Проверка завершена: { $name }
log-rechecking = Проверка: { $name }
log-removed = Удалён: { $name }
log-renamed = Переименован: { $old } -> { $name }
log-resumed = Возобновлён: { $name }
log-seeding-profile = Профиль раздачи: { $name }
log-selected-only = только выбранные торренты
log-show-from = Показывать с уровня:
log-trackers-changed = Трекеры изменены: теперь { $count }
log-watching = Отслеживается { $path }

## menu
menu-add-tracker = Добавить трекер…
menu-announce = Анонсировать сейчас
menu-copy = Копировать
menu-copy-hash = Хеш info
menu-copy-magnet = Magnet-ссылку
menu-copy-name = Имя
menu-copy-tracker = URL трекера
menu-default-client = Клиент по умолчанию
menu-edit-tracker = Изменить
menu-force-complete = Отметить завершённым
menu-label = Задать метку…
menu-pause = Приостановить
menu-pose-as = Выдавать себя за
menu-properties = Свойства
menu-queue = Очередь
menu-queue-bottom = В конец
menu-queue-down = Ниже
menu-queue-top = В начало
menu-queue-up = Выше
menu-random-progress = Случайный прогресс
menu-recheck = Проверить принудительно
menu-remove = Удалить…
menu-remove-tracker = Удалить
menu-remove-with-file = Удалить вместе с копией .torrent…
menu-rename = Переименовать…
menu-reset-limits = Без ограничений
menu-resume = Возобновить
menu-set-download-limit = Лимит загрузки…
menu-set-upload-limit = Лимит отдачи…
menu-speed-limits = Ограничения скорости
menu-trackers = Трекеры

## mon
mon-collecting = Собираем первое измерение…
mon-connections = Соединения
mon-counts = Потоки, дескрипторы, торренты, соединения
mon-cpu = ЦП
mon-cpu-graph = ЦП %
mon-descriptors = Дескрипторы
mon-every = Измерение каждые { $secs } с; сетевые данные охватывают все интерфейсы этой машины.
mon-fds = Файловые дескрипторы
mon-in = Вход
mon-memory = Память
mon-net-in = Сеть, вход
mon-net-out = Сеть, выход
mon-network = Сеть
mon-out = Выход
mon-received = Получено (всего)
mon-rss = Память (RSS)
mon-rss-line = RSS
mon-sent = Отправлено (всего)
mon-threads = Потоки
mon-torrents = Торренты

## notice
notice-already-added = { $file }: { $name } уже добавлен
notice-cannot-listen = Не удаётся ждать пиров на { $addr }: { $error }
notice-cannot-watch = Не удаётся отслеживать { $path }: { $error }
notice-copy-failed = { $file }: не удалось сохранить копию: { $error }
notice-error = Ошибка
notice-export-failed = Не удалось экспортировать настройки в { $path }: { $error }
notice-import-failed = Настройки из { $path } не импортированы: { $error }
notice-list-failed = Не удалось прочитать папку торрентов: { $error }
notice-not-loaded = Не загружен: { $error }
notice-not-renamed = Не переименован: имя должно занимать от 1 до { $max } символов в одной строке
notice-note = Примечание
notice-settings-failed = Не удалось сохранить настройки: { $error }
notice-settings-refused = Настройки не сохранены: { $why }
notice-unknown-profile = Неизвестный профиль раздачи { $name }
notice-warning = Предупреждение
notice-watch-delete-failed = Добавлен, но не удалось удалить { $path }: { $error }

## opt
opt-bottom-centre = Внизу по центру
opt-bottom-left = Внизу слева
opt-bottom-right = Внизу справа
opt-close-ask = Спрашивать, пока работают торренты
opt-close-minimize = Свернуть и продолжать раздачу (Ctrl+Q — выход)
opt-close-quit = Выйти
opt-comfortable = Просторная
opt-compact = Компактная
opt-dark = Тёмная
opt-every-n-minutes = Каждые N минут
opt-every-step = На каждом шаге
opt-folder-hint = /путь/к/папке
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui пока не умеет полностью верстать эту письменность: текст справа налево выводится слева направо без соединения букв, а индийские лигатуры не образуются. Перевод полный; формы — ограничение egui.
opt-light = Светлая
opt-log-normal = Логнормальное
opt-none = Нет
opt-off = Выкл.
opt-on-announce = При каждом анонсе
opt-pareto = Парето
opt-power-law = Степенной закон
opt-random = Случайный
opt-random-tip = Порт из 49152..=65535
opt-socks5 = SOCKS5
opt-system = Как в системе
opt-system-language = Язык системы
opt-top-centre = Вверху по центру
opt-top-left = Вверху слева
opt-top-right = Вверху справа

## options
options-apply-label = Применить метку
options-apply-name = Применить имя
options-label = Метка
options-name = Имя
options-read-only = Только чтение: параметры меняются в приложении.
options-running = Работает

## peers
peers-address = Адрес
peers-client = Клиент
peers-empty = Пиров пока нет: они появятся, когда трекер ответит на анонс списком пиров.
peers-from = От трекера

## profile
profile-aggressive = агрессивный
profile-balanced = сбалансированный
profile-conservative = осторожный
profile-custom = свой

## prompt
prompt-add-tracker = Добавить URL трекера
prompt-bad-url = URL трекера начинается с http://, https:// или udp://
prompt-down-limit = Лимит загрузки (KiB/s, 0 = нет)
prompt-edit-tracker = Изменить URL трекера
prompt-empty-name = Имя не может быть пустым
prompt-label = Задать метку
prompt-not-a-number = { $text } — не целое число KiB/s (0 = нет)
prompt-rename = Переименовать торрент
prompt-up-limit = Лимит отдачи (KiB/s, 0 = нет)
quit-body = { $count ->
        [one] Работает { $count } торрент.
        [few] Работают { $count } торрента.
        [many] Работают { $count } торрентов.
       *[other] Работают { $count } торрента.
    } Их трекерам будет сообщено об остановке.
quit-minimize = Свернуть вместо этого
quit-quit = Выйти
quit-title = Выйти из dfakeseeder?

## remove
remove-also-file = Удалить и скопированный файл .torrent
remove-title =
    { $count ->
        [one] Удалить { $count } торрент?
        [few] Удалить { $count } торрента?
        [many] Удалить { $count } торрентов?
       *[other] Удалить { $count } торрента?
    }
remove-yes = Да, удалить

## search
search-hint = часть имени
search-label = Поиск:

## set
set-bittorrent-announce_interval_seconds = Интервал анонса (0 = как у трекера)
set-bittorrent-numwant = Сколько пиров запрашивать (0 = как клиент)
set-bittorrent-scrape_interval_seconds = Интервал scrape (со следующего scrape)
set-client_profile = Выдавать себя за (после перезапуска)
set-close_action = При закрытии окна
set-connection-listening_port = Порт для входящих (после перезапуска)
set-connection-max_global_connections = Не больше соединений с пирами (после перезапуска)
set-connection-max_per_torrent = Не больше на торрент (после перезапуска)
set-download_speed = Скорость загрузки новых торрентов
set-language = Язык
set-logging-level = Файл журнала: наименее важные записываемые строки
set-logging-log_to_file = Писать файл журнала (logs/dfakeseeder.log в папке настроек)
set-logging-max_files = Файл журнала: сколько старых файлов хранить
set-logging-max_size_mb = Файл журнала: начинать новый после
set-notification_settings-desktop_notifications = Также на рабочем столе (завершения, предупреждения, ошибки)
set-notification_settings-enabled = Показывать уведомления
set-notification_settings-error_timeout_ms = Ошибки видны
set-notification_settings-info_timeout_ms = Сведения видны (0 = пока не закрыть)
set-notification_settings-max_visible = Не больше на экране
set-notification_settings-position = Где
set-notification_settings-show_in_statusbar = Последнее событие в строке состояния
set-notification_settings-success_timeout_ms = Успехи видны
set-notification_settings-warning_timeout_ms = Предупреждения видны
set-peer_protocol-handshake_timeout_seconds = Время на рукопожатие (новые соединения)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive каждые (новые соединения)
set-peer_protocol-message_read_timeout_seconds = Отключать молчащего пира через (новые соединения)
set-performance-network_interface = Ждать пиров на этом адресе (после перезапуска; пусто = все)
set-proxy-auth_enabled = Прокси требует имя и пароль
set-proxy-password = Пароль прокси
set-proxy-port = Порт прокси
set-proxy-server = Хост прокси
set-proxy-type = Прокси для трафика трекеров
set-proxy-username = Имя пользователя прокси
set-remember_window_size = Запоминать размер и положение окна (после перезапуска)
set-scheduler-days = В эти дни
set-scheduler-enabled = Переключаться на альтернативные ограничения по расписанию
set-scheduler-end_hour = До (раньше начала: на следующий день)
set-scheduler-start_hour = С
set-seeding_profile = Профиль раздачи
set-speed-alt_download_limit_kbps = Альтернативный лимит загрузки
set-speed-alt_upload_limit_kbps = Альтернативный лимит отдачи
set-speed-download_limit_kbps = Общий лимит загрузки (0 = нет)
set-speed-enable_alternative_speeds = Использовать альтернативные ограничения сейчас
set-speed-upload_limit_kbps = Общий лимит отдачи (0 = нет)
set-speed_distribution-download-algorithm = Распределять скорости загрузки
set-speed_distribution-download-custom_interval_minutes = Загрузка: каждые N минут
set-speed_distribution-download-redistribution_mode = Перераспределять загрузку
set-speed_distribution-download-spread_percentage = Разброс загрузки
set-speed_distribution-download-stopped_max_percentage = Загрузка: остановленных торрентов, не больше
set-speed_distribution-download-stopped_min_percentage = Загрузка: остановленных торрентов, не меньше
set-speed_distribution-upload-algorithm = Распределять скорости отдачи
set-speed_distribution-upload-custom_interval_minutes = Отдача: каждые N минут
set-speed_distribution-upload-redistribution_mode = Перераспределять отдачу
set-speed_distribution-upload-spread_percentage = Разброс отдачи
set-speed_distribution-upload-stopped_max_percentage = Отдача: остановленных торрентов, не больше
set-speed_distribution-upload-stopped_min_percentage = Отдача: остановленных торрентов, не меньше
set-start_minimized = Запускать свёрнутым (после перезапуска)
set-storage-ledger_interval_seconds = Сохранять учёт каждые (после перезапуска)
set-threshold = Новые торренты отдают с
set-tickspeed = Шаг имитации
set-ui_settings-color_scheme = Цвета
set-ui_settings-density = Плотность
set-ui_settings-monitoring_refresh_interval = Измерение мониторинга каждые
set-upload_speed = Скорость отдачи новых торрентов
set-watch_folder-delete_added_torrents = Удалять файлы .torrent после добавления
set-watch_folder-enabled = Добавлять торренты из отслеживаемой папки
set-watch_folder-path = Отслеживаемая папка

## settab
settab-advanced = Дополнительно
settab-bittorrent = BitTorrent
settab-connection = Соединение
settab-general = Общие
settab-notifications = Уведомления
settab-peer-protocol = Протокол пиров
settab-speed = Скорость

## settings
settings-apply = Применить
settings-discard = Отменить изменения
settings-export = Экспорт настроек…
settings-import = Импорт настроек…
settings-keep-editing = Продолжить правку
settings-no-match = Ни одна настройка не подходит.
settings-reset-all = Все настройки по умолчанию
settings-reset-all-tip = Каждая настройка вернётся к значению по умолчанию (Применить, чтобы сохранить)
settings-reset-tab = Сбросить вкладку
settings-reset-tip = Настройки этой вкладки вернутся к значениям по умолчанию (Применить, чтобы сохранить)
settings-save = Сохранить
settings-search-hint = имя или ключ настройки
settings-title = Настройки
settings-unsaved = Некоторые настройки изменены, но не применены.

## sidebar
sidebar-clear = Сбросить фильтры
sidebar-showing = Показано: { $what } ({ $shown } из { $total })
sidebar-states = Состояния
sidebar-tracker-errors = Ошибки трекеров:
sidebar-trackers = Трекеры

## state
state-active = Активные
state-all = Все
state-checking = Проверка
state-downloading = Загружаются
state-error = Ошибка
state-paused = На паузе
state-seeding = Раздаются
state-trackerless = Без трекера

## status
status-alt-off = Альт. скорость: выкл.
status-alt-on = Альт. скорость: вкл.
status-alt-tip = Нажмите, чтобы включить или выключить альтернативные ограничения
status-checking = Проверка
status-down = Загрузка { $rate }
status-down-tip = Скорость загрузки, все торренты
status-downloading = Загружается
status-error = Ошибка: { $reason }
status-limits = Ограничения сейчас: отдача { $up }, загрузка { $down }
status-not-listening = Не ждёт пиров
status-paused = На паузе
status-peers = Пиры { $now } / { $max }
status-peers-tip = Пиры, подключённые к нам сейчас / не больше
status-port = Порт { $port }
status-seeding = Раздаётся
status-session = Сеанс: отдано { $up }, загружено { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } торрент
            [few] { $count } торрента
            [many] { $count } торрентов
           *[other] { $count } торрента
        }
       *[other] { $count ->
            [one] { $count } торрент
            [few] { $count } торрента
            [many] { $count } торрентов
           *[other] { $count } торрента
        }, выбрано { $selected }
    }
status-total = Всего: отдано { $up }, загружено { $down }
status-unlimited = без ограничений
status-up = Отдача { $rate }
status-up-tip = Скорость отдачи, все торренты

## tab
tab-details = Подробности
tab-files = Файлы
tab-incoming = Входящие
tab-log = Журнал торрента
tab-options = Параметры
tab-peers = Пиры
tab-status = Состояние
tab-trackers = Трекеры

## table
table-columns = Столбцы
table-default-columns = Столбцы по умолчанию
table-empty = Перетащите сюда файлы .torrent или нажмите «Добавить» (Ctrl+O)
table-empty-viewer = Нет торрентов

## toolbar
toolbar-add = Добавить
toolbar-add-tip = Добавить файлы .torrent (Ctrl+O)
toolbar-announce = Анонс
toolbar-announce-tip = Анонсировать выбранные торренты на их трекерах сейчас (Ctrl+R)
toolbar-down-double = Загрузка ×2
toolbar-down-double-tip = Удвоить скорость загрузки выбранных
toolbar-down-half = Загрузка ÷2
toolbar-down-half-tip = Вдвое снизить скорость загрузки выбранных
toolbar-pause = Пауза
toolbar-pause-all = Приостановить все
toolbar-pause-all-tip = Приостановить каждый торрент
toolbar-pause-tip = Приостановить выбранные торренты (Пробел переключает)
toolbar-queue-down = Ниже в очереди
toolbar-queue-down-tip = Передвинуть выбранные торренты ниже в очереди (Alt+Down)
toolbar-queue-up = Выше в очереди
toolbar-queue-up-tip = Передвинуть выбранные торренты выше в очереди (Alt+Up)
toolbar-remove = Удалить
toolbar-remove-tip = Удалить выбранные торренты (Delete)
toolbar-resume = Возобновить
toolbar-resume-all = Возобновить все
toolbar-resume-all-tip = Возобновить каждый торрент
toolbar-resume-tip = Возобновить выбранные торренты (Пробел переключает)
toolbar-search = Поиск
toolbar-search-tip = Искать торренты по имени (Ctrl+F)
toolbar-select-first = Сначала выберите торренты (щелчок, Ctrl+щелчок, Shift+щелчок, Ctrl+A)
toolbar-settings = Настройки
toolbar-settings-tip = Открыть настройки (Ctrl+,)
toolbar-up-double = Отдача ×2
toolbar-up-double-tip = Удвоить скорость отдачи выбранных
toolbar-up-half = Отдача ÷2
toolbar-up-half-tip = Вдвое снизить скорость отдачи выбранных

## tracker
tracker-error = Ошибка
tracker-not-contacted = Не опрошен
tracker-standby = Резервный
tracker-updating = Обновление…
tracker-working = Работает

## trackers
trackers-ago = { $time } назад
trackers-default-client = По умолчанию ({ $name })
trackers-downloaded = Скачано
trackers-floor = не чаще минимального интервала трекера ({ $secs } с)
trackers-floor-unknown = не чаще минимального интервала трекера
trackers-in = через { $time }
trackers-interval = Интервал
trackers-interval-label = Интервал анонса:
trackers-last = Последний анонс
trackers-leechers = Личеры
trackers-message = Сообщение
trackers-next = Следующий анонс
trackers-none = У этого торрента нет трекера.
trackers-own = свой
trackers-peers = Пиры
trackers-poses-as = выдаёт себя за этот клиент
trackers-seeds = Сиды
trackers-status = Состояние
trackers-theirs = как у трекера
trackers-tier = Уровень
trackers-url = URL

## val
val-choose-folder = выберите папку для отслеживания
val-empty-window = промежуток кончается там же, где начинается (он был бы пустым)
val-hours = часы от 0 до 23, минуты от 0 до 59
val-no-folder = { $path } — не существующая папка
val-not-an-address = { $text } — не IP-адрес
val-not-port = 0 — не порт (1..=65535)
val-outside = { $value } вне { $min }..={ $max }
val-proxy-auth = имя пользователя и пароль не длиннее 255 байт
val-proxy-host = нужно имя хоста или адрес
val-stopped = нужно 0 <= мин <= макс <= 100
val-unknown-language = неизвестный язык { $name }
val-unknown-profile = неизвестный профиль { $name }

## view
view-dashboard = Сводка
view-log = Журнал
view-monitoring = Мониторинг
view-torrents = Торренты

## viewer
viewer-connecting = Подключение…
viewer-live = В сети
viewer-live-polling = В сети (опрос каждые 2 с)
viewer-loading = Подключение к dfakeseeder…
viewer-login-busy = Вход…
viewer-login-failed = Не удалось войти (HTTP { $status }).
viewer-login-intro = dfakeseeder спрашивает, кто вы: введите токен, выведенный при запуске, или имя пользователя и пароль.
viewer-login-password = Пароль
viewer-login-password-mode = Имя пользователя и пароль
viewer-login-submit = Войти
viewer-login-throttled = Слишком много попыток: подождите минуту и попробуйте снова.
viewer-login-title = Вход в dfakeseeder
viewer-login-token = Токен
viewer-login-token-mode = Токен
viewer-login-unreachable = dfakeseeder не ответил: { $error }
viewer-login-username = Имя пользователя
viewer-login-wrong = Неверный токен, имя пользователя или пароль.
viewer-offline = Нет связи: dfakeseeder не отвечает уже { $secs } с; попытки продолжаются.
viewer-read-only = Только просмотр
viewer-reconnecting = Переподключение…

## web
settab-webui = Веб-интерфейс
set-webui-enabled = Предоставлять веб-API и просмотрщик
set-webui-localhost_only = Только этот компьютер (слушать 127.0.0.1)
set-webui-interface = Адрес веб-сервера
set-webui-port = Порт веб-сервера
set-webui-auth_enabled = Требовать вход (токен или пароль)
set-webui-username = Имя пользователя для веба
set-webui-password_hash = Новый пароль для веба
set-webui-token = Токен API
set-webui-allow_control = Разрешить управление из веба (добавление, пауза, удаление)
set-webui-https_enabled = Использовать HTTPS
set-webui-https_cert_path = Сертификат HTTPS (файл PEM)
set-webui-https_key_path = Закрытый ключ HTTPS (файл PEM)
set-webui-session_timeout_minutes = Вход действует
set-webui-ban_after_failures = Блокировать адрес после неудачных входов
set-webui-allowed_hosts = Другие имена хостов (через запятую)
opt-web-no-password = пароль не задан
opt-web-password-set = пароль задан; введите новый, чтобы заменить
opt-web-token-new = при применении будет создан новый токен
opt-web-rotate = Обновить
opt-web-rotate-tip = Новый случайный токен при применении; старый перестанет действовать
val-web-needs-auth = нужно, если сервер слушает не только этот компьютер
val-web-choose-file = выберите файл
val-web-username = не более 255 символов, без управляющих символов
val-web-host = { $text } — не имя хоста
ev-web-serving = Веб-интерфейс: { $url }
ev-web-stopped = Веб-интерфейс остановлен
notice-web-failed = Веб-сервер не работает: { $why }
web-refused-no-auth = На { $addr } без входа ничего не предоставляется: включите аутентификацию или слушайте 127.0.0.1
web-refused-no-credentials = Вход обязателен, но нет ни токена, ни пароля
web-bind-failed = Не удаётся слушать { $addr }: { $error }
web-tls-read = Не удаётся прочитать { $path }: { $error }
web-tls-bad = { $path } нельзя использовать для HTTPS: { $error }
