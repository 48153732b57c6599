# Bengali: translated from en.ftl

## announce
announce-early-body = ট্র্যাকার আরও { $secs } সেকেন্ড অপেক্ষা করতে বলছে। আগে ঘোষণা করলে তা আপনার বিরুদ্ধে গণ্য হতে পারে।
announce-early-title = ট্র্যাকার অনুমতি দেওয়ার আগেই ঘোষণা করবেন?
announce-now = এখনই ঘোষণা করুন
announce-when-allowed = অনুমতি পেলে

## cell
cell-default-client = ডিফল্ট
cell-no = না
cell-none = নেই
cell-trackers-interval = ট্র্যাকারের
cell-yes = হ্যাঁ

## col
col-added_on = যোগ করা হয়েছে
col-announce_interval = ব্যবধান
col-client_profile = যে রূপে দেখায়
col-comment = মন্তব্য
col-completed_on = সম্পূর্ণ হয়েছে
col-created_by = যা দিয়ে তৈরি
col-creation_date = তৈরি হয়েছে
col-download_limit = ডাউনলোড সীমা
col-download_rate = ডাউনলোড গতি
col-download_speed = নির্ধারিত ডাউনলোড
col-eta = বাকি সময়
col-eta_threshold = সীমা পর্যন্ত সময়
col-id = #
col-label = লেবেল
col-leechers = পিয়ার
col-name = নাম
col-next_update = পরের ঘোষণা
col-piece_count = খণ্ড
col-piece_length = খণ্ডের আকার
col-private = ব্যক্তিগত
col-progress = অগ্রগতি
col-ratio = অনুপাত
col-seed_time = সিড সময়
col-seeders = সিড
col-session_downloaded = ডাউনলোড (সেশন)
col-session_uploaded = আপলোড (সেশন)
col-status = অবস্থা
col-threshold = সীমা
col-total_downloaded = ডাউনলোড হয়েছে
col-total_size = আকার
col-total_uploaded = আপলোড হয়েছে
col-tracker = ট্র্যাকার
col-upload_limit = আপলোড সীমা
col-upload_rate = আপলোড গতি
col-upload_speed = নির্ধারিত আপলোড

## common
common-cancel = বাতিল
common-dismiss = বন্ধ করুন
common-ok = ঠিক আছে

## dash
dash-active = সক্রিয়
dash-checking-error = যাচাই / ত্রুটি
dash-download = ডাউনলোড
dash-downloaded = ডাউনলোড হয়েছে (মোট)
dash-downloading = ডাউনলোড হচ্ছে
dash-paused = থামানো
dash-peers = পিয়ার
dash-ratio = অনুপাত
dash-seeding = সিড হচ্ছে
dash-torrents = টরেন্ট
dash-upload = আপলোড
dash-uploaded = আপলোড হয়েছে (মোট)

## day
day-fri = শুক্র
day-mon = সোম
day-sat = শনি
day-sun = রবি
day-thu = বৃহঃ
day-tue = মঙ্গল
day-wed = বুধ

## details
details-select = বিস্তারিত দেখতে একটি টরেন্ট বাছুন।
details-several = কয়েকটি টরেন্ট বাছাই করা আছে: বিস্তারিত দেখতে একটি বাছুন।

## dialog
dialog-add-title = টরেন্ট যোগ করুন
dialog-torrent-files = টরেন্ট ফাইল

## drop
drop-hint = যোগ করতে .torrent ফাইল এখানে ছাড়ুন
drop-ignored =
    { $count ->
        [one] { $count }টি ফাইল উপেক্ষা করা হয়েছে (.torrent নয়): { $names }
       *[other] { $count }টি ফাইল উপেক্ষা করা হয়েছে (.torrent নয়): { $names }
    }
drop-ignored-more = { $names } এবং আরও { $more }টি

## edit
edit-down-limit-tip = এই টরেন্টের ডাউনলোড সীমা, KiB/s (0 = নেই)
edit-down-speed-tip = অনুকৃত ডাউনলোড গতি, KiB/s (টানুন বা লিখুন)
edit-interval-tip = ঘোষণার ব্যবধান, সেকেন্ডে (0 = ট্র্যাকারের; তার ন্যূনতমের নিচে কখনও নয়)
edit-threshold-tip = যে অগ্রগতিতে আপলোড শুরু হয়
edit-up-limit-tip = এই টরেন্টের আপলোড সীমা, KiB/s (0 = নেই)
edit-up-speed-tip = অনুকৃত আপলোড গতি, KiB/s (টানুন বা লিখুন)

