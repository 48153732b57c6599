# Polish: translated from en.ftl

## announce
announce-early-body = Tracker prosi o odczekanie jeszcze { $secs } s. Wcześniejsze ogłoszenie może zostać policzone na twoją niekorzyść.
announce-early-title = Ogłosić, zanim tracker na to pozwoli?
announce-now = Ogłoś teraz
announce-when-allowed = Gdy będzie wolno

## cell
cell-default-client = domyślny
cell-no = nie
cell-none = brak
cell-trackers-interval = z trackera
cell-yes = tak

## col
col-added_on = Dodano
col-announce_interval = Interwał
col-client_profile = Podaje się za
col-comment = Komentarz
col-completed_on = Ukończono
col-created_by = Utworzono w
col-creation_date = Data utworzenia
col-download_limit = Limit pobierania
col-download_rate = Pobieranie
col-download_speed = Ustawione pobieranie
col-eta = Pozostało
col-eta_threshold = Do progu
col-id = #
col-label = Etykieta
col-leechers = Peery
col-name = Nazwa
col-next_update = Następne ogłoszenie
col-piece_count = Części
col-piece_length = Rozmiar części
col-private = Prywatny
col-progress = Postęp
col-ratio = Współczynnik
col-seed_time = Czas seedowania
col-seeders = Seedy
col-session_downloaded = Pobrano (sesja)
col-session_uploaded = Wysłano (sesja)
col-status = Stan
col-threshold = Próg
col-total_downloaded = Pobrano
col-total_size = Rozmiar
col-total_uploaded = Wysłano
col-tracker = Tracker
col-upload_limit = Limit wysyłania
col-upload_rate = Wysyłanie
col-upload_speed = Ustawione wysyłanie

## common
common-cancel = Anuluj
common-dismiss = Zamknij
common-ok = OK

## dash
dash-active = Aktywne
dash-checking-error = Sprawdzanie / błąd
dash-download = Pobieranie
dash-downloaded = Pobrano (łącznie)
dash-downloading = Pobierane
dash-paused = Wstrzymane
dash-peers = Peery
dash-ratio = Współczynnik
dash-seeding = Seedowane
dash-torrents = Torrenty
dash-upload = Wysyłanie
dash-uploaded = Wysłano (łącznie)

## day
day-fri = pt
day-mon = pn
day-sat = sb
day-sun = nd
day-thu = czw
day-tue = wt
day-wed = śr

## details
details-select = Wybierz torrent, aby zobaczyć szczegóły.
details-several = Wybrano kilka torrentów: wybierz jeden, aby zobaczyć szczegóły.

## dialog
dialog-add-title = Dodaj torrenty
dialog-torrent-files = Pliki torrent

## drop
drop-hint = Upuść pliki .torrent, aby je dodać
drop-ignored =
    { $count ->
        [one] Pominięto { $count } plik (nie .torrent): { $names }
        [few] Pominięto { $count } pliki (nie .torrent): { $names }
        [many] Pominięto { $count } plików (nie .torrent): { $names }
       *[other] Pominięto { $count } pliku (nie .torrent): { $names }
    }
drop-ignored-more = { $names } i { $more } więcej

## edit
edit-down-limit-tip = Limit pobierania tego torrenta, KiB/s (0 = brak)
edit-down-speed-tip = Symulowana prędkość pobierania, KiB/s (przeciągnij lub wpisz)
edit-interval-tip = Interwał ogłoszeń w sekundach (0 = z trackera; nigdy poniżej jego minimum)
edit-threshold-tip = Postęp, od którego zaczyna się wysyłanie
edit-up-limit-tip = Limit wysyłania tego torrenta, KiB/s (0 = brak)
edit-up-speed-tip = Symulowana prędkość wysyłania, KiB/s (przeciągnij lub wpisz)

## ev
ev-added = Dodano: { $name }
ev-alt-off = Alternatywne limity prędkości wyłączone
ev-alt-off-schedule = Alternatywne limity prędkości wyłączone (harmonogram)
ev-alt-on = Alternatywne limity prędkości włączone
ev-alt-on-schedule = Alternatywne limity prędkości włączone (harmonogram)
ev-completed = Ukończono: { $name }
ev-settings-exported = Ustawienia wyeksportowano do { $path }
ev-settings-imported = Ustawienia zaimportowano z { $path }
ev-settings-saved = Ustawienia zapisane
ev-tracker-error = Błąd trackera dla { $name }: { $error }
ev-watch-added = Dodano z obserwowanego folderu: { $name }

