# Turkish: translated from en.ftl

## announce
announce-early-body = İzleyici { $secs } saniye daha beklemenizi istiyor. Daha erken duyurmak aleyhinize sayılabilir.
announce-early-title = İzleyici izin vermeden duyurulsun mu?
announce-now = Şimdi duyur
announce-when-allowed = İzin verilince

## cell
cell-default-client = varsayılan
cell-no = hayır
cell-none = yok
cell-trackers-interval = izleyicininki
cell-yes = evet

## col
col-added_on = Eklenme
col-announce_interval = Aralık
col-client_profile = Taklit ettiği istemci
col-comment = Yorum
col-completed_on = Tamamlanma
col-created_by = Oluşturan
col-creation_date = Oluşturulma
col-download_limit = İndirme sınırı
col-download_rate = İndirme hızı
col-download_speed = Ayarlı indirme
col-eta = Kalan süre
col-eta_threshold = Eşiğe kalan
col-id = #
col-label = Etiket
col-leechers = Eşler
col-name = Ad
col-next_update = Sonraki duyuru
col-piece_count = Parçalar
col-piece_length = Parça boyutu
col-private = Özel
col-progress = İlerleme
col-ratio = Oran
col-seed_time = Gönderim süresi
col-seeders = Gönderenler
col-session_downloaded = İndirilen (oturum)
col-session_uploaded = Gönderilen (oturum)
col-status = Durum
col-threshold = Eşik
col-total_downloaded = İndirilen
col-total_size = Boyut
col-total_uploaded = Gönderilen
col-tracker = İzleyici
col-upload_limit = Gönderme sınırı
col-upload_rate = Gönderme hızı
col-upload_speed = Ayarlı gönderme

## common
common-cancel = İptal
common-dismiss = Kapat
common-ok = Tamam

## dash
dash-active = Etkin
dash-checking-error = Denetleniyor / hata
dash-download = İndirme
dash-downloaded = İndirilen (toplam)
dash-downloading = İndiriliyor
dash-paused = Duraklatıldı
dash-peers = Eşler
dash-ratio = Oran
dash-seeding = Gönderiliyor
dash-torrents = Torrentler
dash-upload = Gönderme
dash-uploaded = Gönderilen (toplam)

## day
day-fri = Cum
day-mon = Pzt
day-sat = Cmt
day-sun = Paz
day-thu = Per
day-tue = Sal
day-wed = Çar

## details
details-select = Ayrıntılarını görmek için bir torrent seçin.
details-several = Birkaç torrent seçili: ayrıntıları görmek için birini seçin.

## dialog
dialog-add-title = Torrent ekle
dialog-torrent-files = Torrent dosyaları

## drop
drop-hint = Eklemek için .torrent dosyalarını bırakın
drop-ignored =
    { $count ->
        [one] { $count } dosya yok sayıldı (.torrent değil): { $names }
       *[other] { $count } dosya yok sayıldı (.torrent değil): { $names }
    }
drop-ignored-more = { $names } ve { $more } tane daha

## edit
edit-down-limit-tip = Bu torrent için indirme tavanı, KiB/s (0 = yok)
edit-down-speed-tip = Benzetilen indirme hızı, KiB/s (sürükleyin ya da yazın)
edit-interval-tip = Saniye cinsinden duyuru aralığı (0 = izleyicininki; asgarisinin altına asla inmez)
edit-threshold-tip = Göndermenin başladığı ilerleme
edit-up-limit-tip = Bu torrent için gönderme tavanı, KiB/s (0 = yok)
edit-up-speed-tip = Benzetilen gönderme hızı, KiB/s (sürükleyin ya da yazın)

## ev
ev-added = Eklendi: { $name }
ev-alt-off = Alternatif hız sınırları kapalı
ev-alt-off-schedule = Alternatif hız sınırları kapalı (zamanlama)
ev-alt-on = Alternatif hız sınırları açık
ev-alt-on-schedule = Alternatif hız sınırları açık (zamanlama)
ev-completed = Tamamlandı: { $name }
ev-settings-exported = Ayarlar { $path } dosyasına aktarıldı
ev-settings-imported = Ayarlar { $path } dosyasından alındı
ev-settings-saved = Ayarlar kaydedildi
ev-tracker-error = { $name } için izleyici hatası: { $error }
ev-watch-added = İzlenen klasörden eklendi: { $name }

