# Indonesian: translated from en.ftl

## announce
announce-early-body = Tracker meminta menunggu { $secs } detik lagi. Mengumumkan lebih awal bisa dihitung merugikan Anda.
announce-early-title = Umumkan sebelum tracker mengizinkan?
announce-now = Umumkan sekarang
announce-when-allowed = Saat diizinkan

## cell
cell-default-client = bawaan
cell-no = tidak
cell-none = tidak ada
cell-trackers-interval = milik tracker
cell-yes = ya

## col
col-added_on = Ditambahkan
col-announce_interval = Interval
col-client_profile = Menyamar sebagai
col-comment = Komentar
col-completed_on = Selesai
col-created_by = Dibuat dengan
col-creation_date = Dibuat
col-download_limit = Batas unduh
col-download_rate = Laju unduh
col-download_speed = Unduh diatur
col-eta = Sisa waktu
col-eta_threshold = Waktu ke ambang
col-id = #
col-label = Label
col-leechers = Peer
col-name = Nama
col-next_update = Pengumuman berikutnya
col-piece_count = Bagian
col-piece_length = Ukuran bagian
col-private = Privat
col-progress = Kemajuan
col-ratio = Rasio
col-seed_time = Waktu seed
col-seeders = Seed
col-session_downloaded = Diunduh (sesi)
col-session_uploaded = Diunggah (sesi)
col-status = Status
col-threshold = Ambang
col-total_downloaded = Diunduh
col-total_size = Ukuran
col-total_uploaded = Diunggah
col-tracker = Tracker
col-upload_limit = Batas unggah
col-upload_rate = Laju unggah
col-upload_speed = Unggah diatur

## common
common-cancel = Batal
common-dismiss = Tutup
common-ok = OK

## dash
dash-active = Aktif
dash-checking-error = Memeriksa / galat
dash-download = Unduh
dash-downloaded = Diunduh (total)
dash-downloading = Mengunduh
dash-paused = Dijeda
dash-peers = Peer
dash-ratio = Rasio
dash-seeding = Menyemai
dash-torrents = Torrent
dash-upload = Unggah
dash-uploaded = Diunggah (total)

## day
day-fri = Jum
day-mon = Sen
day-sat = Sab
day-sun = Min
day-thu = Kam
day-tue = Sel
day-wed = Rab

## details
details-select = Pilih torrent untuk melihat detailnya.
details-several = Beberapa torrent dipilih: pilih satu untuk melihat detailnya.

## dialog
dialog-add-title = Tambah torrent
dialog-torrent-files = Berkas torrent

## drop
drop-hint = Jatuhkan berkas .torrent untuk menambahkannya
drop-ignored =
    { $count ->
       *[other] { $count } berkas diabaikan (bukan .torrent): { $names }
    }
drop-ignored-more = { $names } dan { $more } lainnya

## edit
edit-down-limit-tip = Batas unduh torrent ini, KiB/s (0 = tanpa batas)
edit-down-speed-tip = Kecepatan unduh simulasi, KiB/s (seret atau ketik)
edit-interval-tip = Interval pengumuman dalam detik (0 = milik tracker; tak pernah di bawah minimumnya)
edit-threshold-tip = Kemajuan saat pengunggahan dimulai
edit-up-limit-tip = Batas unggah torrent ini, KiB/s (0 = tanpa batas)
edit-up-speed-tip = Kecepatan unggah simulasi, KiB/s (seret atau ketik)

## ev
ev-added = Ditambahkan: { $name }
ev-alt-off = Batas kecepatan alternatif mati
ev-alt-off-schedule = Batas kecepatan alternatif mati (jadwal)
ev-alt-on = Batas kecepatan alternatif hidup
ev-alt-on-schedule = Batas kecepatan alternatif aktif (jadwal)
ev-completed = Selesai: { $name }
ev-settings-exported = Pengaturan diekspor ke { $path }
ev-settings-imported = Pengaturan diimpor dari { $path }
ev-settings-saved = Pengaturan disimpan
ev-tracker-error = Galat tracker untuk { $name }: { $error }
ev-watch-added = Ditambahkan dari folder pantauan: { $name }

