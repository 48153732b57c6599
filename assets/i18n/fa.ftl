# Persian: translated from en.ftl

## announce
announce-early-body = ردیاب می‌خواهد { $secs } ثانیهٔ دیگر صبر کنید. اعلام زودتر ممکن است به ضرر شما حساب شود.
announce-early-title = پیش از اجازهٔ ردیاب اعلام شود؟
announce-now = همین حالا اعلام کن
announce-when-allowed = وقتی اجازه داد

## cell
cell-default-client = پیش‌فرض
cell-no = خیر
cell-none = هیچ
cell-trackers-interval = مقدار ردیاب
cell-yes = بله

## col
col-added_on = زمان افزودن
col-announce_interval = فاصله
col-client_profile = خود را جا می‌زند به‌جای
col-comment = توضیح
col-completed_on = زمان تکمیل
col-created_by = ساخته‌شده با
col-creation_date = زمان ساخت
col-download_limit = سقف دریافت
col-download_rate = سرعت دریافت
col-download_speed = دریافت تنظیم‌شده
col-eta = زمان مانده
col-eta_threshold = زمان تا آستانه
col-id = #
col-label = برچسب
col-leechers = همتاها
col-name = نام
col-next_update = اعلام بعدی
col-piece_count = قطعه‌ها
col-piece_length = اندازهٔ قطعه
col-private = خصوصی
col-progress = پیشرفت
col-ratio = نسبت
col-seed_time = زمان بذرپاشی
col-seeders = بذرها
col-session_downloaded = دریافت‌شده (نشست)
col-session_uploaded = ارسال‌شده (نشست)
col-status = وضعیت
col-threshold = آستانه
col-total_downloaded = دریافت‌شده
col-total_size = اندازه
col-total_uploaded = ارسال‌شده
col-tracker = ردیاب
col-upload_limit = سقف ارسال
col-upload_rate = سرعت ارسال
col-upload_speed = ارسال تنظیم‌شده

## common
common-cancel = لغو
common-dismiss = بستن
common-ok = تأیید

## dash
dash-active = فعال
dash-checking-error = بررسی / خطا
dash-download = دریافت
dash-downloaded = دریافت‌شده (کل)
dash-downloading = در حال دریافت
dash-paused = مکث‌شده
dash-peers = همتاها
dash-ratio = نسبت
dash-seeding = در حال بذرپاشی
dash-torrents = تورنت‌ها
dash-upload = ارسال
dash-uploaded = ارسال‌شده (کل)

## day
day-fri = جمعه
day-mon = دوشنبه
day-sat = شنبه
day-sun = یکشنبه
day-thu = پنجشنبه
day-tue = سه‌شنبه
day-wed = چهارشنبه

## details
details-select = برای دیدن جزئیات یک تورنت را انتخاب کنید.
details-several = چند تورنت انتخاب شده است: برای دیدن جزئیات فقط یکی را انتخاب کنید.

## dialog
dialog-add-title = افزودن تورنت
dialog-torrent-files = پرونده‌های تورنت

## drop
drop-hint = پرونده‌های .torrent را رها کنید تا افزوده شوند
drop-ignored =
    { $count ->
        [one] { $count } پرونده نادیده گرفته شد (.torrent نیست): { $names }
       *[other] { $count } پرونده نادیده گرفته شد (.torrent نیستند): { $names }
    }
drop-ignored-more = { $names } و { $more } مورد دیگر

## edit
edit-down-limit-tip = سقف دریافت این تورنت، KiB/s (0 = بدون سقف)
edit-down-speed-tip = سرعت دریافت شبیه‌سازی‌شده، KiB/s (بکشید یا بنویسید)
edit-interval-tip = فاصلهٔ اعلام به ثانیه (0 = مقدار ردیاب؛ هرگز کمتر از کمینهٔ آن)
edit-threshold-tip = پیشرفتی که ارسال از آن آغاز می‌شود
edit-up-limit-tip = سقف ارسال این تورنت، KiB/s (0 = بدون سقف)
edit-up-speed-tip = سرعت ارسال شبیه‌سازی‌شده، KiB/s (بکشید یا بنویسید)

