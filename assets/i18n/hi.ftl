# Hindi: translated from en.ftl

## announce
announce-early-body = ट्रैकर { $secs } सेकंड और रुकने को कहता है। पहले घोषणा करना आपके ख़िलाफ़ गिना जा सकता है।
announce-early-title = ट्रैकर की अनुमति से पहले घोषणा करें?
announce-now = अभी घोषणा करें
announce-when-allowed = अनुमति मिलने पर

## cell
cell-default-client = डिफ़ॉल्ट
cell-no = नहीं
cell-none = कोई नहीं
cell-trackers-interval = ट्रैकर का
cell-yes = हाँ

## col
col-added_on = जोड़ा गया
col-announce_interval = अंतराल
col-client_profile = इस रूप में
col-comment = टिप्पणी
col-completed_on = पूरा हुआ
col-created_by = किससे बना
col-creation_date = बनाया गया
col-download_limit = डाउनलोड सीमा
col-download_rate = डाउनलोड गति
col-download_speed = तय डाउनलोड
col-eta = बचा समय
col-eta_threshold = सीमा तक समय
col-id = #
col-label = लेबल
col-leechers = पीयर
col-name = नाम
col-next_update = अगली घोषणा
col-piece_count = टुकड़े
col-piece_length = टुकड़े का आकार
col-private = निजी
col-progress = प्रगति
col-ratio = अनुपात
col-seed_time = सीड समय
col-seeders = सीड
col-session_downloaded = डाउनलोड (सत्र)
col-session_uploaded = अपलोड (सत्र)
col-status = स्थिति
col-threshold = सीमा
col-total_downloaded = डाउनलोड हुआ
col-total_size = आकार
col-total_uploaded = अपलोड हुआ
col-tracker = ट्रैकर
col-upload_limit = अपलोड सीमा
col-upload_rate = अपलोड गति
col-upload_speed = तय अपलोड

## common
common-cancel = रद्द करें
common-dismiss = बंद करें
common-ok = ठीक है

## dash
dash-active = सक्रिय
dash-checking-error = जाँच / त्रुटि
dash-download = डाउनलोड
dash-downloaded = डाउनलोड हुआ (कुल)
dash-downloading = डाउनलोड हो रहे
dash-paused = रुके हुए
dash-peers = पीयर
dash-ratio = अनुपात
dash-seeding = सीड हो रहे
dash-torrents = टॉरेंट
dash-upload = अपलोड
dash-uploaded = अपलोड हुआ (कुल)

## day
day-fri = शुक्र
day-mon = सोम
day-sat = शनि
day-sun = रवि
day-thu = गुरु
day-tue = मंगल
day-wed = बुध

## details
details-select = विवरण देखने के लिए एक टॉरेंट चुनें।
details-several = कई टॉरेंट चुने गए हैं: विवरण देखने के लिए एक चुनें।

## dialog
dialog-add-title = टॉरेंट जोड़ें
dialog-torrent-files = टॉरेंट फ़ाइलें

## drop
drop-hint = जोड़ने के लिए .torrent फ़ाइलें यहाँ छोड़ें
drop-ignored =
    { $count ->
        [one] { $count } फ़ाइल छोड़ी गई (.torrent नहीं): { $names }
       *[other] { $count } फ़ाइलें छोड़ी गईं (.torrent नहीं): { $names }
    }
drop-ignored-more = { $names } और { $more } अन्य

## edit
edit-down-limit-tip = इस टॉरेंट की डाउनलोड सीमा, KiB/s (0 = कोई नहीं)
edit-down-speed-tip = नकली डाउनलोड गति, KiB/s (खींचें या लिखें)
edit-interval-tip = घोषणा अंतराल, सेकंड (0 = ट्रैकर का; उसकी न्यूनतम सीमा से कभी कम नहीं)
edit-threshold-tip = वह प्रगति जिस पर अपलोड शुरू होता है
edit-up-limit-tip = इस टॉरेंट की अपलोड सीमा, KiB/s (0 = कोई नहीं)
edit-up-speed-tip = नकली अपलोड गति, KiB/s (खींचें या लिखें)