## file
file-dialog-failed = Dialog berkas tidak bisa dibuka: { $error }

## graph
graph-download = Unduh
graph-upload = Unggah

## incoming
incoming-address = Alamat
incoming-ago = { $time } lalu
incoming-client = Klien
incoming-connected = Tersambung
incoming-empty = Tidak ada peer yang tersambung ke torrent ini. Peer menemukan kita lewat tracker tempat kita mengumumkan.
incoming-handshaking = Jabat tangan
incoming-last = Pesan terakhir
incoming-messages = Pesan masuk / keluar
incoming-since = Sejak
incoming-state = Keadaan

## info
info-added-on = Ditambahkan
info-bytes = { $size } ({ $bytes } bita)
info-comment = Komentar
info-completed-on = Selesai
info-created-by = Dibuat dengan
info-created-on = Dibuat
info-downloaded = Diunduh (sesi / total)
info-eta = Waktu ke ambang / selesai
info-files = Berkas
info-graph-empty = Grafik kecepatan terisi selama torrent berjalan.
info-hash = Hash info
info-name = Nama
info-next-announce = Pengumuman berikutnya
info-pieces = Bagian
info-private = Privat
info-progress = Kemajuan
info-rates = Laju unggah / unduh
info-ratio = Rasio
info-seed-time = Waktu seed
info-set-speeds = Kecepatan diatur
info-status = Status
info-swarm = Seed / peer
info-total-size = Ukuran total
info-trackers-working = Tracker yang berfungsi
info-uploaded = Diunggah (sesi / total)
info-uploading-from = Mengunggah sejak
info-working = { $working } dari { $total }

## level
level-debug = debug
level-error = galat
level-info = info
level-warning = peringatan

## log
log-added-restored = Ditambahkan: { $name } (total dipulihkan)
log-empty = Belum ada catatan untuk torrent ini.
log-forced-complete = Dipaksa selesai: { $name }
log-ledger-failed = Buku besar tidak bisa disimpan: { $error }
log-listening = Mendengarkan peer di port { $port }
log-no-match = Tidak ada baris log yang cocok.
log-paused = Dijeda: { $name }
log-pose-as =
    { $count ->
       *[other] { $count } torrent kini menyamar sebagai { $who }
    }
log-progress-set = Kemajuan diatur ke { $percent } %: { $name }
log-recheck-done = Pemeriksaan selesai: { $name }
log-rechecking = Memeriksa: { $name }
log-removed = Dihapus: { $name }
log-renamed = Diganti nama: { $old } -> { $name }
log-resumed = Dilanjutkan: { $name }
log-seeding-profile = Profil penyemaian: { $name }
log-selected-only = hanya torrent terpilih
log-show-from = Tampilkan dari tingkat:
log-trackers-changed = Tracker diubah: kini { $count }
log-watching = Memantau { $path }

## menu
menu-add-tracker = Tambah tracker…
menu-announce = Umumkan sekarang
menu-copy = Salin
menu-copy-hash = Hash info
menu-copy-magnet = Tautan magnet
menu-copy-name = Nama
menu-copy-tracker = URL tracker
menu-default-client = Klien bawaan
menu-edit-tracker = Sunting
menu-force-complete = Paksa selesai
menu-label = Atur label…
menu-pause = Jeda
menu-pose-as = Menyamar sebagai
menu-properties = Properti
menu-queue = Antrean
menu-queue-bottom = Pindah ke bawah sekali
menu-queue-down = Pindah ke bawah
menu-queue-top = Pindah ke atas sekali
menu-queue-up = Pindah ke atas
menu-random-progress = Kemajuan acak
menu-recheck = Paksa periksa ulang
menu-remove = Hapus…
menu-remove-tracker = Hapus
menu-remove-with-file = Hapus beserta salinan .torrent…
menu-rename = Ganti nama…
menu-reset-limits = Tanpa batas
menu-resume = Lanjutkan
menu-set-download-limit = Atur batas unduh…
menu-set-upload-limit = Atur batas unggah…
menu-speed-limits = Batas kecepatan
menu-trackers = Tracker