## ev
ev-added = افزوده شد: { $name }
ev-alt-off = محدودیت‌های سرعت جایگزین خاموش شد
ev-alt-off-schedule = محدودیت‌های سرعت جایگزین خاموش شد (زمان‌بندی)
ev-alt-on = محدودیت‌های سرعت جایگزین روشن شد
ev-alt-on-schedule = محدودیت‌های سرعت جایگزین روشن (زمان‌بندی)
ev-completed = تکمیل شد: { $name }
ev-settings-exported = تنظیمات به { $path } صادر شد
ev-settings-imported = تنظیمات از { $path } وارد شد
ev-settings-saved = تنظیمات ذخیره شد
ev-tracker-error = خطای ردیاب برای { $name }: { $error }
ev-watch-added = از پوشهٔ پایش‌شده افزوده شد: { $name }

## file
file-dialog-failed = پنجرهٔ پرونده‌ها باز نشد: { $error }

## graph
graph-download = دریافت
graph-upload = ارسال

## incoming
incoming-address = نشانی
incoming-ago = { $time } پیش
incoming-client = کلاینت
incoming-connected = وصل
incoming-empty = هیچ همتایی به این تورنت وصل نیست. همتاها ما را از راه ردیاب‌هایی که به آن‌ها اعلام می‌کنیم پیدا می‌کنند.
incoming-handshaking = دست‌دادن
incoming-last = آخرین پیام
incoming-messages = پیام‌های دریافتی / ارسالی
incoming-since = از
incoming-state = وضعیت

## info
info-added-on = زمان افزودن
info-bytes = { $size } ({ $bytes } بایت)
info-comment = توضیح
info-completed-on = زمان تکمیل
info-created-by = ساخته‌شده با
info-created-on = زمان ساخت
info-downloaded = دریافت‌شده (نشست / کل)
info-eta = زمان تا آستانه / تا تکمیل
info-files = پرونده‌ها
info-graph-empty = نمودار سرعت هنگام اجرای تورنت پر می‌شود.
info-hash = هش اطلاعات
info-name = نام
info-next-announce = اعلام بعدی
info-pieces = قطعه‌ها
info-private = خصوصی
info-progress = پیشرفت
info-rates = سرعت ارسال / دریافت
info-ratio = نسبت
info-seed-time = زمان بذرپاشی
info-set-speeds = سرعت‌های تنظیم‌شده
info-status = وضعیت
info-swarm = بذرها / همتاها
info-total-size = اندازهٔ کل
info-trackers-working = ردیاب‌های فعال
info-uploaded = ارسال‌شده (نشست / کل)
info-uploading-from = ارسال از
info-working = { $working } از { $total }

## level
level-debug = اشکال‌زدایی
level-error = خطا
level-info = اطلاع
level-warning = هشدار

## log
log-added-restored = افزوده شد: { $name } (جمع‌ها بازگردانده شد)
log-empty = هنوز چیزی برای این تورنت ثبت نشده است.
log-forced-complete = اجباراً تکمیل شد: { $name }
log-ledger-failed = دفتر حساب ذخیره نشد: { $error }
log-listening = گوش دادن به همتاها روی درگاه { $port }
log-no-match = هیچ سطری از گزارش مطابقت ندارد.
log-paused = مکث شد: { $name }
log-pose-as =
    { $count ->
        [one] { $count } تورنت اکنون خود را { $who } جا می‌زند
       *[other] { $count } تورنت اکنون خود را { $who } جا می‌زنند
    }
log-progress-set = پیشرفت روی { $percent } % تنظیم شد: { $name }
log-recheck-done = بررسی تمام شد: { $name }
log-rechecking = در حال بررسی: { $name }
log-removed = حذف شد: { $name }
log-renamed = تغییر نام: { $old } -> { $name }
log-resumed = ادامه یافت: { $name }
log-seeding-profile = نمایهٔ بذرپاشی: { $name }
log-selected-only = فقط تورنت‌های انتخاب‌شده
log-show-from = نمایش از سطح:
log-trackers-changed = ردیاب‌ها تغییر کرد: اکنون { $count }
log-watching = در حال پایش { $path }