## ev
ev-added = जोड़ा गया: { $name }
ev-alt-off = वैकल्पिक गति सीमाएँ बंद
ev-alt-off-schedule = वैकल्पिक गति सीमाएँ बंद (समय-सारणी)
ev-alt-on = वैकल्पिक गति सीमाएँ चालू
ev-alt-on-schedule = वैकल्पिक गति सीमाएँ चालू (समय-सारणी)
ev-completed = पूरा हुआ: { $name }
ev-settings-exported = सेटिंग्स { $path } में निर्यात की गईं
ev-settings-imported = सेटिंग्स { $path } से आयात की गईं
ev-settings-saved = सेटिंग्स सहेजी गईं
ev-tracker-error = { $name } के लिए ट्रैकर त्रुटि: { $error }
ev-watch-added = निगरानी फ़ोल्डर से जोड़ा गया: { $name }

## file
file-dialog-failed = फ़ाइल संवाद नहीं खुल सका: { $error }

## graph
graph-download = डाउनलोड
graph-upload = अपलोड

## incoming
incoming-address = पता
incoming-ago = { $time } पहले
incoming-client = क्लाइंट
incoming-connected = जुड़ा
incoming-empty = इस टॉरेंट से कोई पीयर नहीं जुड़ा है। पीयर हमें उन ट्रैकरों से पाते हैं जिन पर हम घोषणा करते हैं।
incoming-handshaking = हैंडशेक
incoming-last = अंतिम संदेश
incoming-messages = आए / गए संदेश
incoming-since = कब से
incoming-state = स्थिति

## info
info-added-on = जोड़ा गया
info-bytes = { $size } ({ $bytes } बाइट)
info-comment = टिप्पणी
info-completed-on = पूरा हुआ
info-created-by = किससे बना
info-created-on = बनाया गया
info-downloaded = डाउनलोड हुआ (सत्र / कुल)
info-eta = सीमा तक / पूरा होने तक
info-files = फ़ाइलें
info-graph-empty = टॉरेंट चलते समय गति ग्राफ़ भरता जाता है।
info-hash = इन्फ़ो हैश
info-name = नाम
info-next-announce = अगली घोषणा
info-pieces = टुकड़े
info-private = निजी
info-progress = प्रगति
info-rates = अपलोड / डाउनलोड दर
info-ratio = अनुपात
info-seed-time = सीड समय
info-set-speeds = तय गतियाँ
info-status = स्थिति
info-swarm = सीड / पीयर
info-total-size = कुल आकार
info-trackers-working = चालू ट्रैकर
info-uploaded = अपलोड हुआ (सत्र / कुल)
info-uploading-from = अपलोड शुरू
info-working = { $total } में से { $working }

## level
level-debug = डीबग
level-error = त्रुटि
level-info = जानकारी
level-warning = चेतावनी

## log
log-added-restored = जोड़ा गया: { $name } (कुल बहाल)
log-empty = इस टॉरेंट के लिए अभी कुछ दर्ज नहीं है।
log-forced-complete = ज़बरदस्ती पूरा: { $name }
log-ledger-failed = खाता-बही सहेजी नहीं जा सकी: { $error }
log-listening = पोर्ट { $port } पर पीयर सुन रहे हैं
log-no-match = कोई लॉग पंक्ति मेल नहीं खाती।
log-paused = रोका गया: { $name }
log-pose-as =
    { $count ->
        [one] { $count } टॉरेंट अब { $who } के रूप में दिखता है
       *[other] { $count } टॉरेंट अब { $who } के रूप में दिखते हैं
    }
log-progress-set = प्रगति { $percent } % की गई: { $name }
log-recheck-done = जाँच पूरी: { $name }
log-rechecking = जाँच हो रही: { $name }
log-removed = हटाया गया: { $name }
log-renamed = नाम बदला: { $old } -> { $name }
log-resumed = फिर शुरू: { $name }
log-seeding-profile = सीडिंग प्रोफ़ाइल: { $name }
log-selected-only = केवल चुने हुए टॉरेंट
log-show-from = इस स्तर से दिखाएँ:
log-trackers-changed = ट्रैकर बदले: अब { $count }
log-watching = { $path } पर नज़र