## mon
mon-collecting = Mengumpulkan sampel pertama…
mon-connections = Sambungan
mon-counts = Thread, deskriptor, torrent, sambungan
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Deskriptor
mon-every = Satu sampel tiap { $secs } detik; angka jaringan mencakup semua antarmuka mesin ini.
mon-fds = Deskriptor berkas
mon-in = Masuk
mon-memory = Memori
mon-net-in = Jaringan masuk
mon-net-out = Jaringan keluar
mon-network = Jaringan
mon-out = Keluar
mon-received = Diterima (total)
mon-rss = Memori (RSS)
mon-rss-line = RSS
mon-sent = Dikirim (total)
mon-threads = Thread
mon-torrents = Torrent

## notice
notice-already-added = { $file }: { $name } sudah ditambahkan
notice-cannot-listen = Tidak bisa mendengarkan peer di { $addr }: { $error }
notice-cannot-watch = Tidak bisa memantau { $path }: { $error }
notice-copy-failed = { $file }: salinan tidak bisa disimpan: { $error }
notice-error = Galat
notice-export-failed = Pengaturan tidak bisa diekspor ke { $path }: { $error }
notice-import-failed = Pengaturan tidak diimpor dari { $path }: { $error }
notice-list-failed = Folder torrent tidak bisa dibaca: { $error }
notice-not-loaded = Tidak dimuat: { $error }
notice-not-renamed = Nama tidak diganti: nama perlu 1 sampai { $max } karakter dalam satu baris
notice-note = Catatan
notice-settings-failed = Pengaturan tidak bisa disimpan: { $error }
notice-settings-refused = Pengaturan tidak disimpan: { $why }
notice-unknown-profile = Profil penyemaian tidak dikenal { $name }
notice-warning = Peringatan
notice-watch-delete-failed = Ditambahkan, tetapi { $path } tidak bisa dihapus: { $error }

## opt
opt-bottom-centre = Bawah tengah
opt-bottom-left = Kiri bawah
opt-bottom-right = Kanan bawah
opt-close-ask = Tanya selama torrent berjalan
opt-close-minimize = Minimalkan dan terus seeding (Ctrl+Q keluar)
opt-close-quit = Keluar
opt-comfortable = Lega
opt-compact = Rapat
opt-dark = Gelap
opt-every-n-minutes = Tiap N menit
opt-every-step = Tiap langkah
opt-folder-hint = /jalur/ke/folder
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui belum bisa menata aksara ini sepenuhnya: teks kanan-ke-kiri tampil kiri-ke-kanan tanpa huruf bersambung, dan gabungan huruf India tidak terbentuk. Terjemahannya lengkap; bentuknya adalah batas egui.
opt-light = Terang
opt-log-normal = Log-normal
opt-none = Tidak ada
opt-off = Mati
opt-on-announce = Tiap pengumuman
opt-pareto = Pareto
opt-power-law = Hukum pangkat
opt-random = Acak
opt-random-tip = Port dalam 49152..=65535
opt-socks5 = SOCKS5
opt-system = Mengikuti sistem
opt-system-language = Bahasa sistem
opt-top-centre = Atas tengah
opt-top-left = Kiri atas
opt-top-right = Kanan atas

## options
options-apply-label = Terapkan label
options-apply-name = Terapkan nama
options-label = Label
options-name = Nama
options-read-only = Hanya baca: opsi diubah di aplikasi.
options-running = Berjalan

## peers
peers-address = Alamat
peers-client = Klien
peers-empty = Belum ada peer: mereka muncul saat tracker menjawab pengumuman dengan beberapa peer.
peers-from = Dari tracker

## profile
profile-aggressive = agresif
profile-balanced = seimbang
profile-conservative = hati-hati
profile-custom = khusus