## file
file-dialog-failed = Nie udało się otworzyć okna wyboru plików: { $error }

## graph
graph-download = Pobieranie
graph-upload = Wysyłanie

## incoming
incoming-address = Adres
incoming-ago = { $time } temu
incoming-client = Klient
incoming-connected = Połączony
incoming-empty = Żaden peer nie jest połączony z tym torrentem. Peery znajdują nas przez trackery, w których się ogłaszamy.
incoming-handshaking = Uzgadnianie
incoming-last = Ostatnia wiadomość
incoming-messages = Wiadomości odebrane / wysłane
incoming-since = Od
incoming-state = Stan

## info
info-added-on = Dodano
info-bytes = { $size } ({ $bytes } bajtów)
info-comment = Komentarz
info-completed-on = Ukończono
info-created-by = Utworzono w
info-created-on = Data utworzenia
info-downloaded = Pobrano (sesja / łącznie)
info-eta = Do progu / do ukończenia
info-files = Pliki
info-graph-empty = Wykres prędkości wypełnia się, gdy torrent działa.
info-hash = Hash info
info-name = Nazwa
info-next-announce = Następne ogłoszenie
info-pieces = Części
info-private = Prywatny
info-progress = Postęp
info-rates = Prędkość wysyłania / pobierania
info-ratio = Współczynnik
info-seed-time = Czas seedowania
info-set-speeds = Ustawione prędkości
info-status = Stan
info-swarm = Seedy / peery
info-total-size = Całkowity rozmiar
info-trackers-working = Działające trackery
info-uploaded = Wysłano (sesja / łącznie)
info-uploading-from = Wysyła od
info-working = { $working } z { $total }

## level
level-debug = debugowanie
level-error = błąd
level-info = info
level-warning = ostrzeżenie

## log
log-added-restored = Dodano: { $name } (sumy przywrócone)
log-empty = Dla tego torrenta nic jeszcze nie zapisano.
log-forced-complete = Wymuszono ukończenie: { $name }
log-ledger-failed = Nie udało się zapisać ewidencji: { $error }
log-listening = Nasłuch peerów na porcie { $port }
log-no-match = Żaden wiersz dziennika nie pasuje.
log-paused = Wstrzymano: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent podaje się teraz za { $who }
        [few] { $count } torrenty podają się teraz za { $who }
        [many] { $count } torrentów podaje się teraz za { $who }
       *[other] { $count } torrenta podaje się teraz za { $who }
    }
log-progress-set = Postęp ustawiony na { $percent } %: { $name }
log-recheck-done = Sprawdzanie zakończone: { $name }
log-rechecking = Sprawdzanie: { $name }
log-removed = Usunięto: { $name }
log-renamed = Zmieniono nazwę: { $old } -> { $name }
log-resumed = Wznowiono: { $name }
log-seeding-profile = Profil seedowania: { $name }
log-selected-only = tylko wybrane torrenty
log-show-from = Pokazuj od poziomu:
log-trackers-changed = Zmieniono trackery: teraz { $count }
log-watching = Obserwowanie { $path }

## menu
menu-add-tracker = Dodaj tracker…
menu-announce = Ogłoś teraz
menu-copy = Kopiuj
menu-copy-hash = Hash info
menu-copy-magnet = Link magnet
menu-copy-name = Nazwę
menu-copy-tracker = URL trackera
menu-default-client = Domyślny klient
menu-edit-tracker = Edytuj
menu-force-complete = Wymuś ukończenie
menu-label = Ustaw etykietę…
menu-pause = Wstrzymaj
menu-pose-as = Podawaj się za
menu-properties = Właściwości
menu-queue = Kolejka
menu-queue-bottom = Na koniec
menu-queue-down = W dół
menu-queue-top = Na początek
menu-queue-up = W górę
menu-random-progress = Losowy postęp
menu-recheck = Wymuś sprawdzenie
menu-remove = Usuń…
menu-remove-tracker = Usuń
menu-remove-with-file = Usuń z kopią .torrent…
menu-rename = Zmień nazwę…
menu-reset-limits = Bez limitu
menu-resume = Wznów
menu-set-download-limit = Limit pobierania…
menu-set-upload-limit = Limit wysyłania…
menu-speed-limits = Limity prędkości
menu-trackers = Trackery