## file
file-dialog-failed = Dosya penceresi açılamadı: { $error }

## graph
graph-download = İndirme
graph-upload = Gönderme

## incoming
incoming-address = Adres
incoming-ago = { $time } önce
incoming-client = İstemci
incoming-connected = Bağlı
incoming-empty = Bu torrente bağlı eş yok. Eşler bizi duyuru yaptığımız izleyiciler aracılığıyla bulur.
incoming-handshaking = El sıkışma
incoming-last = Son ileti
incoming-messages = Gelen / giden ileti
incoming-since = Başlangıç
incoming-state = Durum

## info
info-added-on = Eklenme
info-bytes = { $size } ({ $bytes } bayt)
info-comment = Yorum
info-completed-on = Tamamlanma
info-created-by = Oluşturan
info-created-on = Oluşturulma
info-downloaded = İndirilen (oturum / toplam)
info-eta = Eşiğe / bitişe kalan süre
info-files = Dosyalar
info-graph-empty = Hız grafiği torrent çalıştıkça dolar.
info-hash = Bilgi özeti
info-name = Ad
info-next-announce = Sonraki duyuru
info-pieces = Parçalar
info-private = Özel
info-progress = İlerleme
info-rates = Gönderme / indirme hızı
info-ratio = Oran
info-seed-time = Gönderim süresi
info-set-speeds = Ayarlı hızlar
info-status = Durum
info-swarm = Gönderenler / eşler
info-total-size = Toplam boyut
info-trackers-working = Çalışan izleyiciler
info-uploaded = Gönderilen (oturum / toplam)
info-uploading-from = Göndermeye başladığı
info-working = { $working } / { $total }

## level
level-debug = hata ayıklama
level-error = hata
level-info = bilgi
level-warning = uyarı

## log
log-added-restored = Eklendi: { $name } (toplamlar geri yüklendi)
log-empty = Bu torrent için henüz kayıt yok.
log-forced-complete = Tamamlandı sayıldı: { $name }
log-ledger-failed = Hesap defteri kaydedilemedi: { $error }
log-listening = { $port } bağlantı noktasında eşler dinleniyor
log-no-match = Hiçbir günlük satırı eşleşmiyor.
log-paused = Duraklatıldı: { $name }
log-pose-as =
    { $count ->
        [one] { $count } torrent artık { $who } taklidi yapıyor
       *[other] { $count } torrent artık { $who } taklidi yapıyor
    }
log-progress-set = İlerleme %{ $percent } yapıldı: { $name }
log-recheck-done = Denetim bitti: { $name }
log-rechecking = Denetleniyor: { $name }
log-removed = Kaldırıldı: { $name }
log-renamed = Yeniden adlandırıldı: { $old } -> { $name }
log-resumed = Sürdürüldü: { $name }
log-seeding-profile = Gönderim profili: { $name }
log-selected-only = yalnızca seçili torrentler
log-show-from = Şu düzeyden göster:
log-trackers-changed = İzleyiciler değişti: şimdi { $count }
log-watching = { $path } izleniyor

## menu
menu-add-tracker = İzleyici ekle…
menu-announce = Şimdi duyur
menu-copy = Kopyala
menu-copy-hash = Bilgi özeti
menu-copy-magnet = Magnet bağlantısı
menu-copy-name = Ad
menu-copy-tracker = İzleyici URL'si
menu-default-client = Varsayılan istemci
menu-edit-tracker = Düzenle
menu-force-complete = Tamamlandı say
menu-label = Etiket koy…
menu-pause = Duraklat
menu-pose-as = Taklit et
menu-properties = Özellikler
menu-queue = Kuyruk
menu-queue-bottom = En alta taşı
menu-queue-down = Aşağı taşı
menu-queue-top = En üste taşı
menu-queue-up = Yukarı taşı
menu-random-progress = Rastgele ilerleme
menu-recheck = Yeniden denetle
menu-remove = Kaldır…
menu-remove-tracker = Kaldır
menu-remove-with-file = .torrent kopyasıyla kaldır…
menu-rename = Yeniden adlandır…
menu-reset-limits = Sınırsız
menu-resume = Sürdür
menu-set-download-limit = İndirme sınırı…
menu-set-upload-limit = Gönderme sınırı…
menu-speed-limits = Hız sınırları
menu-trackers = İzleyiciler