## prompt
prompt-add-tracker = Tambah URL tracker
prompt-bad-url = URL tracker diawali http://, https:// atau udp://
prompt-down-limit = Batas unduh (KiB/s, 0 = tanpa batas)
prompt-edit-tracker = Sunting URL tracker
prompt-empty-name = Nama tidak boleh kosong
prompt-label = Atur label
prompt-not-a-number = { $text } bukan bilangan bulat KiB/s (0 = tanpa batas)
prompt-rename = Ganti nama torrent
prompt-up-limit = Batas unggah (KiB/s, 0 = tanpa batas)
quit-body = { $count } torrent sedang berjalan. Tracker-nya akan diberi tahu bahwa torrent berhenti.
quit-minimize = Minimalkan saja
quit-quit = Keluar
quit-title = Keluar dari dfakeseeder?

## remove
remove-also-file = Hapus juga salinan berkas .torrent
remove-title =
    { $count ->
       *[other] Hapus { $count } torrent?
    }
remove-yes = Ya, hapus

## search
search-hint = sebagian nama
search-label = Cari:

## set
set-bittorrent-announce_interval_seconds = Interval pengumuman (0 = milik tracker)
set-bittorrent-numwant = Jumlah peer yang diminta (0 = seperti klien)
set-bittorrent-scrape_interval_seconds = Interval scrape (mulai scrape berikutnya)
set-client_profile = Menyamar sebagai (setelah mulai ulang)
set-close_action = Saat jendela ditutup
set-connection-listening_port = Port pendengar (setelah mulai ulang)
set-connection-max_global_connections = Sambungan peer paling banyak (setelah mulai ulang)
set-connection-max_per_torrent = Paling banyak per torrent (setelah mulai ulang)
set-download_speed = Kecepatan unduh torrent baru
set-language = Bahasa
set-logging-level = Berkas log: baris paling tidak penting yang ditulis
set-logging-log_to_file = Tulis berkas log (logs/dfakeseeder.log di folder konfigurasi)
set-logging-max_files = Berkas log: berkas lama yang disimpan
set-logging-max_size_mb = Berkas log: mulai baru pada
set-notification_settings-desktop_notifications = Juga di desktop (selesai, peringatan, galat)
set-notification_settings-enabled = Tampilkan notifikasi
set-notification_settings-error_timeout_ms = Galat tampil selama
set-notification_settings-info_timeout_ms = Informasi tampil selama (0 = sampai ditutup)
set-notification_settings-max_visible = Paling banyak di layar
set-notification_settings-position = Di mana
set-notification_settings-show_in_statusbar = Kejadian terbaru di bilah status
set-notification_settings-success_timeout_ms = Keberhasilan tampil selama
set-notification_settings-warning_timeout_ms = Peringatan tampil selama
set-peer_protocol-handshake_timeout_seconds = Batas waktu jabat tangan (sambungan baru)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive tiap (sambungan baru)
set-peer_protocol-message_read_timeout_seconds = Putuskan peer diam setelah (sambungan baru)
set-performance-network_interface = Dengarkan peer di alamat ini (setelah mulai ulang; kosong = semua)
set-proxy-auth_enabled = Proxy memerlukan nama pengguna dan kata sandi
set-proxy-password = Kata sandi proxy
set-proxy-port = Port proxy
set-proxy-server = Host proxy
set-proxy-type = Proxy untuk lalu lintas tracker
set-proxy-username = Nama pengguna proxy
set-remember_window_size = Ingat ukuran dan posisi jendela (setelah mulai ulang)
set-scheduler-days = Pada hari-hari ini
set-scheduler-enabled = Beralih ke batas alternatif sesuai jadwal
set-scheduler-end_hour = Dijadwalkan sampai (sebelum mulai: hari berikutnya)
set-scheduler-start_hour = Dijadwalkan dari
set-seeding_profile = Profil penyemaian
set-speed-alt_download_limit_kbps = Batas unduh alternatif
set-speed-alt_upload_limit_kbps = Batas unggah alternatif
set-speed-download_limit_kbps = Batas unduh global (0 = tanpa batas)
set-speed-enable_alternative_speeds = Gunakan batas alternatif sekarang
set-speed-upload_limit_kbps = Batas unggah global (0 = tanpa batas)
set-speed_distribution-download-algorithm = Bagi kecepatan unduh
set-speed_distribution-download-custom_interval_minutes = Unduh: tiap N menit
set-speed_distribution-download-redistribution_mode = Bagi ulang unduhan
set-speed_distribution-download-spread_percentage = Sebaran unduh
set-speed_distribution-download-stopped_max_percentage = Unduh: torrent berhenti, paling banyak
set-speed_distribution-download-stopped_min_percentage = Unduh: torrent berhenti, paling sedikit
set-speed_distribution-upload-algorithm = Bagi kecepatan unggah
set-speed_distribution-upload-custom_interval_minutes = Unggah: tiap N menit
set-speed_distribution-upload-redistribution_mode = Bagi ulang unggahan
set-speed_distribution-upload-spread_percentage = Sebaran unggah
set-speed_distribution-upload-stopped_max_percentage = Unggah: torrent berhenti, paling banyak
set-speed_distribution-upload-stopped_min_percentage = Unggah: torrent berhenti, paling sedikit
set-start_minimized = Mulai dalam keadaan diminimalkan (setelah mulai ulang)
set-storage-ledger_interval_seconds = Simpan pembukuan tiap (setelah mulai ulang)
set-threshold = Torrent baru mengunggah sejak
set-tickspeed = Langkah simulasi
set-ui_settings-color_scheme = Warna
set-ui_settings-density = Kerapatan
set-ui_settings-monitoring_refresh_interval = Sampel pemantauan tiap
set-upload_speed = Kecepatan unggah torrent baru
set-watch_folder-delete_added_torrents = Hapus berkas .torrent setelah ditambahkan
set-watch_folder-enabled = Tambah torrent dari folder pantauan
set-watch_folder-path = Folder pantauan