## ev
ev-added = যোগ হয়েছে: { $name }
ev-alt-off = বিকল্প গতিসীমা বন্ধ
ev-alt-off-schedule = বিকল্প গতিসীমা বন্ধ (সময়সূচি)
ev-alt-on = বিকল্প গতিসীমা চালু
ev-alt-on-schedule = বিকল্প গতিসীমা চালু (সময়সূচি)
ev-completed = সম্পূর্ণ: { $name }
ev-settings-exported = সেটিংস { $path }-এ রপ্তানি হয়েছে
ev-settings-imported = সেটিংস { $path } থেকে আমদানি হয়েছে
ev-settings-saved = সেটিংস সংরক্ষিত
ev-tracker-error = { $name }-এর ট্র্যাকার ত্রুটি: { $error }
ev-watch-added = নজর রাখা ফোল্ডার থেকে যোগ হয়েছে: { $name }

## file
file-dialog-failed = ফাইল ডায়ালগ খোলা গেল না: { $error }

## graph
graph-download = ডাউনলোড
graph-upload = আপলোড

## incoming
incoming-address = ঠিকানা
incoming-ago = { $time } আগে
incoming-client = ক্লায়েন্ট
incoming-connected = সংযুক্ত
incoming-empty = এই টরেন্টে কোনো পিয়ার সংযুক্ত নেই। আমরা যে ট্র্যাকারে ঘোষণা করি, পিয়াররা সেখান থেকে আমাদের খুঁজে পায়।
incoming-handshaking = হ্যান্ডশেক
incoming-last = শেষ বার্তা
incoming-messages = আসা / যাওয়া বার্তা
incoming-since = কখন থেকে
incoming-state = অবস্থা

## info
info-added-on = যোগ করা হয়েছে
info-bytes = { $size } ({ $bytes } বাইট)
info-comment = মন্তব্য
info-completed-on = সম্পূর্ণ হয়েছে
info-created-by = যা দিয়ে তৈরি
info-created-on = তৈরি হয়েছে
info-downloaded = ডাউনলোড হয়েছে (সেশন / মোট)
info-eta = সীমা পর্যন্ত / সম্পূর্ণ হওয়া পর্যন্ত
info-files = ফাইল
info-graph-empty = টরেন্ট চলার সময় গতির গ্রাফ ভরে ওঠে।
info-hash = ইনফো হ্যাশ
info-name = নাম
info-next-announce = পরের ঘোষণা
info-pieces = খণ্ড
info-private = ব্যক্তিগত
info-progress = অগ্রগতি
info-rates = আপলোড / ডাউনলোড হার
info-ratio = অনুপাত
info-seed-time = সিড সময়
info-set-speeds = নির্ধারিত গতি
info-status = অবস্থা
info-swarm = সিড / পিয়ার
info-total-size = মোট আকার
info-trackers-working = সচল ট্র্যাকার
info-uploaded = আপলোড হয়েছে (সেশন / মোট)
info-uploading-from = আপলোড শুরু
info-working = { $total }টির মধ্যে { $working }টি

## level
level-debug = ডিবাগ
level-error = ত্রুটি
level-info = তথ্য
level-warning = সতর্কতা

## log
log-added-restored = যোগ হয়েছে: { $name } (মোট ফেরত এসেছে)
log-empty = এই টরেন্টের জন্য এখনও কিছু লেখা হয়নি।
log-forced-complete = জোর করে সম্পূর্ণ: { $name }
log-ledger-failed = খতিয়ান সংরক্ষণ করা গেল না: { $error }
log-listening = পোর্ট { $port }-এ পিয়ারের অপেক্ষা
log-no-match = কোনো লগ লাইন মেলে না।
log-paused = থামানো হয়েছে: { $name }
log-pose-as =
    { $count ->
        [one] { $count }টি টরেন্ট এখন { $who } রূপে দেখায়
       *[other] { $count }টি টরেন্ট এখন { $who } রূপে দেখায়
    }
log-progress-set = অগ্রগতি { $percent } % করা হয়েছে: { $name }
log-recheck-done = যাচাই শেষ: { $name }
log-rechecking = যাচাই হচ্ছে: { $name }
log-removed = সরানো হয়েছে: { $name }
log-renamed = নাম বদলেছে: { $old } -> { $name }
log-resumed = আবার চালু: { $name }
log-seeding-profile = সিডিং প্রোফাইল: { $name }
log-selected-only = শুধু বাছাই করা টরেন্ট
log-show-from = এই স্তর থেকে দেখান:
log-trackers-changed = ট্র্যাকার বদলেছে: এখন { $count }টি
log-watching = { $path }-এ নজর রাখা হচ্ছে