## mon
mon-collecting = İlk ölçüm alınıyor…
mon-connections = Bağlantılar
mon-counts = İş parçacıkları, tanımlayıcılar, torrentler, bağlantılar
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Tanımlayıcılar
mon-every = Her { $secs } saniyede bir ölçüm; ağ değerleri bu makinenin tüm arayüzlerini kapsar.
mon-fds = Dosya tanımlayıcıları
mon-in = Gelen
mon-memory = Bellek
mon-net-in = Gelen ağ
mon-net-out = Giden ağ
mon-network = Ağ
mon-out = Giden
mon-received = Alınan (toplam)
mon-rss = Bellek (RSS)
mon-rss-line = RSS
mon-sent = Gönderilen (toplam)
mon-threads = İş parçacıkları
mon-torrents = Torrentler

## notice
notice-already-added = { $file }: { $name } zaten ekli
notice-cannot-listen = { $addr } üzerinde eşler dinlenemiyor: { $error }
notice-cannot-watch = { $path } izlenemiyor: { $error }
notice-copy-failed = { $file }: kopyası saklanamadı: { $error }
notice-error = Hata
notice-export-failed = Ayarlar { $path } dosyasına aktarılamadı: { $error }
notice-import-failed = Ayarlar { $path } dosyasından alınamadı: { $error }
notice-list-failed = Torrent klasörü listelenemedi: { $error }
notice-not-loaded = Yüklenmedi: { $error }
notice-not-renamed = Yeniden adlandırılmadı: ad tek satırda 1 ile { $max } karakter arası olmalı
notice-note = Not
notice-settings-failed = Ayarlar kaydedilemedi: { $error }
notice-settings-refused = Ayarlar kaydedilmedi: { $why }
notice-unknown-profile = Bilinmeyen gönderim profili { $name }
notice-warning = Uyarı
notice-watch-delete-failed = Eklendi ama { $path } silinemedi: { $error }

## opt
opt-bottom-centre = Altta ortada
opt-bottom-left = Sol altta
opt-bottom-right = Sağ altta
opt-close-ask = Torrentler çalışırken sor
opt-close-minimize = Simge durumuna küçült ve paylaşmaya devam et (Ctrl+Q çıkar)
opt-close-quit = Çık
opt-comfortable = Rahat
opt-compact = Sıkışık
opt-dark = Koyu
opt-every-n-minutes = Her N dakikada
opt-every-step = Her adımda
opt-folder-hint = /klasör/yolu
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui bu yazıyı henüz tam dizemiyor: sağdan sola metin soldan sağa ve harfleri bitişmeden görünür, Hint bitişik harfleri oluşmaz. Çeviri eksiksizdir; biçimler egui'nin sınırıdır.
opt-light = Açık
opt-log-normal = Log-normal
opt-none = Yok
opt-off = Kapalı
opt-on-announce = Her duyuruda
opt-pareto = Pareto
opt-power-law = Kuvvet yasası
opt-random = Rastgele
opt-random-tip = 49152..=65535 aralığında bir bağlantı noktası
opt-socks5 = SOCKS5
opt-system = Sistem gibi
opt-system-language = Sistemin dili
opt-top-centre = Üstte ortada
opt-top-left = Sol üstte
opt-top-right = Sağ üstte

## options
options-apply-label = Etiketi uygula
options-apply-name = Adı uygula
options-label = Etiket
options-name = Ad
options-read-only = Salt okunur: seçenekler uygulamada değiştirilir.
options-running = Çalışıyor

## peers
peers-address = Adres
peers-client = İstemci
peers-empty = Henüz eş yok: bir izleyici duyuruya eşlerle yanıt verince görünürler.
peers-from = İzleyiciden

## profile
profile-aggressive = saldırgan
profile-balanced = dengeli
profile-conservative = temkinli
profile-custom = özel