## settab
settab-advanced = Lanjutan
settab-bittorrent = BitTorrent
settab-connection = Sambungan
settab-general = Umum
settab-notifications = Notifikasi
settab-peer-protocol = Protokol peer
settab-speed = Kecepatan

## settings
settings-apply = Terapkan
settings-discard = Buang perubahan
settings-export = Ekspor pengaturan…
settings-import = Impor pengaturan…
settings-keep-editing = Lanjut menyunting
settings-no-match = Tidak ada pengaturan yang cocok.
settings-reset-all = Semua pengaturan ke bawaan
settings-reset-all-tip = Setiap pengaturan kembali ke bawaan (Terapkan untuk menyimpan)
settings-reset-tab = Setel ulang tab
settings-reset-tip = Pengaturan tab ini kembali ke bawaan (Terapkan untuk menyimpan)
settings-save = Simpan
settings-search-hint = nama atau kunci pengaturan
settings-title = Pengaturan
settings-unsaved = Ada pengaturan yang diubah tetapi belum diterapkan.

## sidebar
sidebar-clear = Bersihkan saringan
sidebar-showing = Ditampilkan: { $what } ({ $shown } dari { $total })
sidebar-states = Keadaan
sidebar-tracker-errors = Galat tracker:
sidebar-trackers = Tracker

## state
state-active = Aktif
state-all = Semua
state-checking = Memeriksa
state-downloading = Mengunduh
state-error = Galat
state-paused = Dijeda
state-seeding = Menyemai
state-trackerless = Tanpa tracker

## status
status-alt-off = Kecepatan alt.: mati
status-alt-on = Kecepatan alt.: hidup
status-alt-tip = Klik untuk menghidupkan atau mematikan batas alternatif
status-checking = Memeriksa
status-down = Unduh { $rate }
status-down-tip = Laju unduh, semua torrent
status-downloading = Mengunduh
status-error = Galat: { $reason }
status-limits = Batas sekarang: unggah { $up }, unduh { $down }
status-not-listening = Tidak mendengarkan peer
status-paused = Dijeda
status-peers = Peer { $now } / { $max }
status-peers-tip = Peer yang tersambung ke kita sekarang / paling banyak
status-port = Port { $port }
status-seeding = Menyemai
status-session = Sesi: unggah { $up }, unduh { $down }
status-torrents =
    { $selected ->
        [0] { $count } torrent
       *[other] { $count } torrent, { $selected } dipilih
    }