## menu
menu-add-tracker = افزودن ردیاب…
menu-announce = همین حالا اعلام کن
menu-copy = رونوشت
menu-copy-hash = هش اطلاعات
menu-copy-magnet = پیوند مگنت
menu-copy-name = نام
menu-copy-tracker = نشانی ردیاب
menu-default-client = کلاینت پیش‌فرض
menu-edit-tracker = ویرایش
menu-force-complete = تکمیل اجباری
menu-label = تنظیم برچسب…
menu-pause = مکث
menu-pose-as = جا زدن به‌جای
menu-properties = ویژگی‌ها
menu-queue = صف
menu-queue-bottom = به انتها
menu-queue-down = پایین
menu-queue-top = به ابتدا
menu-queue-up = بالا
menu-random-progress = پیشرفت تصادفی
menu-recheck = بررسی دوبارهٔ اجباری
menu-remove = حذف…
menu-remove-tracker = حذف
menu-remove-with-file = حذف همراه رونوشت .torrent…
menu-rename = تغییر نام…
menu-reset-limits = بدون سقف
menu-resume = ادامه
menu-set-download-limit = تنظیم سقف دریافت…
menu-set-upload-limit = تنظیم سقف ارسال…
menu-speed-limits = محدودیت‌های سرعت
menu-trackers = ردیاب‌ها

## mon
mon-collecting = در حال گرفتن نخستین نمونه…
mon-connections = اتصال‌ها
mon-counts = رشته‌ها، توصیفگرها، تورنت‌ها، اتصال‌ها
mon-cpu = پردازنده
mon-cpu-graph = پردازنده %
mon-descriptors = توصیفگرها
mon-every = هر { $secs } ثانیه یک نمونه؛ ارقام شبکه همهٔ رابط‌های این دستگاه را در بر می‌گیرد.
mon-fds = توصیفگرهای پرونده
mon-in = ورودی
mon-memory = حافظه
mon-net-in = شبکهٔ ورودی
mon-net-out = شبکهٔ خروجی
mon-network = شبکه
mon-out = خروجی
mon-received = دریافت‌شده (کل)
mon-rss = حافظه (RSS)
mon-rss-line = RSS
mon-sent = فرستاده‌شده (کل)
mon-threads = رشته‌ها
mon-torrents = تورنت‌ها

## notice
notice-already-added = { $file }: { $name } از پیش افزوده شده است
notice-cannot-listen = گوش دادن به همتاها روی { $addr } ممکن نیست: { $error }
notice-cannot-watch = پایش { $path } ممکن نیست: { $error }
notice-copy-failed = { $file }: نگه‌داشتن رونوشت ممکن نشد: { $error }
notice-error = خطا
notice-export-failed = صدور تنظیمات به { $path } ممکن نشد: { $error }
notice-import-failed = تنظیمات از { $path } وارد نشد: { $error }
notice-list-failed = فهرست پوشهٔ تورنت‌ها خوانده نشد: { $error }
notice-not-loaded = بارگذاری نشد: { $error }
notice-not-renamed = نام تغییر نکرد: نام باید 1 تا { $max } نویسه در یک سطر باشد
notice-note = یادداشت
notice-settings-failed = تنظیمات ذخیره نشد: { $error }
notice-settings-refused = تنظیمات ذخیره نشد: { $why }
notice-unknown-profile = نمایهٔ بذرپاشی ناشناخته { $name }
notice-warning = هشدار
notice-watch-delete-failed = افزوده شد، اما { $path } حذف نشد: { $error }