## prompt
prompt-add-tracker = İzleyici URL'si ekle
prompt-bad-url = İzleyici URL'si http://, https:// ya da udp:// ile başlar
prompt-down-limit = İndirme sınırı (KiB/s, 0 = yok)
prompt-edit-tracker = İzleyici URL'sini düzenle
prompt-empty-name = Ad boş olamaz
prompt-label = Etiket koy
prompt-not-a-number = { $text } tam sayı KiB/s değil (0 = yok)
prompt-rename = Torrenti yeniden adlandır
prompt-up-limit = Gönderme sınırı (KiB/s, 0 = yok)
quit-body = { $count ->
        [one] Bir torrent çalışıyor.
       *[other] { $count } torrent çalışıyor.
    } İzleyicilerine durdukları bildirilecek.
quit-minimize = Bunun yerine küçült
quit-quit = Çık
quit-title = dfakeseeder'dan çıkılsın mı?

## remove
remove-also-file = Kopyalanan .torrent dosyasını da sil
remove-title =
    { $count ->
        [one] { $count } torrent kaldırılsın mı?
       *[other] { $count } torrent kaldırılsın mı?
    }
remove-yes = Evet, kaldır

## search
search-hint = adın bir kısmı
search-label = Ara:

## set
set-bittorrent-announce_interval_seconds = Duyuru aralığı (0 = izleyicininki)
set-bittorrent-numwant = İstenecek eş sayısı (0 = istemcinin yaptığı gibi)
set-bittorrent-scrape_interval_seconds = Scrape aralığı (sonraki scrape'ten itibaren)
set-client_profile = Taklit edilen istemci (yeniden başlatınca)
set-close_action = Pencere kapatıldığında
set-connection-listening_port = Dinleme bağlantı noktası (yeniden başlatınca)
set-connection-max_global_connections = En çok eş bağlantısı (yeniden başlatınca)
set-connection-max_per_torrent = Torrent başına en çok (yeniden başlatınca)
set-download_speed = Yeni torrentlerin indirme hızı
set-language = Dil
set-logging-level = Günlük dosyası: yazılan en önemsiz satırlar
set-logging-log_to_file = Günlük dosyası yaz (yapılandırma klasöründe logs/dfakeseeder.log)
set-logging-max_files = Günlük dosyası: saklanan eski dosyalar
set-logging-max_size_mb = Günlük dosyası: yenisine şu boyutta geç
set-notification_settings-desktop_notifications = Masaüstünde de (tamamlananlar, uyarılar, hatalar)
set-notification_settings-enabled = Bildirimleri göster
set-notification_settings-error_timeout_ms = Hatalar kalma süresi
set-notification_settings-info_timeout_ms = Bilgiler kalma süresi (0 = kapatılana dek)
set-notification_settings-max_visible = Ekranda en çok
set-notification_settings-position = Nerede
set-notification_settings-show_in_statusbar = En yeni olay durum çubuğunda
set-notification_settings-success_timeout_ms = Başarılar kalma süresi
set-notification_settings-warning_timeout_ms = Uyarılar kalma süresi
set-peer_protocol-handshake_timeout_seconds = El sıkışma süresi (yeni bağlantılar)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive aralığı (yeni bağlantılar)
set-peer_protocol-message_read_timeout_seconds = Sessiz eşi şu süre sonra kes (yeni bağlantılar)
set-performance-network_interface = Eşleri bu adreste dinle (yeniden başlatınca; boş = hepsi)
set-proxy-auth_enabled = Vekil sunucu kullanıcı adı ve parola ister
set-proxy-password = Vekil sunucu parolası
set-proxy-port = Vekil sunucu bağlantı noktası
set-proxy-server = Vekil sunucu
set-proxy-type = İzleyici trafiği için vekil sunucu
set-proxy-username = Vekil sunucu kullanıcı adı
set-remember_window_size = Pencerenin boyutunu ve yerini hatırla (yeniden başlatınca)
set-scheduler-days = Bu günlerde
set-scheduler-enabled = Zamanlamaya göre alternatif sınırlara geç
set-scheduler-end_hour = Bitiş (başlangıçtan önceyse: ertesi gün)
set-scheduler-start_hour = Başlangıç
set-seeding_profile = Gönderim profili
set-speed-alt_download_limit_kbps = Alternatif indirme sınırı
set-speed-alt_upload_limit_kbps = Alternatif gönderme sınırı
set-speed-download_limit_kbps = Genel indirme sınırı (0 = yok)
set-speed-enable_alternative_speeds = Şimdi alternatif sınırları kullan
set-speed-upload_limit_kbps = Genel gönderme sınırı (0 = yok)
set-speed_distribution-download-algorithm = İndirme hızlarını paylaştır
set-speed_distribution-download-custom_interval_minutes = İndirme: her N dakikada
set-speed_distribution-download-redistribution_mode = İndirmeyi yeniden paylaştır
set-speed_distribution-download-spread_percentage = İndirme dağılımı
set-speed_distribution-download-stopped_max_percentage = İndirme: durdurulan torrentler, en çok
set-speed_distribution-download-stopped_min_percentage = İndirme: durdurulan torrentler, en az
set-speed_distribution-upload-algorithm = Gönderme hızlarını paylaştır
set-speed_distribution-upload-custom_interval_minutes = Gönderme: her N dakikada
set-speed_distribution-upload-redistribution_mode = Göndermeyi yeniden paylaştır
set-speed_distribution-upload-spread_percentage = Gönderme dağılımı
set-speed_distribution-upload-stopped_max_percentage = Gönderme: durdurulan torrentler, en çok
set-speed_distribution-upload-stopped_min_percentage = Gönderme: durdurulan torrentler, en az
set-start_minimized = Simge durumunda başlat (yeniden başlatınca)
set-storage-ledger_interval_seconds = Hesapları şu aralıkla kaydet (yeniden başlatınca)
set-threshold = Yeni torrentler şu ilerlemeden gönderir
set-tickspeed = Benzetim adımı
set-ui_settings-color_scheme = Renkler
set-ui_settings-density = Yoğunluk
set-ui_settings-monitoring_refresh_interval = İzleme ölçüm aralığı
set-upload_speed = Yeni torrentlerin gönderme hızı
set-watch_folder-delete_added_torrents = Eklenen .torrent dosyalarını sil
set-watch_folder-enabled = İzlenen klasörden torrent ekle
set-watch_folder-path = İzlenen klasör

## settab
settab-advanced = Gelişmiş
settab-bittorrent = BitTorrent
settab-connection = Bağlantı
settab-general = Genel
settab-notifications = Bildirimler
settab-peer-protocol = Eş protokolü
settab-speed = Hız

## settings
settings-apply = Uygula
settings-discard = Değişiklikleri at
settings-export = Ayarları dışa aktar…
settings-import = Ayarları içe aktar…
settings-keep-editing = Düzenlemeye devam et
settings-no-match = Eşleşen ayar yok.
settings-reset-all = Tüm ayarlar varsayılana
settings-reset-all-tip = Her ayar varsayılanına döner (korumak için Uygula)
settings-reset-tab = Sekmeyi sıfırla
settings-reset-tip = Bu sekmenin ayarları varsayılanlarına döner (korumak için Uygula)
settings-save = Kaydet
settings-search-hint = bir ayarın adı ya da anahtarı
settings-title = Ayarlar
settings-unsaved = Bazı ayarlar değişti ama uygulanmadı.

## sidebar
sidebar-clear = Süzgeçleri temizle
sidebar-showing = Gösterilen: { $what } ({ $shown } / { $total })
sidebar-states = Durumlar
sidebar-tracker-errors = İzleyici hataları:
sidebar-trackers = İzleyiciler

## state
state-active = Etkin
state-all = Tümü
state-checking = Denetleniyor
state-downloading = İndiriliyor
state-error = Hata
state-paused = Duraklatıldı
state-seeding = Gönderiliyor
state-trackerless = İzleyicisiz

## status
status-alt-off = Alternatif hız: kapalı
status-alt-on = Alternatif hız: açık
status-alt-tip = Alternatif sınırları açıp kapatmak için tıklayın
status-checking = Denetleniyor
status-down = İndirme { $rate }
status-down-tip = İndirme hızı, tüm torrentler
status-downloading = İndiriliyor
status-error = Hata: { $reason }
status-limits = Şu anki sınırlar: gönderme { $up }, indirme { $down }
status-not-listening = Eşler dinlenmiyor
status-paused = Duraklatıldı
status-peers = Eşler { $now } / { $max }
status-peers-tip = Şu an bize bağlı eşler / en çok
status-port = Bağlantı noktası { $port }
status-seeding = Gönderiliyor
status-session = Oturum: gönderme { $up }, indirme { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrent
        }
       *[other] { $count ->
            [one] { $count } torrent
           *[other] { $count } torrent
        }, { $selected } seçili
    }