## mon
mon-collecting = Zbieranie pierwszego pomiaru…
mon-connections = Połączenia
mon-counts = Wątki, deskryptory, torrenty, połączenia
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Deskryptory
mon-every = Pomiar co { $secs } s; dane sieciowe obejmują wszystkie interfejsy tej maszyny.
mon-fds = Deskryptory plików
mon-in = Przych.
mon-memory = Pamięć
mon-net-in = Sieć przychodząca
mon-net-out = Sieć wychodząca
mon-network = Sieć
mon-out = Wych.
mon-received = Odebrano (łącznie)
mon-rss = Pamięć (RSS)
mon-rss-line = RSS
mon-sent = Wysłano (łącznie)
mon-threads = Wątki
mon-torrents = Torrenty

## notice
notice-already-added = { $file }: { $name } jest już dodany
notice-cannot-listen = Nie można nasłuchiwać peerów na { $addr }: { $error }
notice-cannot-watch = Nie można obserwować { $path }: { $error }
notice-copy-failed = { $file }: nie udało się zachować kopii: { $error }
notice-error = Błąd
notice-export-failed = Nie udało się wyeksportować ustawień do { $path }: { $error }
notice-import-failed = Nie zaimportowano ustawień z { $path }: { $error }
notice-list-failed = Nie udało się odczytać folderu torrentów: { $error }
notice-not-loaded = Nie wczytano: { $error }
notice-not-renamed = Nie zmieniono nazwy: nazwa musi mieć od 1 do { $max } znaków w jednym wierszu
notice-note = Uwaga
notice-settings-failed = Nie udało się zapisać ustawień: { $error }
notice-settings-refused = Nie zapisano ustawień: { $why }
notice-unknown-profile = Nieznany profil seedowania { $name }
notice-warning = Ostrzeżenie
notice-watch-delete-failed = Dodano, ale nie udało się usunąć { $path }: { $error }

## opt
opt-bottom-centre = Na dole pośrodku
opt-bottom-left = Na dole po lewej
opt-bottom-right = Na dole po prawej
opt-close-ask = Pytaj, gdy działają torrenty
opt-close-minimize = Zminimalizuj i dalej seeduj (Ctrl+Q kończy)
opt-close-quit = Zakończ
opt-comfortable = Przestronna
opt-compact = Zwarta
opt-dark = Ciemne
opt-every-n-minutes = Co N minut
opt-every-step = W każdym kroku
opt-folder-hint = /ścieżka/do/folderu
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui nie potrafi jeszcze w pełni składać tego pisma: tekst od prawej do lewej wyświetla się od lewej do prawej bez łączenia liter, a ligatury indyjskie nie są tworzone. Tłumaczenie jest pełne; kształty to ograniczenie egui.
opt-light = Jasne
opt-log-normal = Logarytmicznie normalny
opt-none = Brak
opt-off = Wyłączony
opt-on-announce = Przy każdym ogłoszeniu
opt-pareto = Pareto
opt-power-law = Prawo potęgowe
opt-random = Losowy
opt-random-tip = Port z zakresu 49152..=65535
opt-socks5 = SOCKS5
opt-system = Jak w systemie
opt-system-language = Język systemu
opt-top-centre = Na górze pośrodku
opt-top-left = Na górze po lewej
opt-top-right = Na górze po prawej

## options
options-apply-label = Zastosuj etykietę
options-apply-name = Zastosuj nazwę
options-label = Etykieta
options-name = Nazwa
options-read-only = Tylko do odczytu: opcje zmienia się w aplikacji.
options-running = Działa

## peers
peers-address = Adres
peers-client = Klient
peers-empty = Jeszcze brak peerów: pojawią się, gdy tracker odpowie na ogłoszenie listą peerów.
peers-from = Z trackera

## profile
profile-aggressive = agresywny
profile-balanced = zrównoważony
profile-conservative = ostrożny
profile-custom = własny