## menu
menu-add-tracker = ट्रैकर जोड़ें…
menu-announce = अभी घोषणा करें
menu-copy = कॉपी करें
menu-copy-hash = इन्फ़ो हैश
menu-copy-magnet = मैग्नेट लिंक
menu-copy-name = नाम
menu-copy-tracker = ट्रैकर URL
menu-default-client = डिफ़ॉल्ट क्लाइंट
menu-edit-tracker = संपादित करें
menu-force-complete = ज़बरदस्ती पूरा करें
menu-label = लेबल लगाएँ…
menu-pause = रोकें
menu-pose-as = इस रूप में दिखें
menu-properties = गुण
menu-queue = कतार
menu-queue-bottom = सबसे नीचे
menu-queue-down = नीचे
menu-queue-top = सबसे ऊपर
menu-queue-up = ऊपर
menu-random-progress = यादृच्छिक प्रगति
menu-recheck = ज़बरदस्ती फिर जाँचें
menu-remove = हटाएँ…
menu-remove-tracker = हटाएँ
menu-remove-with-file = .torrent प्रति के साथ हटाएँ…
menu-rename = नाम बदलें…
menu-reset-limits = कोई सीमा नहीं
menu-resume = फिर शुरू करें
menu-set-download-limit = डाउनलोड सीमा तय करें…
menu-set-upload-limit = अपलोड सीमा तय करें…
menu-speed-limits = गति सीमाएँ
menu-trackers = ट्रैकर

## mon
mon-collecting = पहला नमूना लिया जा रहा है…
mon-connections = कनेक्शन
mon-counts = थ्रेड, डिस्क्रिप्टर, टॉरेंट, कनेक्शन
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = डिस्क्रिप्टर
mon-every = हर { $secs } सेकंड में एक नमूना; नेटवर्क आँकड़े इस मशीन के सभी इंटरफ़ेस के हैं।
mon-fds = फ़ाइल डिस्क्रिप्टर
mon-in = आवक
mon-memory = मेमोरी
mon-net-in = नेटवर्क आवक
mon-net-out = नेटवर्क जावक
mon-network = नेटवर्क
mon-out = जावक
mon-received = प्राप्त (कुल)
mon-rss = मेमोरी (RSS)
mon-rss-line = RSS
mon-sent = भेजा (कुल)
mon-threads = थ्रेड
mon-torrents = टॉरेंट

## notice
notice-already-added = { $file }: { $name } पहले से जुड़ा है
notice-cannot-listen = { $addr } पर पीयर नहीं सुने जा सकते: { $error }
notice-cannot-watch = { $path } पर नज़र नहीं रखी जा सकती: { $error }
notice-copy-failed = { $file }: प्रति नहीं रखी जा सकी: { $error }
notice-error = त्रुटि
notice-export-failed = सेटिंग्स { $path } में निर्यात नहीं हो सकीं: { $error }
notice-import-failed = सेटिंग्स { $path } से आयात नहीं हुईं: { $error }
notice-list-failed = टॉरेंट फ़ोल्डर की सूची नहीं बन सकी: { $error }
notice-not-loaded = लोड नहीं हुआ: { $error }
notice-not-renamed = नाम नहीं बदला: नाम एक पंक्ति में 1 से { $max } अक्षरों का हो
notice-note = सूचना
notice-settings-failed = सेटिंग्स सहेजी नहीं जा सकीं: { $error }
notice-settings-refused = सेटिंग्स नहीं सहेजी गईं: { $why }
notice-unknown-profile = अज्ञात सीडिंग प्रोफ़ाइल { $name }
notice-warning = चेतावनी
notice-watch-delete-failed = जोड़ा गया, पर { $path } हटाया नहीं जा सका: { $error }

## opt
opt-bottom-centre = नीचे बीच में
opt-bottom-left = नीचे बाएँ
opt-bottom-right = नीचे दाएँ
opt-close-ask = टोरेंट चलते समय पूछें
opt-close-minimize = छोटा करें और सीडिंग जारी रखें (Ctrl+Q से बाहर)
opt-close-quit = बाहर निकलें
opt-comfortable = खुला
opt-compact = सघन
opt-dark = गहरा
opt-every-n-minutes = हर N मिनट
opt-every-step = हर चरण पर
opt-folder-hint = /फ़ोल्डर/का/पथ
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui अभी इस लिपि को पूरी तरह नहीं सजा पाता: दाएँ से बाएँ लिखा पाठ बाएँ से दाएँ बिना जुड़े अक्षरों के दिखता है और भारतीय लिपियों के संयुक्ताक्षर नहीं बनते। अनुवाद पूरा है; आकार egui की सीमा हैं।
opt-light = हल्का
opt-log-normal = लॉग-नॉर्मल
opt-none = कोई नहीं
opt-off = बंद
opt-on-announce = हर घोषणा पर
opt-pareto = पारेतो
opt-power-law = घात नियम
opt-random = यादृच्छिक
opt-random-tip = 49152..=65535 में एक पोर्ट
opt-socks5 = SOCKS5
opt-system = सिस्टम जैसा
opt-system-language = सिस्टम की भाषा
opt-top-centre = ऊपर बीच में
opt-top-left = ऊपर बाएँ
opt-top-right = ऊपर दाएँ