## menu
menu-add-tracker = ট্র্যাকার যোগ করুন…
menu-announce = এখনই ঘোষণা করুন
menu-copy = কপি করুন
menu-copy-hash = ইনফো হ্যাশ
menu-copy-magnet = ম্যাগনেট লিংক
menu-copy-name = নাম
menu-copy-tracker = ট্র্যাকার URL
menu-default-client = ডিফল্ট ক্লায়েন্ট
menu-edit-tracker = সম্পাদনা
menu-force-complete = জোর করে সম্পূর্ণ করুন
menu-label = লেবেল দিন…
menu-pause = থামান
menu-pose-as = যে রূপে দেখাবে
menu-properties = বৈশিষ্ট্য
menu-queue = সারি
menu-queue-bottom = একদম নিচে
menu-queue-down = নিচে
menu-queue-top = একদম ওপরে
menu-queue-up = ওপরে
menu-random-progress = এলোমেলো অগ্রগতি
menu-recheck = জোর করে আবার যাচাই
menu-remove = সরান…
menu-remove-tracker = সরান
menu-remove-with-file = .torrent কপিসহ সরান…
menu-rename = নাম বদলান…
menu-reset-limits = কোনো সীমা নেই
menu-resume = আবার চালু করুন
menu-set-download-limit = ডাউনলোড সীমা দিন…
menu-set-upload-limit = আপলোড সীমা দিন…
menu-speed-limits = গতিসীমা
menu-trackers = ট্র্যাকার

## mon
mon-collecting = প্রথম নমুনা নেওয়া হচ্ছে…
mon-connections = সংযোগ
mon-counts = থ্রেড, ডেসক্রিপ্টর, টরেন্ট, সংযোগ
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = ডেসক্রিপ্টর
mon-every = প্রতি { $secs } সেকেন্ডে একটি নমুনা; নেটওয়ার্কের সংখ্যা এই যন্ত্রের সব ইন্টারফেসের।
mon-fds = ফাইল ডেসক্রিপ্টর
mon-in = আগত
mon-memory = মেমরি
mon-net-in = নেটওয়ার্ক আগত
mon-net-out = নেটওয়ার্ক বহির্গামী
mon-network = নেটওয়ার্ক
mon-out = বহির্গামী
mon-received = প্রাপ্ত (মোট)
mon-rss = মেমরি (RSS)
mon-rss-line = RSS
mon-sent = পাঠানো (মোট)
mon-threads = থ্রেড
mon-torrents = টরেন্ট

## notice
notice-already-added = { $file }: { $name } আগেই যোগ করা আছে
notice-cannot-listen = { $addr }-এ পিয়ারের অপেক্ষা করা যাচ্ছে না: { $error }
notice-cannot-watch = { $path }-এ নজর রাখা যাচ্ছে না: { $error }
notice-copy-failed = { $file }: কপি রাখা গেল না: { $error }
notice-error = ত্রুটি
notice-export-failed = সেটিংস { $path }-এ রপ্তানি করা গেল না: { $error }
notice-import-failed = { $path } থেকে সেটিংস আমদানি হয়নি: { $error }
notice-list-failed = টরেন্ট ফোল্ডারের তালিকা পাওয়া গেল না: { $error }
notice-not-loaded = লোড হয়নি: { $error }
notice-not-renamed = নাম বদলায়নি: নামে এক লাইনে 1 থেকে { $max } অক্ষর থাকতে হবে
notice-note = টীকা
notice-settings-failed = সেটিংস সংরক্ষণ করা গেল না: { $error }
notice-settings-refused = সেটিংস সংরক্ষিত হয়নি: { $why }
notice-unknown-profile = অজানা সিডিং প্রোফাইল { $name }
notice-warning = সতর্কতা
notice-watch-delete-failed = যোগ হয়েছে, কিন্তু { $path } মোছা গেল না: { $error }