## prompt
prompt-add-tracker = Dodaj URL trackera
prompt-bad-url = URL trackera zaczyna się od http://, https:// lub udp://
prompt-down-limit = Limit pobierania (KiB/s, 0 = brak)
prompt-edit-tracker = Edytuj URL trackera
prompt-empty-name = Nazwa nie może być pusta
prompt-label = Ustaw etykietę
prompt-not-a-number = { $text } nie jest liczbą całkowitą KiB/s (0 = brak)
prompt-rename = Zmień nazwę torrenta
prompt-up-limit = Limit wysyłania (KiB/s, 0 = brak)
quit-body = { $count ->
        [one] Działa jeden torrent.
        [few] Działają { $count } torrenty.
        [many] Działa { $count } torrentów.
       *[other] Działa { $count } torrentu.
    } Ich trackery zostaną powiadomione o zatrzymaniu.
quit-minimize = Zamiast tego zminimalizuj
quit-quit = Zakończ
quit-title = Zakończyć dfakeseeder?

## remove
remove-also-file = Usuń także skopiowany plik .torrent
remove-title =
    { $count ->
        [one] Usunąć { $count } torrent?
        [few] Usunąć { $count } torrenty?
        [many] Usunąć { $count } torrentów?
       *[other] Usunąć { $count } torrenta?
    }
remove-yes = Tak, usuń

## search
search-hint = część nazwy
search-label = Szukaj:

## set
set-bittorrent-announce_interval_seconds = Interwał ogłoszeń (0 = z trackera)
set-bittorrent-numwant = Liczba żądanych peerów (0 = jak klient)
set-bittorrent-scrape_interval_seconds = Interwał scrape (od następnego scrape)
set-client_profile = Podawaj się za (po ponownym uruchomieniu)
set-close_action = Po zamknięciu okna
set-connection-listening_port = Port nasłuchu (po ponownym uruchomieniu)
set-connection-max_global_connections = Maksymalnie połączeń z peerami (po ponownym uruchomieniu)
set-connection-max_per_torrent = Maksymalnie na torrent (po ponownym uruchomieniu)
set-download_speed = Prędkość pobierania nowych torrentów
set-language = Język
set-logging-level = Plik dziennika: najmniej ważne zapisywane wiersze
set-logging-log_to_file = Zapisuj plik dziennika (logs/dfakeseeder.log w folderze konfiguracji)
set-logging-max_files = Plik dziennika: zachowywane stare pliki
set-logging-max_size_mb = Plik dziennika: nowy plik od
set-notification_settings-desktop_notifications = Także na pulpicie (ukończone, ostrzeżenia, błędy)
set-notification_settings-enabled = Pokazuj powiadomienia
set-notification_settings-error_timeout_ms = Błędy widoczne przez
set-notification_settings-info_timeout_ms = Informacje widoczne przez (0 = do zamknięcia)
set-notification_settings-max_visible = Maksymalnie na ekranie
set-notification_settings-position = Gdzie
set-notification_settings-show_in_statusbar = Najnowsze zdarzenie na pasku stanu
set-notification_settings-success_timeout_ms = Sukcesy widoczne przez
set-notification_settings-warning_timeout_ms = Ostrzeżenia widoczne przez
set-peer_protocol-handshake_timeout_seconds = Czas na uzgadnianie (nowe połączenia)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive co (nowe połączenia)
set-peer_protocol-message_read_timeout_seconds = Rozłącz milczącego peera po (nowe połączenia)
set-performance-network_interface = Nasłuchuj peerów pod tym adresem (po ponownym uruchomieniu; puste = wszystkie)
set-proxy-auth_enabled = Proxy wymaga nazwy użytkownika i hasła
set-proxy-password = Hasło proxy
set-proxy-port = Port proxy
set-proxy-server = Host proxy
set-proxy-type = Proxy dla ruchu do trackerów
set-proxy-username = Nazwa użytkownika proxy
set-remember_window_size = Zapamiętaj rozmiar i położenie okna (po ponownym uruchomieniu)
set-scheduler-days = W te dni
set-scheduler-enabled = Przełączaj na alternatywne limity według harmonogramu
set-scheduler-end_hour = Do (przed początkiem: następnego dnia)
set-scheduler-start_hour = Od
set-seeding_profile = Profil seedowania
set-speed-alt_download_limit_kbps = Alternatywny limit pobierania
set-speed-alt_upload_limit_kbps = Alternatywny limit wysyłania
set-speed-download_limit_kbps = Globalny limit pobierania (0 = brak)
set-speed-enable_alternative_speeds = Używaj teraz alternatywnych limitów
set-speed-upload_limit_kbps = Globalny limit wysyłania (0 = brak)
set-speed_distribution-download-algorithm = Rozdzielaj prędkości pobierania
set-speed_distribution-download-custom_interval_minutes = Pobieranie: co N minut
set-speed_distribution-download-redistribution_mode = Rozdzielaj pobieranie ponownie
set-speed_distribution-download-spread_percentage = Rozrzut pobierania
set-speed_distribution-download-stopped_max_percentage = Pobieranie: zatrzymanych torrentów, najwyżej
set-speed_distribution-download-stopped_min_percentage = Pobieranie: zatrzymanych torrentów, co najmniej
set-speed_distribution-upload-algorithm = Rozdzielaj prędkości wysyłania
set-speed_distribution-upload-custom_interval_minutes = Wysyłanie: co N minut
set-speed_distribution-upload-redistribution_mode = Rozdzielaj wysyłanie ponownie
set-speed_distribution-upload-spread_percentage = Rozrzut wysyłania
set-speed_distribution-upload-stopped_max_percentage = Wysyłanie: zatrzymanych torrentów, najwyżej
set-speed_distribution-upload-stopped_min_percentage = Wysyłanie: zatrzymanych torrentów, co najmniej
set-start_minimized = Uruchamiaj zminimalizowany (po ponownym uruchomieniu)
set-storage-ledger_interval_seconds = Zapisuj ewidencję co (po ponownym uruchomieniu)
set-threshold = Nowe torrenty wysyłają od
set-tickspeed = Krok symulacji
set-ui_settings-color_scheme = Kolory
set-ui_settings-density = Gęstość
set-ui_settings-monitoring_refresh_interval = Pomiar monitorowania co
set-upload_speed = Prędkość wysyłania nowych torrentów
set-watch_folder-delete_added_torrents = Usuwaj pliki .torrent po dodaniu
set-watch_folder-enabled = Dodawaj torrenty z obserwowanego folderu
set-watch_folder-path = Obserwowany folder