## options
options-apply-label = लेबल लागू करें
options-apply-name = नाम लागू करें
options-label = लेबल
options-name = नाम
options-read-only = केवल पढ़ने के लिए: विकल्प ऐप में बदले जाते हैं।
options-running = चल रहा

## peers
peers-address = पता
peers-client = क्लाइंट
peers-empty = अभी कोई पीयर नहीं: जब कोई ट्रैकर घोषणा का उत्तर पीयर के साथ देगा तब दिखेंगे।
peers-from = ट्रैकर से

## profile
profile-aggressive = आक्रामक
profile-balanced = संतुलित
profile-conservative = सतर्क
profile-custom = अपना

## prompt
prompt-add-tracker = ट्रैकर URL जोड़ें
prompt-bad-url = ट्रैकर URL http://, https:// या udp:// से शुरू होता है
prompt-down-limit = डाउनलोड सीमा (KiB/s, 0 = कोई नहीं)
prompt-edit-tracker = ट्रैकर URL संपादित करें
prompt-empty-name = नाम ख़ाली नहीं हो सकता
prompt-label = लेबल लगाएँ
prompt-not-a-number = { $text } KiB/s की पूर्ण संख्या नहीं है (0 = कोई नहीं)
prompt-rename = टॉरेंट का नाम बदलें
prompt-up-limit = अपलोड सीमा (KiB/s, 0 = कोई नहीं)
quit-body = { $count ->
        [one] एक टोरेंट चल रहा है।
       *[other] { $count } टोरेंट चल रहे हैं।
    } उनके ट्रैकरों को बताया जाएगा कि वे रुक गए।
quit-minimize = इसके बजाय छोटा करें
quit-quit = बाहर निकलें
quit-title = dfakeseeder से बाहर निकलें?

## remove
remove-also-file = कॉपी की गई .torrent फ़ाइल भी हटाएँ
remove-title =
    { $count ->
        [one] { $count } टॉरेंट हटाएँ?
       *[other] { $count } टॉरेंट हटाएँ?
    }
remove-yes = हाँ, हटाएँ

## search
search-hint = नाम का कोई हिस्सा
search-label = खोजें:

## set
set-bittorrent-announce_interval_seconds = घोषणा अंतराल (0 = ट्रैकर का)
set-bittorrent-numwant = माँगे जाने वाले पीयर (0 = क्लाइंट की तरह)
set-bittorrent-scrape_interval_seconds = स्क्रेप अंतराल (अगले स्क्रेप से)
set-client_profile = इस रूप में दिखें (फिर शुरू करने पर)
set-close_action = विंडो बंद करने पर
set-connection-listening_port = सुनने का पोर्ट (फिर शुरू करने पर)
set-connection-max_global_connections = अधिकतम पीयर कनेक्शन (फिर शुरू करने पर)
set-connection-max_per_torrent = प्रति टॉरेंट अधिकतम (फिर शुरू करने पर)
set-download_speed = नए टॉरेंट की डाउनलोड गति
set-language = भाषा
set-logging-level = लॉग फ़ाइल: लिखी जाने वाली सबसे कम ज़रूरी पंक्तियाँ
set-logging-log_to_file = लॉग फ़ाइल लिखें (कॉन्फ़िग फ़ोल्डर में logs/dfakeseeder.log)
set-logging-max_files = लॉग फ़ाइल: रखी जाने वाली पुरानी फ़ाइलें
set-logging-max_size_mb = लॉग फ़ाइल: नई फ़ाइल इस आकार पर
set-notification_settings-desktop_notifications = डेस्कटॉप पर भी (पूरे, चेतावनियाँ, त्रुटियाँ)
set-notification_settings-enabled = सूचनाएँ दिखाएँ
set-notification_settings-error_timeout_ms = त्रुटियाँ दिखें
set-notification_settings-info_timeout_ms = जानकारी दिखे (0 = बंद करने तक)
set-notification_settings-max_visible = स्क्रीन पर अधिकतम
set-notification_settings-position = कहाँ
set-notification_settings-show_in_statusbar = स्थिति पट्टी में नवीनतम घटना
set-notification_settings-success_timeout_ms = सफलताएँ दिखें
set-notification_settings-warning_timeout_ms = चेतावनियाँ दिखें
set-peer_protocol-handshake_timeout_seconds = हैंडशेक समय-सीमा (नए कनेक्शन)
set-peer_protocol-keep_alive_interval_seconds = कीप-अलाइव हर (नए कनेक्शन)
set-peer_protocol-message_read_timeout_seconds = चुप पीयर को इतने बाद हटाएँ (नए कनेक्शन)
set-performance-network_interface = इस पते पर पीयर सुनें (फिर शुरू करने पर; ख़ाली = सभी)
set-proxy-auth_enabled = प्रॉक्सी को उपयोगकर्ता नाम और पासवर्ड चाहिए
set-proxy-password = प्रॉक्सी पासवर्ड
set-proxy-port = प्रॉक्सी पोर्ट
set-proxy-server = प्रॉक्सी होस्ट
set-proxy-type = ट्रैकर ट्रैफ़िक के लिए प्रॉक्सी
set-proxy-username = प्रॉक्सी उपयोगकर्ता नाम
set-remember_window_size = विंडो का आकार और स्थान याद रखें (फिर शुरू करने पर)
set-scheduler-days = इन दिनों
set-scheduler-enabled = समय-सारणी से वैकल्पिक सीमाओं पर जाएँ
set-scheduler-end_hour = तक (शुरुआत से पहले: अगले दिन)
set-scheduler-start_hour = से
set-seeding_profile = सीडिंग प्रोफ़ाइल
set-speed-alt_download_limit_kbps = वैकल्पिक डाउनलोड सीमा
set-speed-alt_upload_limit_kbps = वैकल्पिक अपलोड सीमा
set-speed-download_limit_kbps = कुल डाउनलोड सीमा (0 = कोई नहीं)
set-speed-enable_alternative_speeds = अभी वैकल्पिक सीमाएँ लगाएँ
set-speed-upload_limit_kbps = कुल अपलोड सीमा (0 = कोई नहीं)
set-speed_distribution-download-algorithm = डाउनलोड गतियाँ बाँटें
set-speed_distribution-download-custom_interval_minutes = डाउनलोड: हर N मिनट
set-speed_distribution-download-redistribution_mode = डाउनलोड फिर से बाँटें
set-speed_distribution-download-spread_percentage = डाउनलोड फैलाव
set-speed_distribution-download-stopped_max_percentage = डाउनलोड: रुके टॉरेंट, अधिकतम
set-speed_distribution-download-stopped_min_percentage = डाउनलोड: रुके टॉरेंट, न्यूनतम
set-speed_distribution-upload-algorithm = अपलोड गतियाँ बाँटें
set-speed_distribution-upload-custom_interval_minutes = अपलोड: हर N मिनट
set-speed_distribution-upload-redistribution_mode = अपलोड फिर से बाँटें
set-speed_distribution-upload-spread_percentage = अपलोड फैलाव
set-speed_distribution-upload-stopped_max_percentage = अपलोड: रुके टॉरेंट, अधिकतम
set-speed_distribution-upload-stopped_min_percentage = अपलोड: रुके टॉरेंट, न्यूनतम
set-start_minimized = छोटा करके शुरू करें (फिर शुरू करने पर)
set-storage-ledger_interval_seconds = हिसाब हर इतने में सहेजें (फिर शुरू करने पर)
set-threshold = नए टॉरेंट यहाँ से अपलोड करें
set-tickspeed = सिमुलेशन चरण
set-ui_settings-color_scheme = रंग
set-ui_settings-density = सघनता
set-ui_settings-monitoring_refresh_interval = निगरानी नमूना हर
set-upload_speed = नए टॉरेंट की अपलोड गति
set-watch_folder-delete_added_torrents = जोड़ने के बाद .torrent फ़ाइलें हटाएँ
set-watch_folder-enabled = निगरानी फ़ोल्डर से टॉरेंट जोड़ें
set-watch_folder-path = निगरानी फ़ोल्डर