## opt
opt-bottom-centre = پایین وسط
opt-bottom-left = پایین چپ
opt-bottom-right = پایین راست
opt-close-ask = تا وقتی تورنت‌ها در حال اجرا هستند بپرس
opt-close-minimize = کوچک کن و به اشتراک‌گذاری ادامه بده (Ctrl+Q خروج)
opt-close-quit = خروج
opt-comfortable = راحت
opt-compact = فشرده
opt-dark = تیره
opt-every-n-minutes = هر N دقیقه
opt-every-step = در هر گام
opt-folder-hint = /مسیر/پوشه
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui هنوز نمی‌تواند این خط را کامل بچیند: متن راست‌به‌چپ چپ‌به‌راست و با حروف جدا نشان داده می‌شود و حروف ترکیبی هندی ساخته نمی‌شوند. ترجمه کامل است؛ شکل‌ها محدودیت egui است.
opt-light = روشن
opt-log-normal = لگ‌نرمال
opt-none = هیچ
opt-off = خاموش
opt-on-announce = در هر اعلام
opt-pareto = پارتو
opt-power-law = قانون توانی
opt-random = تصادفی
opt-random-tip = درگاهی در بازهٔ 49152..=65535
opt-socks5 = SOCKS5
opt-system = مانند سیستم
opt-system-language = زبان سیستم
opt-top-centre = بالا وسط
opt-top-left = بالا چپ
opt-top-right = بالا راست

## options
options-apply-label = اعمال برچسب
options-apply-name = اعمال نام
options-label = برچسب
options-name = نام
options-read-only = فقط خواندنی: گزینه‌ها در برنامه تغییر می‌کنند.
options-running = در حال اجرا

## peers
peers-address = نشانی
peers-client = کلاینت
peers-empty = هنوز همتایی نیست: وقتی ردیابی به اعلام با چند همتا پاسخ دهد دیده می‌شوند.
peers-from = از ردیاب

## profile
profile-aggressive = تهاجمی
profile-balanced = متعادل
profile-conservative = محتاط
profile-custom = سفارشی

## prompt
prompt-add-tracker = افزودن نشانی ردیاب
prompt-bad-url = نشانی ردیاب با http://، https:// یا udp:// آغاز می‌شود
prompt-down-limit = سقف دریافت (KiB/s، 0 = بدون سقف)
prompt-edit-tracker = ویرایش نشانی ردیاب
prompt-empty-name = نام نمی‌تواند خالی باشد
prompt-label = تنظیم برچسب
prompt-not-a-number = { $text } عدد صحیحی از KiB/s نیست (0 = بدون سقف)
prompt-rename = تغییر نام تورنت
prompt-up-limit = سقف ارسال (KiB/s، 0 = بدون سقف)
quit-body = { $count } تورنت در حال اجراست. به ردیاب‌های آن‌ها اعلام می‌شود که متوقف شده‌اند.
quit-minimize = به جای آن کوچک کن
quit-quit = خروج
quit-title = از dfakeseeder خارج شوید؟

## remove
remove-also-file = رونوشت پروندهٔ .torrent را هم حذف کن
remove-title =
    { $count ->
        [one] { $count } تورنت حذف شود؟
       *[other] { $count } تورنت حذف شوند؟
    }
remove-yes = بله، حذف کن

## search
search-hint = بخشی از نام
search-label = جستجو:

## set
set-bittorrent-announce_interval_seconds = فاصلهٔ اعلام (0 = مقدار ردیاب)
set-bittorrent-numwant = شمار همتاهای درخواستی (0 = مانند کلاینت)
set-bittorrent-scrape_interval_seconds = فاصلهٔ scrape (از scrape بعدی)
set-client_profile = جا زدن به‌جای (پس از راه‌اندازی دوباره)
set-close_action = هنگام بستن پنجره
set-connection-listening_port = درگاه شنود (پس از راه‌اندازی دوباره)
set-connection-max_global_connections = بیشینهٔ اتصال‌های همتا (پس از راه‌اندازی دوباره)
set-connection-max_per_torrent = بیشینه برای هر تورنت (پس از راه‌اندازی دوباره)
set-download_speed = سرعت دریافت تورنت‌های تازه
set-language = زبان
set-logging-level = پروندهٔ گزارش: کم‌اهمیت‌ترین سطرهای نوشته‌شده
set-logging-log_to_file = نوشتن پروندهٔ گزارش (logs/dfakeseeder.log در پوشهٔ پیکربندی)
set-logging-max_files = پروندهٔ گزارش: پرونده‌های کهنهٔ نگه‌داشته
set-logging-max_size_mb = پروندهٔ گزارش: آغاز پروندهٔ تازه در
set-notification_settings-desktop_notifications = روی میزکار هم (تکمیل‌ها، هشدارها، خطاها)
set-notification_settings-enabled = نمایش اعلان‌ها
set-notification_settings-error_timeout_ms = ماندن خطاها
set-notification_settings-info_timeout_ms = ماندن اطلاعات (0 = تا بسته شدن)
set-notification_settings-max_visible = بیشینه روی صفحه
set-notification_settings-position = کجا
set-notification_settings-show_in_statusbar = تازه‌ترین رویداد در نوار وضعیت
set-notification_settings-success_timeout_ms = ماندن موفقیت‌ها
set-notification_settings-warning_timeout_ms = ماندن هشدارها
set-peer_protocol-handshake_timeout_seconds = مهلت دست‌دادن (اتصال‌های تازه)
set-peer_protocol-keep_alive_interval_seconds = زنده‌نگه‌داشتن هر (اتصال‌های تازه)
set-peer_protocol-message_read_timeout_seconds = قطع همتای ساکت پس از (اتصال‌های تازه)
set-performance-network_interface = شنود همتاها روی این نشانی (پس از راه‌اندازی دوباره؛ خالی = همه)
set-proxy-auth_enabled = پراکسی نام کاربری و گذرواژه می‌خواهد
set-proxy-password = گذرواژهٔ پراکسی
set-proxy-port = درگاه پراکسی
set-proxy-server = میزبان پراکسی
set-proxy-type = پراکسی برای ترافیک ردیاب‌ها
set-proxy-username = نام کاربری پراکسی
set-remember_window_size = به خاطر سپردن اندازه و جای پنجره (پس از راه‌اندازی دوباره)
set-scheduler-days = در این روزها
set-scheduler-enabled = رفتن به محدودیت‌های جایگزین طبق زمان‌بندی
set-scheduler-end_hour = تا (پیش از آغاز: روز بعد)
set-scheduler-start_hour = از
set-seeding_profile = نمایهٔ بذرپاشی
set-speed-alt_download_limit_kbps = سقف دریافت جایگزین
set-speed-alt_upload_limit_kbps = سقف ارسال جایگزین
set-speed-download_limit_kbps = سقف کلی دریافت (0 = بدون سقف)
set-speed-enable_alternative_speeds = اکنون از محدودیت‌های جایگزین استفاده کن
set-speed-upload_limit_kbps = سقف کلی ارسال (0 = بدون سقف)
set-speed_distribution-download-algorithm = تقسیم سرعت‌های دریافت
set-speed_distribution-download-custom_interval_minutes = دریافت: هر N دقیقه
set-speed_distribution-download-redistribution_mode = تقسیم دوبارهٔ دریافت
set-speed_distribution-download-spread_percentage = پراکندگی دریافت
set-speed_distribution-download-stopped_max_percentage = دریافت: تورنت‌های متوقف، بیشینه
set-speed_distribution-download-stopped_min_percentage = دریافت: تورنت‌های متوقف، کمینه
set-speed_distribution-upload-algorithm = تقسیم سرعت‌های ارسال
set-speed_distribution-upload-custom_interval_minutes = ارسال: هر N دقیقه
set-speed_distribution-upload-redistribution_mode = تقسیم دوبارهٔ ارسال
set-speed_distribution-upload-spread_percentage = پراکندگی ارسال
set-speed_distribution-upload-stopped_max_percentage = ارسال: تورنت‌های متوقف، بیشینه
set-speed_distribution-upload-stopped_min_percentage = ارسال: تورنت‌های متوقف، کمینه
set-start_minimized = آغاز به‌صورت کوچک‌شده (پس از راه‌اندازی دوباره)
set-storage-ledger_interval_seconds = ذخیرهٔ حساب‌ها هر (پس از راه‌اندازی دوباره)
set-threshold = تورنت‌های تازه ارسال را آغاز می‌کنند از
set-tickspeed = گام شبیه‌سازی
set-ui_settings-color_scheme = رنگ‌ها
set-ui_settings-density = تراکم
set-ui_settings-monitoring_refresh_interval = نمونهٔ پایش هر
set-upload_speed = سرعت ارسال تورنت‌های تازه
set-watch_folder-delete_added_torrents = حذف پرونده‌های .torrent پس از افزودن
set-watch_folder-enabled = افزودن تورنت‌ها از پوشهٔ پایش‌شده
set-watch_folder-path = پوشهٔ پایش‌شده