status-total = Toplam: gönderme { $up }, indirme { $down }
status-unlimited = sınırsız
status-up = Gönderme { $rate }
status-up-tip = Gönderme hızı, tüm torrentler

## tab
tab-details = Ayrıntılar
tab-files = Dosyalar
tab-incoming = Gelen
tab-log = Torrent günlüğü
tab-options = Seçenekler
tab-peers = Eşler
tab-status = Durum
tab-trackers = İzleyiciler

## table
table-columns = Sütunlar
table-default-columns = Varsayılan sütunlar
table-empty = .torrent dosyalarını buraya bırakın ya da Ekle'ye basın (Ctrl+O)
table-empty-viewer = Torrent yok

## toolbar
toolbar-add = Ekle
toolbar-add-tip = .torrent dosyası ekle (Ctrl+O)
toolbar-announce = Duyur
toolbar-announce-tip = Seçili torrentleri şimdi izleyicilerine duyur (Ctrl+R)
toolbar-down-double = İndirme ×2
toolbar-down-double-tip = Seçimin indirme hızını iki katına çıkar
toolbar-down-half = İndirme ÷2
toolbar-down-half-tip = Seçimin indirme hızını yarıya indir
toolbar-pause = Duraklat
toolbar-pause-all = Tümünü duraklat
toolbar-pause-all-tip = Her torrenti duraklat
toolbar-pause-tip = Seçili torrentleri duraklat (Boşluk değiştirir)
toolbar-queue-down = Kuyrukta aşağı
toolbar-queue-down-tip = Seçili torrentleri kuyrukta aşağı taşı (Alt+Down)
toolbar-queue-up = Kuyrukta yukarı
toolbar-queue-up-tip = Seçili torrentleri kuyrukta yukarı taşı (Alt+Up)
toolbar-remove = Kaldır
toolbar-remove-tip = Seçili torrentleri kaldır (Delete)
toolbar-resume = Sürdür
toolbar-resume-all = Tümünü sürdür
toolbar-resume-all-tip = Her torrenti sürdür
toolbar-resume-tip = Seçili torrentleri sürdür (Boşluk değiştirir)
toolbar-search = Ara
toolbar-search-tip = Torrentleri ada göre ara (Ctrl+F)
toolbar-select-first = Önce torrent seçin (tıklama, Ctrl+tıklama, Shift+tıklama, Ctrl+A)
toolbar-settings = Ayarlar
toolbar-settings-tip = Ayarları aç (Ctrl+,)
toolbar-up-double = Gönderme ×2
toolbar-up-double-tip = Seçimin gönderme hızını iki katına çıkar
toolbar-up-half = Gönderme ÷2
toolbar-up-half-tip = Seçimin gönderme hızını yarıya indir