## settab
settab-advanced = Zaawansowane
settab-bittorrent = BitTorrent
settab-connection = Połączenie
settab-general = Ogólne
settab-notifications = Powiadomienia
settab-peer-protocol = Protokół peerów
settab-speed = Prędkość

## settings
settings-apply = Zastosuj
settings-discard = Odrzuć zmiany
settings-export = Eksportuj ustawienia…
settings-import = Importuj ustawienia…
settings-keep-editing = Edytuj dalej
settings-no-match = Żadne ustawienie nie pasuje.
settings-reset-all = Wszystkie ustawienia domyślne
settings-reset-all-tip = Każde ustawienie wraca do domyślnego (Zastosuj, aby zachować)
settings-reset-tab = Przywróć kartę
settings-reset-tip = Ustawienia tej karty wracają do domyślnych (Zastosuj, aby zachować)
settings-save = Zapisz
settings-search-hint = nazwa lub klucz ustawienia
settings-title = Ustawienia
settings-unsaved = Niektóre ustawienia są zmienione, ale niezastosowane.

## sidebar
sidebar-clear = Wyczyść filtry
sidebar-showing = Widoczne: { $what } ({ $shown } z { $total })
sidebar-states = Stany
sidebar-tracker-errors = Błędy trackerów:
sidebar-trackers = Trackery

## state
state-active = Aktywne
state-all = Wszystkie
state-checking = Sprawdzanie
state-downloading = Pobierane
state-error = Błąd
state-paused = Wstrzymane
state-seeding = Seedowane
state-trackerless = Bez trackera

## status
status-alt-off = Alt. prędkość: wył.
status-alt-on = Alt. prędkość: wł.
status-alt-tip = Kliknij, aby włączyć lub wyłączyć alternatywne limity
status-checking = Sprawdzanie
status-down = Pobieranie { $rate }
status-down-tip = Prędkość pobierania, wszystkie torrenty
status-downloading = Pobierany
status-error = Błąd: { $reason }
status-limits = Limity teraz: wysyłanie { $up }, pobieranie { $down }
status-not-listening = Brak nasłuchu peerów
status-paused = Wstrzymany
status-peers = Peery { $now } / { $max }
status-peers-tip = Peery połączone z nami teraz / najwyżej
status-port = Port { $port }
status-seeding = Seedowany
status-session = Sesja: wysłano { $up }, pobrano { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
            [few] { $count } torrenty
            [many] { $count } torrentów
           *[other] { $count } torrenta
        }
       *[other] { $count ->
            [one] { $count } torrent
            [few] { $count } torrenty
            [many] { $count } torrentów
           *[other] { $count } torrenta
        }, wybrano { $selected }
    }