## settab
settab-advanced = پیشرفته
settab-bittorrent = BitTorrent
settab-connection = اتصال
settab-general = عمومی
settab-notifications = اعلان‌ها
settab-peer-protocol = پروتکل همتا
settab-speed = سرعت

## settings
settings-apply = اعمال
settings-discard = دور ریختن تغییرات
settings-export = صدور تنظیمات…
settings-import = ورود تنظیمات…
settings-keep-editing = ادامهٔ ویرایش
settings-no-match = هیچ تنظیمی مطابقت ندارد.
settings-reset-all = همهٔ تنظیمات به پیش‌فرض
settings-reset-all-tip = هر تنظیم به پیش‌فرضش برمی‌گردد (برای ماندن اعمال کنید)
settings-reset-tab = بازنشانی زبانه
settings-reset-tip = تنظیمات این زبانه به پیش‌فرض برمی‌گردد (برای ماندن اعمال کنید)
settings-save = ذخیره
settings-search-hint = نام یا کلید یک تنظیم
settings-title = تنظیمات
settings-unsaved = برخی تنظیمات تغییر کرده ولی اعمال نشده است.

## sidebar
sidebar-clear = پاک کردن پالایه‌ها
sidebar-showing = نمایش: { $what } ({ $shown } از { $total })
sidebar-states = وضعیت‌ها
sidebar-tracker-errors = خطاهای ردیاب:
sidebar-trackers = ردیاب‌ها

## state
state-active = فعال
state-all = همه
state-checking = در حال بررسی
state-downloading = در حال دریافت
state-error = خطا
state-paused = مکث‌شده
state-seeding = در حال بذرپاشی
state-trackerless = بدون ردیاب

## status
status-alt-off = سرعت جایگزین: خاموش
status-alt-on = سرعت جایگزین: روشن
status-alt-tip = برای روشن یا خاموش کردن محدودیت‌های جایگزین کلیک کنید
status-checking = در حال بررسی
status-down = دریافت { $rate }
status-down-tip = سرعت دریافت، همهٔ تورنت‌ها
status-downloading = در حال دریافت
status-error = خطا: { $reason }
status-limits = محدودیت‌های کنونی: ارسال { $up }، دریافت { $down }
status-not-listening = به همتاها گوش نمی‌دهد
status-paused = مکث‌شده
status-peers = همتاها { $now } / { $max }
status-peers-tip = همتاهای وصل به ما اکنون / بیشینه
status-port = درگاه { $port }
status-seeding = در حال بذرپاشی
status-session = نشست: ارسال { $up }، دریافت { $down }
status-torrents =
    { $selected ->
        [0] { $count } تورنت
       *[other] { $count } تورنت، { $selected } انتخاب‌شده
    }
status-total = کل: ارسال { $up }، دریافت { $down }
status-unlimited = نامحدود
status-up = ارسال { $rate }
status-up-tip = سرعت ارسال، همهٔ تورنت‌ها

## tab
tab-details = جزئیات
tab-files = پرونده‌ها
tab-incoming = ورودی
tab-log = گزارش تورنت
tab-options = گزینه‌ها
tab-peers = همتاها
tab-status = وضعیت
tab-trackers = ردیاب‌ها

## table
table-columns = ستون‌ها
table-default-columns = ستون‌های پیش‌فرض
table-empty = پرونده‌های .torrent را اینجا رها کنید یا افزودن را بزنید (Ctrl+O)
table-empty-viewer = تورنتی نیست