## tracker
tracker-error = Hata
tracker-not-contacted = Başvurulmadı
tracker-standby = Yedekte
tracker-updating = Güncelleniyor…
tracker-working = Çalışıyor

## trackers
trackers-ago = { $time } önce
trackers-default-client = Varsayılan ({ $name })
trackers-downloaded = İndirilen
trackers-floor = izleyicinin asgari aralığının altına asla inmez ({ $secs } sn)
trackers-floor-unknown = bir izleyicinin asgari aralığının altına asla inmez
trackers-in = { $time } sonra
trackers-interval = Aralık
trackers-interval-label = Duyuru aralığı:
trackers-last = Son duyuru
trackers-leechers = Alanlar
trackers-message = İleti
trackers-next = Sonraki duyuru
trackers-none = Bu torrentin izleyicisi yok.
trackers-own = benimki
trackers-peers = Eşler
trackers-poses-as = bu istemcinin taklidini yapıyor
trackers-seeds = Gönderenler
trackers-status = Durum
trackers-theirs = izleyicininki
trackers-tier = Kademe
trackers-url = URL

## val
val-choose-folder = izlenecek bir klasör seçin
val-empty-window = aralık başladığı yerde bitiyor (boş olurdu)
val-hours = saatler 0..=23, dakikalar 0..=59 arasıdır
val-no-folder = { $path } var olan bir klasör değil
val-not-an-address = { $text } bir IP adresi değil
val-not-port = 0 bir bağlantı noktası değil (1..=65535)
val-outside = { $value }, { $min }..={ $max } aralığının dışında
val-proxy-auth = kullanıcı adı ve parola en çok 255 bayttır
val-proxy-host = bir sunucu adı ya da adres gerekli
val-stopped = 0 <= en az <= en çok <= 100 olmalı
val-unknown-language = bilinmeyen dil { $name }
val-unknown-profile = bilinmeyen profil { $name }