status-total = Łącznie: wysłano { $up }, pobrano { $down }
status-unlimited = bez limitu
status-up = Wysyłanie { $rate }
status-up-tip = Prędkość wysyłania, wszystkie torrenty

## tab
tab-details = Szczegóły
tab-files = Pliki
tab-incoming = Przychodzące
tab-log = Dziennik torrenta
tab-options = Opcje
tab-peers = Peery
tab-status = Stan
tab-trackers = Trackery

## table
table-columns = Kolumny
table-default-columns = Kolumny domyślne
table-empty = Upuść tu pliki .torrent lub naciśnij Dodaj (Ctrl+O)
table-empty-viewer = Brak torrentów

## toolbar
toolbar-add = Dodaj
toolbar-add-tip = Dodaj pliki .torrent (Ctrl+O)
toolbar-announce = Ogłoś
toolbar-announce-tip = Ogłoś teraz wybrane torrenty w ich trackerach (Ctrl+R)
toolbar-down-double = Pobieranie ×2
toolbar-down-double-tip = Podwój prędkość pobierania zaznaczonych
toolbar-down-half = Pobieranie ÷2
toolbar-down-half-tip = Zmniejsz o połowę prędkość pobierania zaznaczonych
toolbar-pause = Wstrzymaj
toolbar-pause-all = Wstrzymaj wszystkie
toolbar-pause-all-tip = Wstrzymaj każdy torrent
toolbar-pause-tip = Wstrzymaj wybrane torrenty (Spacja przełącza)
toolbar-queue-down = Niżej w kolejce
toolbar-queue-down-tip = Przesuń wybrane torrenty niżej w kolejce (Alt+Down)
toolbar-queue-up = Wyżej w kolejce
toolbar-queue-up-tip = Przesuń wybrane torrenty wyżej w kolejce (Alt+Up)
toolbar-remove = Usuń
toolbar-remove-tip = Usuń wybrane torrenty (Delete)
toolbar-resume = Wznów
toolbar-resume-all = Wznów wszystkie
toolbar-resume-all-tip = Wznów każdy torrent
toolbar-resume-tip = Wznów wybrane torrenty (Spacja przełącza)
toolbar-search = Szukaj
toolbar-search-tip = Szukaj torrentów po nazwie (Ctrl+F)
toolbar-select-first = Najpierw wybierz torrenty (kliknięcie, Ctrl+kliknięcie, Shift+kliknięcie, Ctrl+A)
toolbar-settings = Ustawienia
toolbar-settings-tip = Otwórz ustawienia (Ctrl+,)
toolbar-up-double = Wysyłanie ×2
toolbar-up-double-tip = Podwój prędkość wysyłania zaznaczonych
toolbar-up-half = Wysyłanie ÷2
toolbar-up-half-tip = Zmniejsz o połowę prędkość wysyłania zaznaczonych

## tracker
tracker-error = Błąd
tracker-not-contacted = Nie kontaktowano
tracker-standby = W rezerwie
tracker-updating = Aktualizacja…
tracker-working = Działa

## trackers
trackers-ago = { $time } temu
trackers-default-client = Domyślny ({ $name })
trackers-downloaded = Pobrane
trackers-floor = nigdy poniżej minimalnego interwału trackera ({ $secs } s)
trackers-floor-unknown = nigdy poniżej minimalnego interwału trackera
trackers-in = za { $time }
trackers-interval = Interwał
trackers-interval-label = Interwał ogłoszeń:
trackers-last = Ostatnie ogłoszenie
trackers-leechers = Leechery
trackers-message = Komunikat
trackers-next = Następne ogłoszenie
trackers-none = Ten torrent nie ma trackera.
trackers-own = własny
trackers-peers = Peery
trackers-poses-as = podaje się za tego klienta
trackers-seeds = Seedy
trackers-status = Stan
trackers-theirs = z trackera
trackers-tier = Poziom
trackers-url = URL