## opt
opt-bottom-centre = নিচে মাঝখানে
opt-bottom-left = নিচে বাঁয়ে
opt-bottom-right = নিচে ডানে
opt-close-ask = টরেন্ট চলার সময় জিজ্ঞাসা করুন
opt-close-minimize = ছোট করুন এবং সিডিং চালিয়ে যান (Ctrl+Q প্রস্থান করে)
opt-close-quit = প্রস্থান
opt-comfortable = খোলামেলা
opt-compact = ঘন
opt-dark = গাঢ়
opt-every-n-minutes = প্রতি N মিনিটে
opt-every-step = প্রতি ধাপে
opt-folder-hint = /ফোল্ডারের/পথ
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui এখনও এই লিপি পুরোপুরি সাজাতে পারে না: ডান থেকে বাঁয়ে লেখা বাঁ থেকে ডানে, জোড়া না লাগা অক্ষরে দেখায়, আর ভারতীয় লিপির যুক্তাক্ষর তৈরি হয় না। অনুবাদ সম্পূর্ণ; আকৃতিগুলো egui-এর সীমাবদ্ধতা।
opt-light = হালকা
opt-log-normal = লগ-নর্মাল
opt-none = নেই
opt-off = বন্ধ
opt-on-announce = প্রতি ঘোষণায়
opt-pareto = প্যারেটো
opt-power-law = ঘাত সূত্র
opt-random = এলোমেলো
opt-random-tip = 49152..=65535-এর মধ্যে একটি পোর্ট
opt-socks5 = SOCKS5
opt-system = সিস্টেমের মতো
opt-system-language = সিস্টেমের ভাষা
opt-top-centre = ওপরে মাঝখানে
opt-top-left = ওপরে বাঁয়ে
opt-top-right = ওপরে ডানে

## options
options-apply-label = লেবেল প্রয়োগ করুন
options-apply-name = নাম প্রয়োগ করুন
options-label = লেবেল
options-name = নাম
options-read-only = শুধু পড়ার জন্য: বিকল্পগুলো অ্যাপে বদলানো হয়।
options-running = চলছে

## peers
peers-address = ঠিকানা
peers-client = ক্লায়েন্ট
peers-empty = এখনও কোনো পিয়ার নেই: কোনো ট্র্যাকার ঘোষণার উত্তরে পিয়ার পাঠালে দেখা যাবে।
peers-from = ট্র্যাকার থেকে

## profile
profile-aggressive = আক্রমণাত্মক
profile-balanced = ভারসাম্যপূর্ণ
profile-conservative = সাবধানী
profile-custom = নিজস্ব

## prompt
prompt-add-tracker = ট্র্যাকার URL যোগ করুন
prompt-bad-url = ট্র্যাকার URL http://, https:// বা udp:// দিয়ে শুরু হয়
prompt-down-limit = ডাউনলোড সীমা (KiB/s, 0 = নেই)
prompt-edit-tracker = ট্র্যাকার URL সম্পাদনা
prompt-empty-name = নাম ফাঁকা রাখা যাবে না
prompt-label = লেবেল দিন
prompt-not-a-number = { $text } KiB/s-এর পূর্ণসংখ্যা নয় (0 = নেই)
prompt-rename = টরেন্টের নাম বদলান
prompt-up-limit = আপলোড সীমা (KiB/s, 0 = নেই)
quit-body = { $count ->
        [one] একটি টরেন্ট চলছে।
       *[other] { $count }টি টরেন্ট চলছে।
    } তাদের ট্র্যাকারদের জানানো হবে যে সেগুলি থেমেছে।
quit-minimize = এর বদলে ছোট করুন
quit-quit = প্রস্থান
quit-title = dfakeseeder থেকে প্রস্থান করবেন?

## remove
remove-also-file = কপি করা .torrent ফাইলও মুছুন
remove-title =
    { $count ->
        [one] { $count }টি টরেন্ট সরাবেন?
       *[other] { $count }টি টরেন্ট সরাবেন?
    }
remove-yes = হ্যাঁ, সরান

## search
search-hint = নামের অংশ
search-label = খুঁজুন:

## set
set-bittorrent-announce_interval_seconds = ঘোষণার ব্যবধান (0 = ট্র্যাকারের)
set-bittorrent-numwant = চাওয়া পিয়ারের সংখ্যা (0 = ক্লায়েন্টের মতো)
set-bittorrent-scrape_interval_seconds = স্ক্রেপ ব্যবধান (পরের স্ক্রেপ থেকে)
set-client_profile = যে রূপে দেখাবে (আবার চালু করলে)
set-close_action = উইন্ডো বন্ধ করলে
set-connection-listening_port = শোনার পোর্ট (আবার চালু করলে)
set-connection-max_global_connections = সর্বোচ্চ পিয়ার সংযোগ (আবার চালু করলে)
set-connection-max_per_torrent = প্রতি টরেন্টে সর্বোচ্চ (আবার চালু করলে)
set-download_speed = নতুন টরেন্টের ডাউনলোড গতি
set-language = ভাষা
set-logging-level = লগ ফাইল: লেখা সবচেয়ে কম গুরুত্বের লাইন
set-logging-log_to_file = লগ ফাইল লিখুন (কনফিগ ফোল্ডারে logs/dfakeseeder.log)
set-logging-max_files = লগ ফাইল: রাখা পুরোনো ফাইল
set-logging-max_size_mb = লগ ফাইল: নতুন ফাইল শুরু হবে
set-notification_settings-desktop_notifications = ডেস্কটপেও (সম্পূর্ণ, সতর্কতা, ত্রুটি)
set-notification_settings-enabled = বিজ্ঞপ্তি দেখান
set-notification_settings-error_timeout_ms = ত্রুটি থাকবে
set-notification_settings-info_timeout_ms = তথ্য থাকবে (0 = বন্ধ না করা পর্যন্ত)
set-notification_settings-max_visible = পর্দায় সর্বোচ্চ
set-notification_settings-position = কোথায়
set-notification_settings-show_in_statusbar = স্ট্যাটাস বারে সর্বশেষ ঘটনা
set-notification_settings-success_timeout_ms = সাফল্য থাকবে
set-notification_settings-warning_timeout_ms = সতর্কতা থাকবে
set-peer_protocol-handshake_timeout_seconds = হ্যান্ডশেকের সময়সীমা (নতুন সংযোগ)
set-peer_protocol-keep_alive_interval_seconds = কিপ-অ্যালাইভ প্রতি (নতুন সংযোগ)
set-peer_protocol-message_read_timeout_seconds = চুপ থাকা পিয়ার বিচ্ছিন্ন হবে (নতুন সংযোগ)
set-performance-network_interface = এই ঠিকানায় পিয়ার শুনুন (আবার চালু করলে; ফাঁকা = সব)
set-proxy-auth_enabled = প্রক্সির ব্যবহারকারী নাম ও পাসওয়ার্ড লাগে
set-proxy-password = প্রক্সি পাসওয়ার্ড
set-proxy-port = প্রক্সি পোর্ট
set-proxy-server = প্রক্সি হোস্ট
set-proxy-type = ট্র্যাকার ট্রাফিকের প্রক্সি
set-proxy-username = প্রক্সি ব্যবহারকারী নাম
set-remember_window_size = উইন্ডোর আকার ও অবস্থান মনে রাখুন (আবার চালু করলে)
set-scheduler-days = এই দিনগুলোতে
set-scheduler-enabled = সময়সূচি অনুযায়ী বিকল্প সীমায় যান
set-scheduler-end_hour = পর্যন্ত (শুরুর আগে হলে: পরদিন)
set-scheduler-start_hour = থেকে
set-seeding_profile = সিডিং প্রোফাইল
set-speed-alt_download_limit_kbps = বিকল্প ডাউনলোড সীমা
set-speed-alt_upload_limit_kbps = বিকল্প আপলোড সীমা
set-speed-download_limit_kbps = সামগ্রিক ডাউনলোড সীমা (0 = নেই)
set-speed-enable_alternative_speeds = এখন বিকল্প সীমা ব্যবহার করুন
set-speed-upload_limit_kbps = সামগ্রিক আপলোড সীমা (0 = নেই)
set-speed_distribution-download-algorithm = ডাউনলোড গতি ভাগ করুন
set-speed_distribution-download-custom_interval_minutes = ডাউনলোড: প্রতি N মিনিটে
set-speed_distribution-download-redistribution_mode = ডাউনলোড আবার ভাগ করুন
set-speed_distribution-download-spread_percentage = ডাউনলোড বিস্তার
set-speed_distribution-download-stopped_max_percentage = ডাউনলোড: থামানো টরেন্ট, সর্বোচ্চ
set-speed_distribution-download-stopped_min_percentage = ডাউনলোড: থামানো টরেন্ট, সর্বনিম্ন
set-speed_distribution-upload-algorithm = আপলোড গতি ভাগ করুন
set-speed_distribution-upload-custom_interval_minutes = আপলোড: প্রতি N মিনিটে
set-speed_distribution-upload-redistribution_mode = আপলোড আবার ভাগ করুন
set-speed_distribution-upload-spread_percentage = আপলোড বিস্তার
set-speed_distribution-upload-stopped_max_percentage = আপলোড: থামানো টরেন্ট, সর্বোচ্চ
set-speed_distribution-upload-stopped_min_percentage = আপলোড: থামানো টরেন্ট, সর্বনিম্ন
set-start_minimized = ছোট করে শুরু করুন (আবার চালু করলে)
set-storage-ledger_interval_seconds = হিসাব সংরক্ষণ প্রতি (আবার চালু করলে)
set-threshold = নতুন টরেন্ট আপলোড শুরু করে
set-tickspeed = সিমুলেশন ধাপ
set-ui_settings-color_scheme = রং
set-ui_settings-density = ঘনত্ব
set-ui_settings-monitoring_refresh_interval = পর্যবেক্ষণ নমুনা প্রতি
set-upload_speed = নতুন টরেন্টের আপলোড গতি
set-watch_folder-delete_added_torrents = যোগ করার পর .torrent ফাইল মুছুন
set-watch_folder-enabled = নজর রাখা ফোল্ডার থেকে টরেন্ট যোগ করুন
set-watch_folder-path = নজর রাখা ফোল্ডার