status-total = Total: unggah { $up }, unduh { $down }
status-unlimited = tanpa batas
status-up = Unggah { $rate }
status-up-tip = Laju unggah, semua torrent

## tab
tab-details = Detail
tab-files = Berkas
tab-incoming = Masuk
tab-log = Log torrent
tab-options = Opsi
tab-peers = Peer
tab-status = Status
tab-trackers = Tracker

## table
table-columns = Kolom
table-default-columns = Kolom bawaan
table-empty = Jatuhkan berkas .torrent di sini atau tekan Tambah (Ctrl+O)
table-empty-viewer = Tidak ada torrent

## toolbar
toolbar-add = Tambah
toolbar-add-tip = Tambah berkas .torrent (Ctrl+O)
toolbar-announce = Umumkan
toolbar-announce-tip = Umumkan torrent terpilih ke tracker-nya sekarang (Ctrl+R)
toolbar-down-double = Unduh ×2
toolbar-down-double-tip = Gandakan kecepatan unduh pilihan
toolbar-down-half = Unduh ÷2
toolbar-down-half-tip = Separuhkan kecepatan unduh pilihan
toolbar-pause = Jeda
toolbar-pause-all = Jeda semua
toolbar-pause-all-tip = Jeda setiap torrent
toolbar-pause-tip = Jeda torrent terpilih (Spasi mengalihkan)
toolbar-queue-down = Turun antrean
toolbar-queue-down-tip = Pindahkan torrent terpilih ke bawah antrean (Alt+Down)
toolbar-queue-up = Naik antrean
toolbar-queue-up-tip = Pindahkan torrent terpilih ke atas antrean (Alt+Up)
toolbar-remove = Hapus
toolbar-remove-tip = Hapus torrent terpilih (Delete)
toolbar-resume = Lanjutkan
toolbar-resume-all = Lanjutkan semua
toolbar-resume-all-tip = Lanjutkan setiap torrent
toolbar-resume-tip = Lanjutkan torrent terpilih (Spasi mengalihkan)
toolbar-search = Cari
toolbar-search-tip = Cari torrent berdasarkan nama (Ctrl+F)
toolbar-select-first = Pilih torrent dulu (klik, Ctrl+klik, Shift+klik, Ctrl+A)
toolbar-settings = Pengaturan
toolbar-settings-tip = Buka pengaturan (Ctrl+,)
toolbar-up-double = Unggah ×2
toolbar-up-double-tip = Gandakan kecepatan unggah pilihan
toolbar-up-half = Unggah ÷2
toolbar-up-half-tip = Separuhkan kecepatan unggah pilihan

## tracker
tracker-error = Galat
tracker-not-contacted = Belum dihubungi
tracker-standby = Cadangan
tracker-updating = Memperbarui…
tracker-working = Berfungsi

## trackers
trackers-ago = { $time } lalu
trackers-default-client = Bawaan ({ $name })
trackers-downloaded = Diunduh
trackers-floor = tak pernah di bawah interval minimum tracker ({ $secs } dtk)
trackers-floor-unknown = tak pernah di bawah interval minimum sebuah tracker
trackers-in = dalam { $time }
trackers-interval = Interval
trackers-interval-label = Interval pengumuman:
trackers-last = Pengumuman terakhir
trackers-leechers = Leecher
trackers-message = Pesan
trackers-next = Pengumuman berikutnya
trackers-none = Torrent ini tidak punya tracker.
trackers-own = milik saya
trackers-peers = Peer
trackers-poses-as = menyamar sebagai klien ini
trackers-seeds = Seed
trackers-status = Status
trackers-theirs = milik tracker
trackers-tier = Tingkat
trackers-url = URL