## settab
settab-advanced = उन्नत
settab-bittorrent = BitTorrent
settab-connection = कनेक्शन
settab-general = सामान्य
settab-notifications = सूचनाएँ
settab-peer-protocol = पीयर प्रोटोकॉल
settab-speed = गति

## settings
settings-apply = लागू करें
settings-discard = बदलाव छोड़ें
settings-export = सेटिंग्स निर्यात करें…
settings-import = सेटिंग्स आयात करें…
settings-keep-editing = संपादन जारी रखें
settings-no-match = कोई सेटिंग मेल नहीं खाती।
settings-reset-all = सभी सेटिंग्स डिफ़ॉल्ट पर
settings-reset-all-tip = हर सेटिंग अपने डिफ़ॉल्ट पर (रखने के लिए लागू करें)
settings-reset-tab = टैब रीसेट करें
settings-reset-tip = इस टैब की सेटिंग्स डिफ़ॉल्ट पर (रखने के लिए लागू करें)
settings-save = सहेजें
settings-search-hint = किसी सेटिंग का नाम या कुंजी
settings-title = सेटिंग्स
settings-unsaved = कुछ सेटिंग्स बदली हैं पर लागू नहीं हुईं।

## sidebar
sidebar-clear = फ़िल्टर हटाएँ
sidebar-showing = दिखाए जा रहे: { $what } ({ $total } में से { $shown })
sidebar-states = स्थितियाँ
sidebar-tracker-errors = ट्रैकर त्रुटियाँ:
sidebar-trackers = ट्रैकर

## state
state-active = सक्रिय
state-all = सभी
state-checking = जाँच हो रही
state-downloading = डाउनलोड हो रहे
state-error = त्रुटि
state-paused = रुके हुए
state-seeding = सीड हो रहे
state-trackerless = बिना ट्रैकर

## status
status-alt-off = वैकल्पिक गति: बंद
status-alt-on = वैकल्पिक गति: चालू
status-alt-tip = वैकल्पिक सीमाएँ चालू या बंद करने के लिए क्लिक करें
status-checking = जाँच हो रही
status-down = डाउन { $rate }
status-down-tip = डाउनलोड दर, सभी टॉरेंट
status-downloading = डाउनलोड हो रहा
status-error = त्रुटि: { $reason }
status-limits = अभी की सीमाएँ: अप { $up }, डाउन { $down }
status-not-listening = पीयर नहीं सुन रहा
status-paused = रुका हुआ
status-peers = पीयर { $now } / { $max }
status-peers-tip = अभी हमसे जुड़े पीयर / अधिकतम
status-port = पोर्ट { $port }
status-seeding = सीड हो रहा
status-session = सत्र: अप { $up }, डाउन { $down }
status-torrents =
    { $selected ->
        [0] { $count } टॉरेंट
       *[other] { $count } टॉरेंट, { $selected } चुने गए
    }
status-total = कुल: अप { $up }, डाउन { $down }
status-unlimited = असीमित
status-up = अप { $rate }
status-up-tip = अपलोड दर, सभी टॉरेंट

## tab
tab-details = विवरण
tab-files = फ़ाइलें
tab-incoming = आने वाले
tab-log = टॉरेंट लॉग
tab-options = विकल्प
tab-peers = पीयर
tab-status = स्थिति
tab-trackers = ट्रैकर

## table
table-columns = कॉलम
table-default-columns = डिफ़ॉल्ट कॉलम
table-empty = .torrent फ़ाइलें यहाँ छोड़ें या जोड़ें दबाएँ (Ctrl+O)
table-empty-viewer = कोई टॉरेंट नहीं