## settab
settab-advanced = উন্নত
settab-bittorrent = BitTorrent
settab-connection = সংযোগ
settab-general = সাধারণ
settab-notifications = বিজ্ঞপ্তি
settab-peer-protocol = পিয়ার প্রোটোকল
settab-speed = গতি

## settings
settings-apply = প্রয়োগ করুন
settings-discard = পরিবর্তন বাদ দিন
settings-export = সেটিংস রপ্তানি…
settings-import = সেটিংস আমদানি…
settings-keep-editing = সম্পাদনা চালিয়ে যান
settings-no-match = কোনো সেটিং মেলে না।
settings-reset-all = সব সেটিংস ডিফল্টে
settings-reset-all-tip = প্রতিটি সেটিং ডিফল্টে ফিরবে (রাখতে প্রয়োগ করুন)
settings-reset-tab = ট্যাব রিসেট করুন
settings-reset-tip = এই ট্যাবের সেটিংস ডিফল্টে ফিরবে (রাখতে প্রয়োগ করুন)
settings-save = সংরক্ষণ
settings-search-hint = কোনো সেটিংয়ের নাম বা কী
settings-title = সেটিংস
settings-unsaved = কিছু সেটিং বদলানো হয়েছে কিন্তু প্রয়োগ হয়নি।

## sidebar
sidebar-clear = ফিল্টার মুছুন
sidebar-showing = দেখানো হচ্ছে: { $what } ({ $total }টির মধ্যে { $shown }টি)
sidebar-states = অবস্থা
sidebar-tracker-errors = ট্র্যাকার ত্রুটি:
sidebar-trackers = ট্র্যাকার

## state
state-active = সক্রিয়
state-all = সব
state-checking = যাচাই হচ্ছে
state-downloading = ডাউনলোড হচ্ছে
state-error = ত্রুটি
state-paused = থামানো
state-seeding = সিড হচ্ছে
state-trackerless = ট্র্যাকার ছাড়া

## status
status-alt-off = বিকল্প গতি: বন্ধ
status-alt-on = বিকল্প গতি: চালু
status-alt-tip = বিকল্প সীমা চালু বা বন্ধ করতে ক্লিক করুন
status-checking = যাচাই হচ্ছে
status-down = ডাউন { $rate }
status-down-tip = ডাউনলোড হার, সব টরেন্ট
status-downloading = ডাউনলোড হচ্ছে
status-error = ত্রুটি: { $reason }
status-limits = এখনকার সীমা: আপ { $up }, ডাউন { $down }
status-not-listening = পিয়ারের অপেক্ষা করছে না
status-paused = থামানো
status-peers = পিয়ার { $now } / { $max }
status-peers-tip = এখন আমাদের সঙ্গে যুক্ত পিয়ার / সর্বোচ্চ
status-port = পোর্ট { $port }
status-seeding = সিড হচ্ছে
status-session = সেশন: আপ { $up }, ডাউন { $down }
status-torrents =
    { $selected ->
        [0] { $count }টি টরেন্ট
       *[other] { $count }টি টরেন্ট, { $selected }টি বাছাই করা
    }
status-total = মোট: আপ { $up }, ডাউন { $down }
status-unlimited = সীমাহীন
status-up = আপ { $rate }
status-up-tip = আপলোড হার, সব টরেন্ট

## tab
tab-details = বিস্তারিত
tab-files = ফাইল
tab-incoming = আগত
tab-log = টরেন্ট লগ
tab-options = বিকল্প
tab-peers = পিয়ার
tab-status = অবস্থা
tab-trackers = ট্র্যাকার

## table
table-columns = কলাম
table-default-columns = ডিফল্ট কলাম
table-empty = .torrent ফাইল এখানে ছাড়ুন বা যোগ করুন চাপুন (Ctrl+O)
table-empty-viewer = কোনো টরেন্ট নেই