## toolbar
toolbar-add = افزودن
toolbar-add-tip = افزودن پرونده‌های .torrent (Ctrl+O)
toolbar-announce = اعلام
toolbar-announce-tip = اعلام تورنت‌های انتخاب‌شده به ردیاب‌هایشان همین حالا (Ctrl+R)
toolbar-down-double = دریافت ×2
toolbar-down-double-tip = دو برابر کردن سرعت دریافت انتخاب
toolbar-down-half = دریافت ÷2
toolbar-down-half-tip = نصف کردن سرعت دریافت انتخاب
toolbar-pause = مکث
toolbar-pause-all = مکث همه
toolbar-pause-all-tip = مکث هر تورنت
toolbar-pause-tip = مکث تورنت‌های انتخاب‌شده (فاصله جابه‌جا می‌کند)
toolbar-queue-down = پایین در صف
toolbar-queue-down-tip = بردن تورنت‌های انتخاب‌شده به پایین صف (Alt+Down)
toolbar-queue-up = بالا در صف
toolbar-queue-up-tip = بردن تورنت‌های انتخاب‌شده به بالای صف (Alt+Up)
toolbar-remove = حذف
toolbar-remove-tip = حذف تورنت‌های انتخاب‌شده (Delete)
toolbar-resume = ادامه
toolbar-resume-all = ادامهٔ همه
toolbar-resume-all-tip = ادامهٔ هر تورنت
toolbar-resume-tip = ادامهٔ تورنت‌های انتخاب‌شده (فاصله جابه‌جا می‌کند)
toolbar-search = جستجو
toolbar-search-tip = جستجوی تورنت‌ها با نام (Ctrl+F)
toolbar-select-first = نخست تورنت‌ها را انتخاب کنید (کلیک، Ctrl+کلیک، Shift+کلیک، Ctrl+A)
toolbar-settings = تنظیمات
toolbar-settings-tip = باز کردن تنظیمات (Ctrl+,)
toolbar-up-double = ارسال ×2
toolbar-up-double-tip = دو برابر کردن سرعت ارسال انتخاب
toolbar-up-half = ارسال ÷2
toolbar-up-half-tip = نصف کردن سرعت ارسال انتخاب

## tracker
tracker-error = خطا
tracker-not-contacted = تماس گرفته نشده
tracker-standby = آماده‌به‌کار
tracker-updating = در حال به‌روزرسانی…
tracker-working = کار می‌کند

## trackers
trackers-ago = { $time } پیش
trackers-default-client = پیش‌فرض ({ $name })
trackers-downloaded = دریافت‌شده
trackers-floor = هرگز کمتر از فاصلهٔ کمینهٔ ردیاب ({ $secs } ث)
trackers-floor-unknown = هرگز کمتر از فاصلهٔ کمینهٔ یک ردیاب
trackers-in = تا { $time } دیگر
trackers-interval = فاصله
trackers-interval-label = فاصلهٔ اعلام:
trackers-last = آخرین اعلام
trackers-leechers = دریافت‌کنندگان
trackers-message = پیام
trackers-next = اعلام بعدی
trackers-none = این تورنت ردیاب ندارد.
trackers-own = مال خودم
trackers-peers = همتاها
trackers-poses-as = خود را این کلاینت جا می‌زند
trackers-seeds = بذرها
trackers-status = وضعیت
trackers-theirs = مقدار ردیاب
trackers-tier = رده
trackers-url = نشانی

## val
val-choose-folder = پوشه‌ای برای پایش برگزینید
val-empty-window = بازه همان‌جا که آغاز می‌شود پایان می‌یابد (خالی می‌ماند)
val-hours = ساعت‌ها 0..=23 و دقیقه‌ها 0..=59 هستند
val-no-folder = { $path } پوشهٔ موجودی نیست
val-not-an-address = { $text } نشانی IP نیست
val-not-port = 0 درگاه نیست (1..=65535)
val-outside = { $value } بیرون از { $min }..={ $max } است
val-proxy-auth = نام کاربری و گذرواژه حداکثر 255 بایت‌اند
val-proxy-host = نام میزبان یا نشانی لازم است
val-stopped = باید 0 <= کمینه <= بیشینه <= 100 باشد
val-unknown-language = زبان ناشناخته { $name }
val-unknown-profile = نمایهٔ ناشناخته { $name }