## toolbar
toolbar-add = जोड़ें
toolbar-add-tip = .torrent फ़ाइलें जोड़ें (Ctrl+O)
toolbar-announce = घोषणा
toolbar-announce-tip = चुने हुए टॉरेंट की अभी उनके ट्रैकरों पर घोषणा करें (Ctrl+R)
toolbar-down-double = डाउन ×2
toolbar-down-double-tip = चुने हुओं की डाउनलोड गति दोगुनी करें
toolbar-down-half = डाउन ÷2
toolbar-down-half-tip = चुने हुओं की डाउनलोड गति आधी करें
toolbar-pause = रोकें
toolbar-pause-all = सब रोकें
toolbar-pause-all-tip = हर टॉरेंट रोकें
toolbar-pause-tip = चुने हुए टॉरेंट रोकें (Space से बदलें)
toolbar-queue-down = कतार में नीचे
toolbar-queue-down-tip = चुने हुए टॉरेंट कतार में नीचे करें (Alt+Down)
toolbar-queue-up = कतार में ऊपर
toolbar-queue-up-tip = चुने हुए टॉरेंट कतार में ऊपर करें (Alt+Up)
toolbar-remove = हटाएँ
toolbar-remove-tip = चुने हुए टॉरेंट हटाएँ (Delete)
toolbar-resume = फिर शुरू करें
toolbar-resume-all = सब फिर शुरू करें
toolbar-resume-all-tip = हर टॉरेंट फिर शुरू करें
toolbar-resume-tip = चुने हुए टॉरेंट फिर शुरू करें (Space से बदलें)
toolbar-search = खोजें
toolbar-search-tip = नाम से टॉरेंट खोजें (Ctrl+F)
toolbar-select-first = पहले टॉरेंट चुनें (क्लिक, Ctrl+क्लिक, Shift+क्लिक, Ctrl+A)
toolbar-settings = सेटिंग्स
toolbar-settings-tip = सेटिंग्स खोलें (Ctrl+,)
toolbar-up-double = अप ×2
toolbar-up-double-tip = चुने हुओं की अपलोड गति दोगुनी करें
toolbar-up-half = अप ÷2
toolbar-up-half-tip = चुने हुओं की अपलोड गति आधी करें

## tracker
tracker-error = त्रुटि
tracker-not-contacted = संपर्क नहीं हुआ
tracker-standby = प्रतीक्षा में
tracker-updating = अपडेट हो रहा…
tracker-working = चालू

## trackers
trackers-ago = { $time } पहले
trackers-default-client = डिफ़ॉल्ट ({ $name })
trackers-downloaded = डाउनलोड हुए
trackers-floor = ट्रैकर के न्यूनतम अंतराल ({ $secs } सेकंड) से कभी कम नहीं
trackers-floor-unknown = किसी ट्रैकर के न्यूनतम अंतराल से कभी कम नहीं
trackers-in = { $time } में
trackers-interval = अंतराल
trackers-interval-label = घोषणा अंतराल:
trackers-last = पिछली घोषणा
trackers-leechers = लीचर
trackers-message = संदेश
trackers-next = अगली घोषणा
trackers-none = इस टॉरेंट का कोई ट्रैकर नहीं है।
trackers-own = मेरा अपना
trackers-peers = पीयर
trackers-poses-as = इस क्लाइंट के रूप में दिखता है
trackers-seeds = सीड
trackers-status = स्थिति
trackers-theirs = ट्रैकर का
trackers-tier = स्तर
trackers-url = URL

## val
val-choose-folder = निगरानी के लिए एक फ़ोल्डर चुनें
val-empty-window = अवधि वहीं ख़त्म होती है जहाँ शुरू होती है (ख़ाली होगी)
val-hours = घंटे 0..=23 और मिनट 0..=59 होते हैं
val-no-folder = { $path } कोई मौजूदा फ़ोल्डर नहीं है
val-not-an-address = { $text } IP पता नहीं है
val-not-port = 0 पोर्ट नहीं है (1..=65535)
val-outside = { $value } { $min }..={ $max } से बाहर है
val-proxy-auth = उपयोगकर्ता नाम और पासवर्ड अधिकतम 255 बाइट के होते हैं
val-proxy-host = होस्ट नाम या पता चाहिए
val-stopped = 0 <= न्यूनतम <= अधिकतम <= 100 होना चाहिए
val-unknown-language = अज्ञात भाषा { $name }
val-unknown-profile = अज्ञात प्रोफ़ाइल { $name }

## view
view-dashboard = डैशबोर्ड
view-log = लॉग
view-monitoring = निगरानी
view-torrents = टॉरेंट