## toolbar
toolbar-add = যোগ করুন
toolbar-add-tip = .torrent ফাইল যোগ করুন (Ctrl+O)
toolbar-announce = ঘোষণা
toolbar-announce-tip = বাছাই করা টরেন্টগুলো এখনই তাদের ট্র্যাকারে ঘোষণা করুন (Ctrl+R)
toolbar-down-double = ডাউন ×2
toolbar-down-double-tip = বাছাইয়ের ডাউনলোড গতি দ্বিগুণ করুন
toolbar-down-half = ডাউন ÷2
toolbar-down-half-tip = বাছাইয়ের ডাউনলোড গতি অর্ধেক করুন
toolbar-pause = থামান
toolbar-pause-all = সব থামান
toolbar-pause-all-tip = প্রতিটি টরেন্ট থামান
toolbar-pause-tip = বাছাই করা টরেন্ট থামান (Space দিয়ে বদলান)
toolbar-queue-down = সারিতে নিচে
toolbar-queue-down-tip = বাছাই করা টরেন্ট সারিতে নিচে নিন (Alt+Down)
toolbar-queue-up = সারিতে ওপরে
toolbar-queue-up-tip = বাছাই করা টরেন্ট সারিতে ওপরে নিন (Alt+Up)
toolbar-remove = সরান
toolbar-remove-tip = বাছাই করা টরেন্ট সরান (Delete)
toolbar-resume = আবার চালু করুন
toolbar-resume-all = সব আবার চালু করুন
toolbar-resume-all-tip = প্রতিটি টরেন্ট আবার চালু করুন
toolbar-resume-tip = বাছাই করা টরেন্ট আবার চালু করুন (Space দিয়ে বদলান)
toolbar-search = খুঁজুন
toolbar-search-tip = নাম দিয়ে টরেন্ট খুঁজুন (Ctrl+F)
toolbar-select-first = আগে টরেন্ট বাছুন (ক্লিক, Ctrl+ক্লিক, Shift+ক্লিক, Ctrl+A)
toolbar-settings = সেটিংস
toolbar-settings-tip = সেটিংস খুলুন (Ctrl+,)
toolbar-up-double = আপ ×2
toolbar-up-double-tip = বাছাইয়ের আপলোড গতি দ্বিগুণ করুন
toolbar-up-half = আপ ÷2
toolbar-up-half-tip = বাছাইয়ের আপলোড গতি অর্ধেক করুন

## tracker
tracker-error = ত্রুটি
tracker-not-contacted = যোগাযোগ হয়নি
tracker-standby = অপেক্ষমাণ
tracker-updating = হালনাগাদ হচ্ছে…
tracker-working = সচল

## trackers
trackers-ago = { $time } আগে
trackers-default-client = ডিফল্ট ({ $name })
trackers-downloaded = ডাউনলোড হয়েছে
trackers-floor = ট্র্যাকারের ন্যূনতম ব্যবধানের ({ $secs } সেকেন্ড) নিচে কখনও নয়
trackers-floor-unknown = কোনো ট্র্যাকারের ন্যূনতম ব্যবধানের নিচে কখনও নয়
trackers-in = { $time } পরে
trackers-interval = ব্যবধান
trackers-interval-label = ঘোষণার ব্যবধান:
trackers-last = শেষ ঘোষণা
trackers-leechers = লিচার
trackers-message = বার্তা
trackers-next = পরের ঘোষণা
trackers-none = এই টরেন্টের কোনো ট্র্যাকার নেই।
trackers-own = আমার নিজের
trackers-peers = পিয়ার
trackers-poses-as = এই ক্লায়েন্টের রূপে দেখায়
trackers-seeds = সিড
trackers-status = অবস্থা
trackers-theirs = ট্র্যাকারের
trackers-tier = স্তর
trackers-url = URL

## val
val-choose-folder = নজর রাখার জন্য একটি ফোল্ডার বাছুন
val-empty-window = সময়সীমা যেখানে শুরু সেখানেই শেষ (ফাঁকা হবে)
val-hours = ঘণ্টা 0..=23 আর মিনিট 0..=59
val-no-folder = { $path } কোনো বিদ্যমান ফোল্ডার নয়
val-not-an-address = { $text } কোনো IP ঠিকানা নয়
val-not-port = 0 কোনো পোর্ট নয় (1..=65535)
val-outside = { $value } { $min }..={ $max }-এর বাইরে
val-proxy-auth = ব্যবহারকারী নাম ও পাসওয়ার্ড সর্বোচ্চ 255 বাইট
val-proxy-host = হোস্টের নাম বা ঠিকানা লাগবে
val-stopped = 0 <= সর্বনিম্ন <= সর্বোচ্চ <= 100 হতে হবে
val-unknown-language = অজানা ভাষা { $name }
val-unknown-profile = অজানা প্রোফাইল { $name }

## view
view-dashboard = ড্যাশবোর্ড
view-log = লগ
view-monitoring = পর্যবেক্ষণ
view-torrents = টরেন্ট