## view
view-dashboard = داشبورد
view-log = گزارش
view-monitoring = پایش
view-torrents = تورنت‌ها

## viewer
viewer-connecting = در حال اتصال…
viewer-live = زنده
viewer-live-polling = زنده (بررسی هر ۲ ثانیه)
viewer-loading = در حال اتصال به dfakeseeder…
viewer-login-busy = در حال ورود…
viewer-login-failed = ورود ناموفق بود (HTTP { $status }).
viewer-login-intro = dfakeseeder می‌پرسد شما کیستید: توکنی را که هنگام شروع چاپ کرد وارد کنید، یا نام کاربری و گذرواژه.
viewer-login-password = گذرواژه
viewer-login-password-mode = نام کاربری و گذرواژه
viewer-login-submit = ورود
viewer-login-throttled = تلاش‌های بیش از حد: یک دقیقه صبر کنید و دوباره امتحان کنید.
viewer-login-title = ورود به dfakeseeder
viewer-login-token = توکن
viewer-login-token-mode = توکن
viewer-login-unreachable = dfakeseeder پاسخ نداد: { $error }
viewer-login-username = نام کاربری
viewer-login-wrong = توکن، نام کاربری یا گذرواژه نادرست است.
viewer-offline = آفلاین: { $secs } ثانیه است که dfakeseeder پاسخ نمی‌دهد؛ همچنان در حال تلاش.
viewer-read-only = نمای فقط‌خواندنی
viewer-reconnecting = در حال اتصال دوباره…

## web
settab-webui = رابط وب
set-webui-enabled = ارائهٔ API وب و نمایشگر
set-webui-localhost_only = فقط همین رایانه (گوش دادن روی 127.0.0.1)
set-webui-interface = نشانی کارساز وب
set-webui-port = درگاه کارساز وب
set-webui-auth_enabled = الزام ورود (توکن یا گذرواژه)
set-webui-username = نام کاربری وب
set-webui-password_hash = گذرواژهٔ تازهٔ وب
set-webui-token = توکن API
set-webui-allow_control = اجازهٔ کنترل از وب (افزودن، مکث، حذف)
set-webui-https_enabled = استفاده از HTTPS
set-webui-https_cert_path = گواهی HTTPS (پروندهٔ PEM)
set-webui-https_key_path = کلید خصوصی HTTPS (پروندهٔ PEM)
set-webui-session_timeout_minutes = مدت اعتبار ورود
set-webui-ban_after_failures = مسدود کردن نشانی پس از ورودهای ناموفق
set-webui-allowed_hosts = نام‌های میزبان دیگر (جدا شده با ویرگول)
opt-web-no-password = گذرواژه‌ای تنظیم نشده
opt-web-password-set = گذرواژه تنظیم شده است؛ برای جایگزینی تایپ کنید
opt-web-token-new = با اعمال، توکن تازه ساخته می‌شود
opt-web-rotate = نوسازی
opt-web-rotate-tip = با اعمال، توکن تصادفی تازه؛ توکن قبلی دیگر کار نمی‌کند
val-web-needs-auth = لازم است وقتی کارساز بیرون از این رایانه گوش می‌دهد
val-web-choose-file = یک پرونده برگزینید
val-web-username = حداکثر ۲۵۵ نویسه، بدون نویسهٔ کنترلی
val-web-host = { $text } نام میزبان نیست
ev-web-serving = رابط وب در { $url }
ev-web-stopped = رابط وب متوقف شد
notice-web-failed = کارساز وب اجرا نمی‌شود: { $why }
web-refused-no-auth = بدون ورود روی { $addr } ارائه نمی‌شود: احراز هویت را روشن کنید یا روی 127.0.0.1 گوش دهید
web-refused-no-credentials = ورود لازم است اما نه توکنی هست نه گذرواژه‌ای
web-bind-failed = گوش دادن روی { $addr } ممکن نیست: { $error }
web-tls-read = خواندن { $path } ممکن نیست: { $error }
web-tls-bad = { $path } برای HTTPS قابل استفاده نیست: { $error }