## viewer
viewer-connecting = कनेक्ट हो रहा है…
viewer-live = लाइव
viewer-live-polling = लाइव (हर 2 से. पर जाँच)
viewer-loading = dfakeseeder से कनेक्ट हो रहा है…
viewer-login-busy = लॉग इन हो रहा है…
viewer-login-failed = लॉग इन विफल (HTTP { $status })।
viewer-login-intro = dfakeseeder पूछता है कि आप कौन हैं: शुरू होते समय छापा गया टोकन, या उपयोगकर्ता नाम और पासवर्ड दर्ज करें।
viewer-login-password = पासवर्ड
viewer-login-password-mode = उपयोगकर्ता नाम और पासवर्ड
viewer-login-submit = लॉग इन करें
viewer-login-throttled = बहुत अधिक प्रयास: एक मिनट रुककर फिर से प्रयास करें।
viewer-login-title = dfakeseeder में लॉग इन करें
viewer-login-token = टोकन
viewer-login-token-mode = टोकन
viewer-login-unreachable = dfakeseeder ने उत्तर नहीं दिया: { $error }
viewer-login-username = उपयोगकर्ता नाम
viewer-login-wrong = गलत टोकन, उपयोगकर्ता नाम या पासवर्ड।
viewer-offline = ऑफ़लाइन: { $secs } से. से dfakeseeder से कोई उत्तर नहीं; प्रयास जारी है।
viewer-read-only = केवल-पढ़ने वाला दृश्य
viewer-reconnecting = फिर से कनेक्ट हो रहा है…

## web
settab-webui = वेब इंटरफ़ेस
set-webui-enabled = वेब API और व्यूअर उपलब्ध कराएँ
set-webui-localhost_only = केवल यह कंप्यूटर (127.0.0.1 पर सुनें)
set-webui-interface = वेब सर्वर का पता
set-webui-port = वेब सर्वर का पोर्ट
set-webui-auth_enabled = लॉगिन आवश्यक (टोकन या पासवर्ड)
set-webui-username = वेब उपयोगकर्ता नाम
set-webui-password_hash = नया वेब पासवर्ड
set-webui-token = API टोकन
set-webui-allow_control = वेब से नियंत्रण की अनुमति दें (जोड़ें, रोकें, हटाएँ)
set-webui-https_enabled = HTTPS का उपयोग करें
set-webui-https_cert_path = HTTPS प्रमाणपत्र (PEM फ़ाइल)
set-webui-https_key_path = HTTPS निजी कुंजी (PEM फ़ाइल)
set-webui-session_timeout_minutes = लॉगिन की अवधि
set-webui-ban_after_failures = असफल लॉगिन के बाद पते को रोकें
set-webui-allowed_hosts = अन्य होस्ट नाम (अल्पविराम से अलग)
opt-web-no-password = कोई पासवर्ड सेट नहीं
opt-web-password-set = पासवर्ड सेट है; बदलने के लिए टाइप करें
opt-web-token-new = लागू करने पर नया टोकन बनेगा
opt-web-rotate = नवीनीकृत करें
opt-web-rotate-tip = लागू करने पर नया यादृच्छिक टोकन; पुराना काम करना बंद कर देगा
val-web-needs-auth = आवश्यक जब सर्वर इस कंप्यूटर से बाहर सुनता है
val-web-choose-file = एक फ़ाइल चुनें
val-web-username = अधिकतम 255 वर्ण, कोई नियंत्रण वर्ण नहीं
val-web-host = { $text } होस्ट नाम नहीं है
ev-web-serving = वेब इंटरफ़ेस { $url } पर
ev-web-stopped = वेब इंटरफ़ेस बंद हुआ
notice-web-failed = वेब सर्वर नहीं चल रहा: { $why }
web-refused-no-auth = लॉगिन के बिना { $addr } पर सेवा नहीं: प्रमाणीकरण चालू करें या 127.0.0.1 पर सुनें
web-refused-no-credentials = लॉगिन आवश्यक है पर न टोकन है न पासवर्ड
web-bind-failed = { $addr } पर सुन नहीं सकते: { $error }
web-tls-read = { $path } पढ़ नहीं सकते: { $error }
web-tls-bad = { $path } HTTPS के लिए उपयोगी नहीं: { $error }