## viewer
viewer-connecting = সংযোগ হচ্ছে…
viewer-live = সরাসরি
viewer-live-polling = সরাসরি (প্রতি ২ সে. পরপর যাচাই)
viewer-loading = dfakeseeder-এর সঙ্গে সংযোগ হচ্ছে…
viewer-login-busy = লগ ইন হচ্ছে…
viewer-login-failed = লগ ইন ব্যর্থ (HTTP { $status })।
viewer-login-intro = dfakeseeder জানতে চায় আপনি কে: শুরুতে ছাপানো টোকেন, অথবা ব্যবহারকারীর নাম ও পাসওয়ার্ড দিন।
viewer-login-password = পাসওয়ার্ড
viewer-login-password-mode = ব্যবহারকারীর নাম ও পাসওয়ার্ড
viewer-login-submit = লগ ইন
viewer-login-throttled = অনেকবার চেষ্টা হয়েছে: এক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
viewer-login-title = dfakeseeder-এ লগ ইন করুন
viewer-login-token = টোকেন
viewer-login-token-mode = টোকেন
viewer-login-unreachable = dfakeseeder সাড়া দেয়নি: { $error }
viewer-login-username = ব্যবহারকারীর নাম
viewer-login-wrong = ভুল টোকেন, ব্যবহারকারীর নাম বা পাসওয়ার্ড।
viewer-offline = অফলাইন: { $secs } সে. ধরে dfakeseeder থেকে কোনো সাড়া নেই; চেষ্টা চলছে।
viewer-read-only = শুধু দেখার দৃশ্য
viewer-reconnecting = আবার সংযোগ হচ্ছে…

## web
settab-webui = ওয়েব ইন্টারফেস
set-webui-enabled = ওয়েব API ও ভিউয়ার পরিবেশন করুন
set-webui-localhost_only = শুধু এই কম্পিউটার (127.0.0.1-এ শুনুন)
set-webui-interface = ওয়েব সার্ভারের ঠিকানা
set-webui-port = ওয়েব সার্ভারের পোর্ট
set-webui-auth_enabled = লগইন আবশ্যক (টোকেন বা পাসওয়ার্ড)
set-webui-username = ওয়েব ব্যবহারকারীর নাম
set-webui-password_hash = নতুন ওয়েব পাসওয়ার্ড
set-webui-token = API টোকেন
set-webui-allow_control = ওয়েব থেকে নিয়ন্ত্রণের অনুমতি দিন (যোগ, বিরতি, সরানো)
set-webui-https_enabled = HTTPS ব্যবহার করুন
set-webui-https_cert_path = HTTPS সনদ (PEM ফাইল)
set-webui-https_key_path = HTTPS ব্যক্তিগত কী (PEM ফাইল)
set-webui-session_timeout_minutes = লগইনের মেয়াদ
set-webui-ban_after_failures = ব্যর্থ লগইনের পর ঠিকানা আটকান
set-webui-allowed_hosts = অন্যান্য হোস্ট নাম (কমা দিয়ে আলাদা)
opt-web-no-password = কোনো পাসওয়ার্ড নেই
opt-web-password-set = পাসওয়ার্ড সেট আছে; বদলাতে টাইপ করুন
opt-web-token-new = প্রয়োগ করলে নতুন টোকেন তৈরি হবে
opt-web-rotate = নবায়ন
opt-web-rotate-tip = প্রয়োগ করলে নতুন এলোমেলো টোকেন; পুরোনোটি আর কাজ করবে না
val-web-needs-auth = প্রয়োজন যখন সার্ভার এই কম্পিউটারের বাইরে শোনে
val-web-choose-file = একটি ফাইল বেছে নিন
val-web-username = সর্বোচ্চ 255 অক্ষর, কোনো নিয়ন্ত্রণ অক্ষর নয়
val-web-host = { $text } হোস্ট নাম নয়
ev-web-serving = ওয়েব ইন্টারফেস { $url }-এ
ev-web-stopped = ওয়েব ইন্টারফেস বন্ধ হয়েছে
notice-web-failed = ওয়েব সার্ভার চলছে না: { $why }
web-refused-no-auth = লগইন ছাড়া { $addr }-এ পরিবেশন নয়: প্রমাণীকরণ চালু করুন বা 127.0.0.1-এ শুনুন
web-refused-no-credentials = লগইন আবশ্যক কিন্তু টোকেন বা পাসওয়ার্ড কোনোটিই নেই
web-bind-failed = { $addr }-এ শোনা যাচ্ছে না: { $error }
web-tls-read = { $path } পড়া যাচ্ছে না: { $error }
web-tls-bad = { $path } HTTPS-এর জন্য ব্যবহারযোগ্য নয়: { $error }