## val
val-choose-folder = pilih folder untuk dipantau
val-empty-window = rentang berakhir saat dimulai (akan kosong)
val-hours = jam 0..=23 dan menit 0..=59
val-no-folder = { $path } bukan folder yang ada
val-not-an-address = { $text } bukan alamat IP
val-not-port = 0 bukan port (1..=65535)
val-outside = { $value } di luar { $min }..={ $max }
val-proxy-auth = nama pengguna dan kata sandi paling panjang 255 bita
val-proxy-host = perlu nama host atau alamat
val-stopped = perlu 0 <= min <= maks <= 100
val-unknown-language = bahasa tidak dikenal { $name }
val-unknown-profile = profil tidak dikenal { $name }

## view
view-dashboard = Dasbor
view-log = Log
view-monitoring = Pemantauan
view-torrents = Torrent

## viewer
viewer-connecting = Menghubungkan…
viewer-live = Langsung
viewer-live-polling = Langsung (diperiksa tiap 2 dtk)
viewer-loading = Menghubungkan ke dfakeseeder…
viewer-login-busy = Sedang masuk…
viewer-login-failed = Gagal masuk (HTTP { $status }).
viewer-login-intro = dfakeseeder menanyakan siapa Anda: masukkan token yang dicetaknya saat mulai, atau nama pengguna dan kata sandi.
viewer-login-password = Kata sandi
viewer-login-password-mode = Nama pengguna dan kata sandi
viewer-login-submit = Masuk
viewer-login-throttled = Terlalu banyak percobaan: tunggu satu menit lalu coba lagi.
viewer-login-title = Masuk ke dfakeseeder
viewer-login-token = Token
viewer-login-token-mode = Token
viewer-login-unreachable = dfakeseeder tidak menjawab: { $error }
viewer-login-username = Nama pengguna
viewer-login-wrong = Token, nama pengguna, atau kata sandi salah.
viewer-offline = Luring: tidak ada jawaban dari dfakeseeder selama { $secs } dtk; masih mencoba.
viewer-read-only = Tampilan hanya-baca
viewer-reconnecting = Menghubungkan ulang…

## web
settab-webui = Antarmuka web
set-webui-enabled = Sajikan API web dan penampil
set-webui-localhost_only = Hanya komputer ini (dengar di 127.0.0.1)
set-webui-interface = Alamat server web
set-webui-port = Port server web
set-webui-auth_enabled = Wajibkan masuk (token atau kata sandi)
set-webui-username = Nama pengguna web
set-webui-password_hash = Kata sandi web baru
set-webui-token = Token API
set-webui-allow_control = Izinkan kendali dari web (tambah, jeda, hapus)
set-webui-https_enabled = Gunakan HTTPS
set-webui-https_cert_path = Sertifikat HTTPS (berkas PEM)
set-webui-https_key_path = Kunci privat HTTPS (berkas PEM)
set-webui-session_timeout_minutes = Lama sesi masuk
set-webui-ban_after_failures = Blokir alamat setelah gagal masuk
set-webui-allowed_hosts = Nama host lain (dipisahkan koma)
opt-web-no-password = belum ada kata sandi
opt-web-password-set = kata sandi sudah diatur; ketik untuk menggantinya
opt-web-token-new = token baru dibuat saat Terapkan
opt-web-rotate = Perbarui
opt-web-rotate-tip = Token acak baru saat Terapkan; token lama tidak berlaku lagi
val-web-needs-auth = diperlukan jika server mendengarkan di luar komputer ini
val-web-choose-file = pilih berkas
val-web-username = paling banyak 255 karakter, tanpa karakter kendali
val-web-host = { $text } bukan nama host
ev-web-serving = Antarmuka web di { $url }
ev-web-stopped = Antarmuka web dihentikan
notice-web-failed = Server web tidak berjalan: { $why }
web-refused-no-auth = Tidak menyajikan di { $addr } tanpa masuk: aktifkan autentikasi atau dengar di 127.0.0.1
web-refused-no-credentials = Wajib masuk tetapi tidak ada token maupun kata sandi
web-bind-failed = Tidak dapat mendengarkan di { $addr }: { $error }
web-tls-read = Tidak dapat membaca { $path }: { $error }
web-tls-bad = { $path } tidak dapat dipakai untuk HTTPS: { $error }