## val
val-choose-folder = wybierz folder do obserwowania
val-empty-window = okno kończy się tam, gdzie zaczyna (byłoby puste)
val-hours = godziny to 0..=23, a minuty 0..=59
val-no-folder = { $path } nie jest istniejącym folderem
val-not-an-address = { $text } nie jest adresem IP
val-not-port = 0 nie jest portem (1..=65535)
val-outside = { $value } jest poza { $min }..={ $max }
val-proxy-auth = nazwa użytkownika i hasło mają najwyżej 255 bajtów
val-proxy-host = potrzebna jest nazwa hosta lub adres
val-stopped = wymaga 0 <= min <= maks <= 100
val-unknown-language = nieznany język { $name }
val-unknown-profile = nieznany profil { $name }

## view
view-dashboard = Podsumowanie
view-log = Dziennik
view-monitoring = Monitorowanie
view-torrents = Torrenty

## viewer
viewer-connecting = Łączenie…
viewer-live = Na żywo
viewer-live-polling = Na żywo (sprawdzanie co 2 s)
viewer-loading = Łączenie z dfakeseeder…
viewer-login-busy = Logowanie…
viewer-login-failed = Logowanie nie powiodło się (HTTP { $status }).
viewer-login-intro = dfakeseeder pyta, kim jesteś: wpisz token wypisany przy uruchomieniu albo nazwę użytkownika i hasło.
viewer-login-password = Hasło
viewer-login-password-mode = Nazwa użytkownika i hasło
viewer-login-submit = Zaloguj
viewer-login-throttled = Zbyt wiele prób: odczekaj minutę i spróbuj ponownie.
viewer-login-title = Logowanie do dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder nie odpowiedział: { $error }
viewer-login-username = Nazwa użytkownika
viewer-login-wrong = Błędny token, nazwa użytkownika lub hasło.
viewer-offline = Offline: brak odpowiedzi od dfakeseeder od { $secs } s; kolejne próby trwają.
viewer-read-only = Widok tylko do odczytu
viewer-reconnecting = Ponowne łączenie…

## web
settab-webui = Interfejs WWW
set-webui-enabled = Udostępniaj API WWW i przeglądarkę
set-webui-localhost_only = Tylko ten komputer (nasłuch na 127.0.0.1)
set-webui-interface = Adres serwera WWW
set-webui-port = Port serwera WWW
set-webui-auth_enabled = Wymagaj logowania (token lub hasło)
set-webui-username = Nazwa użytkownika WWW
set-webui-password_hash = Nowe hasło WWW
set-webui-token = Token API
set-webui-allow_control = Zezwalaj na sterowanie przez WWW (dodawanie, wstrzymywanie, usuwanie)
set-webui-https_enabled = Używaj HTTPS
set-webui-https_cert_path = Certyfikat HTTPS (plik PEM)
set-webui-https_key_path = Klucz prywatny HTTPS (plik PEM)
set-webui-session_timeout_minutes = Czas trwania logowania
set-webui-ban_after_failures = Blokuj adres po nieudanych logowaniach
set-webui-allowed_hosts = Inne nazwy hostów (rozdzielone przecinkami)
opt-web-no-password = brak ustawionego hasła
opt-web-password-set = hasło jest ustawione; wpisz, aby je zastąpić
opt-web-token-new = przy Zastosuj powstanie nowy token
opt-web-rotate = Odnów
opt-web-rotate-tip = Nowy losowy token przy Zastosuj; stary przestaje działać
val-web-needs-auth = wymagane, gdy serwer nasłuchuje poza tym komputerem
val-web-choose-file = wybierz plik
val-web-username = najwyżej 255 znaków, bez znaków sterujących
val-web-host = { $text } nie jest nazwą hosta
ev-web-serving = Interfejs WWW pod { $url }
ev-web-stopped = Interfejs WWW zatrzymany
notice-web-failed = Serwer WWW nie działa: { $why }
web-refused-no-auth = Brak usługi na { $addr } bez logowania: włącz uwierzytelnianie lub nasłuchuj na 127.0.0.1
web-refused-no-credentials = Logowanie jest wymagane, ale nie ma ani tokenu, ani hasła
web-bind-failed = Nie można nasłuchiwać na { $addr }: { $error }
web-tls-read = Nie można odczytać { $path }: { $error }
web-tls-bad = { $path } nie nadaje się do HTTPS: { $error }