## view
view-dashboard = Pano
view-log = Günlük
view-monitoring = İzleme
view-torrents = Torrentler

## viewer
viewer-connecting = Bağlanıyor…
viewer-live = Canlı
viewer-live-polling = Canlı (2 sn'de bir sorgulanıyor)
viewer-loading = dfakeseeder'a bağlanıyor…
viewer-login-busy = Giriş yapılıyor…
viewer-login-failed = Giriş başarısız (HTTP { $status }).
viewer-login-intro = dfakeseeder kim olduğunuzu soruyor: başlangıçta yazdırdığı belirteci ya da bir kullanıcı adı ve parola girin.
viewer-login-password = Parola
viewer-login-password-mode = Kullanıcı adı ve parola
viewer-login-submit = Giriş yap
viewer-login-throttled = Çok fazla deneme: bir dakika bekleyip yeniden deneyin.
viewer-login-title = dfakeseeder'a giriş yap
viewer-login-token = Belirteç
viewer-login-token-mode = Belirteç
viewer-login-unreachable = dfakeseeder yanıt vermedi: { $error }
viewer-login-username = Kullanıcı adı
viewer-login-wrong = Yanlış belirteç, kullanıcı adı veya parola.
viewer-offline = Çevrimdışı: { $secs } sn'dir dfakeseeder'dan yanıt yok; denemeye devam ediliyor.
viewer-read-only = Salt okunur görünüm
viewer-reconnecting = Yeniden bağlanıyor…

## web
settab-webui = Web arayüzü
set-webui-enabled = Web API'sini ve görüntüleyiciyi sun
set-webui-localhost_only = Yalnızca bu bilgisayar (127.0.0.1 üzerinde dinle)
set-webui-interface = Web sunucusu adresi
set-webui-port = Web sunucusu bağlantı noktası
set-webui-auth_enabled = Oturum açma iste (belirteç veya parola)
set-webui-username = Web kullanıcı adı
set-webui-password_hash = Yeni web parolası
set-webui-token = API belirteci
set-webui-allow_control = Web üzerinden denetime izin ver (ekle, duraklat, kaldır)
set-webui-https_enabled = HTTPS kullan
set-webui-https_cert_path = HTTPS sertifikası (PEM dosyası)
set-webui-https_key_path = HTTPS özel anahtarı (PEM dosyası)
set-webui-session_timeout_minutes = Oturum süresi
set-webui-ban_after_failures = Başarısız oturum açmalardan sonra adresi engelle
set-webui-allowed_hosts = Diğer ana bilgisayar adları (virgülle ayrılmış)
opt-web-no-password = parola ayarlanmadı
opt-web-password-set = bir parola ayarlı; değiştirmek için yazın
opt-web-token-new = Uygula'da yeni bir belirteç oluşturulur
opt-web-rotate = Yenile
opt-web-rotate-tip = Uygula'da yeni rastgele bir belirteç; eskisi artık çalışmaz
val-web-needs-auth = sunucu bu bilgisayarın dışını dinlediğinde gerekli
val-web-choose-file = bir dosya seçin
val-web-username = en fazla 255 karakter, denetim karakteri yok
val-web-host = { $text } bir ana bilgisayar adı değil
ev-web-serving = Web arayüzü: { $url }
ev-web-stopped = Web arayüzü durduruldu
notice-web-failed = Web sunucusu çalışmıyor: { $why }
web-refused-no-auth = Oturum açma olmadan { $addr } üzerinde hizmet verilmiyor: kimlik doğrulamayı açın veya 127.0.0.1 üzerinde dinleyin
web-refused-no-credentials = Oturum açma gerekli ama ne belirteç ne de parola var
web-bind-failed = { $addr } dinlenemiyor: { $error }
web-tls-read = { $path } okunamıyor: { $error }
web-tls-bad = { $path } HTTPS için kullanılamaz: { $error }
