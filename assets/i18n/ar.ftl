# Arabic: translated from en.ftl

## announce
announce-early-body = يطلب المتتبع الانتظار { $secs } ثانية أخرى. قد يُحسب الإعلان المبكر ضدك.
announce-early-title = هل تعلن قبل أن يسمح المتتبع؟
announce-now = أعلن الآن
announce-when-allowed = عندما يُسمح

## cell
cell-default-client = الافتراضي
cell-no = لا
cell-none = لا شيء
cell-trackers-interval = قيمة المتتبع
cell-yes = نعم

## col
col-added_on = أضيف في
col-announce_interval = الفاصل
col-client_profile = ينتحل صفة
col-comment = تعليق
col-completed_on = اكتمل في
col-created_by = أنشئ بواسطة
col-creation_date = أنشئ في
col-download_limit = حد التنزيل
col-download_rate = سرعة التنزيل
col-download_speed = التنزيل المضبوط
col-eta = الوقت المتبقي
col-eta_threshold = الوقت حتى العتبة
col-id = #
col-label = الوسم
col-leechers = الأقران
col-name = الاسم
col-next_update = الإعلان التالي
col-piece_count = القطع
col-piece_length = حجم القطعة
col-private = خاص
col-progress = التقدم
col-ratio = النسبة
col-seed_time = وقت البذر
col-seeders = البذور
col-session_downloaded = المنزَّل (الجلسة)
col-session_uploaded = المرفوع (الجلسة)
col-status = الحالة
col-threshold = العتبة
col-total_downloaded = المنزَّل
col-total_size = الحجم
col-total_uploaded = المرفوع
col-tracker = المتتبع
col-upload_limit = حد الرفع
col-upload_rate = سرعة الرفع
col-upload_speed = الرفع المضبوط

## common
common-cancel = إلغاء
common-dismiss = إغلاق
common-ok = موافق

## dash
dash-active = نشطة
dash-checking-error = فحص / خطأ
dash-download = التنزيل
dash-downloaded = المنزَّل (الإجمالي)
dash-downloading = قيد التنزيل
dash-paused = متوقفة مؤقتًا
dash-peers = الأقران
dash-ratio = النسبة
dash-seeding = قيد البذر
dash-torrents = التورنتات
dash-upload = الرفع
dash-uploaded = المرفوع (الإجمالي)

## day
day-fri = الجمعة
day-mon = الاثنين
day-sat = السبت
day-sun = الأحد
day-thu = الخميس
day-tue = الثلاثاء
day-wed = الأربعاء

## details
details-select = اختر تورنتًا لرؤية تفاصيله.
details-several = عدة تورنتات محددة: اختر واحدًا لرؤية تفاصيله.

## dialog
dialog-add-title = إضافة تورنتات
dialog-torrent-files = ملفات التورنت

## drop
drop-hint = أفلت ملفات .torrent لإضافتها
drop-ignored =
    { $count ->
        [zero] لم يُتجاهل أي ملف: { $names }
        [one] تم تجاهل ملف واحد (ليس .torrent): { $names }
        [two] تم تجاهل ملفين (ليسا .torrent): { $names }
        [few] تم تجاهل { $count } ملفات (ليست .torrent): { $names }
        [many] تم تجاهل { $count } ملفًا (ليست .torrent): { $names }
       *[other] تم تجاهل { $count } ملف (ليست .torrent): { $names }
    }
drop-ignored-more = { $names } و{ $more } غيرها

## edit
edit-down-limit-tip = سقف التنزيل لهذا التورنت، KiB/s (0 = بلا سقف)
edit-down-speed-tip = سرعة التنزيل المحاكاة، KiB/s (اسحب أو اكتب)
edit-interval-tip = فاصل الإعلان بالثواني (0 = قيمة المتتبع؛ لا يقل أبدًا عن حده الأدنى)
edit-threshold-tip = التقدم الذي يبدأ عنده الرفع
edit-up-limit-tip = سقف الرفع لهذا التورنت، KiB/s (0 = بلا سقف)
edit-up-speed-tip = سرعة الرفع المحاكاة، KiB/s (اسحب أو اكتب)

## ev
ev-added = أضيف: { $name }
ev-alt-off = أوقفت حدود السرعة البديلة
ev-alt-off-schedule = أوقفت حدود السرعة البديلة (الجدول)
ev-alt-on = شُغّلت حدود السرعة البديلة
ev-alt-on-schedule = تفعيل حدود السرعة البديلة (الجدول)
ev-completed = اكتمل: { $name }
ev-settings-exported = صُدّرت الإعدادات إلى { $path }
ev-settings-imported = استوردت الإعدادات من { $path }
ev-settings-saved = حُفظت الإعدادات
ev-tracker-error = خطأ المتتبع لـ { $name }: { $error }
ev-watch-added = أضيف من المجلد المراقَب: { $name }

## file
file-dialog-failed = تعذّر فتح نافذة الملفات: { $error }

## graph
graph-download = التنزيل
graph-upload = الرفع

## incoming
incoming-address = العنوان
incoming-ago = منذ { $time }
incoming-client = العميل
incoming-connected = متصل
incoming-empty = لا يوجد قرين متصل بهذا التورنت. يجدنا الأقران عبر المتتبعات التي نعلن إليها.
incoming-handshaking = مصافحة
incoming-last = آخر رسالة
incoming-messages = الرسائل الواردة / الصادرة
incoming-since = منذ
incoming-state = الحالة

## info
info-added-on = أضيف في
info-bytes = { $size } ({ $bytes } بايت)
info-comment = تعليق
info-completed-on = اكتمل في
info-created-by = أنشئ بواسطة
info-created-on = أنشئ في
info-downloaded = المنزَّل (الجلسة / الإجمالي)
info-eta = حتى العتبة / حتى الاكتمال
info-files = الملفات
info-graph-empty = يمتلئ مخطط السرعة أثناء تشغيل التورنت.
info-hash = بصمة المعلومات
info-name = الاسم
info-next-announce = الإعلان التالي
info-pieces = القطع
info-private = خاص
info-progress = التقدم
info-rates = سرعة الرفع / التنزيل
info-ratio = النسبة
info-seed-time = وقت البذر
info-set-speeds = السرعات المضبوطة
info-status = الحالة
info-swarm = البذور / الأقران
info-total-size = الحجم الكلي
info-trackers-working = المتتبعات العاملة
info-uploaded = المرفوع (الجلسة / الإجمالي)
info-uploading-from = يرفع ابتداءً من
info-working = { $working } من { $total }

## level
level-debug = تنقيح
level-error = خطأ
level-info = معلومات
level-warning = تحذير

## log
log-added-restored = أضيف: { $name } (استعيدت الإجماليات)
log-empty = لم يُسجَّل شيء لهذا التورنت بعد.
log-forced-complete = فُرض الاكتمال: { $name }
log-ledger-failed = تعذّر حفظ السجل الحسابي: { $error }
log-listening = يستمع للأقران على المنفذ { $port }
log-no-match = لا يطابق أي سطر في السجل.
log-paused = أوقف مؤقتًا: { $name }
log-pose-as =
    { $count ->
        [zero] لا تورنت ينتحل صفة { $who }
        [one] تورنت واحد ينتحل الآن صفة { $who }
        [two] تورنتان ينتحلان الآن صفة { $who }
        [few] { $count } تورنتات تنتحل الآن صفة { $who }
        [many] { $count } تورنتًا تنتحل الآن صفة { $who }
       *[other] { $count } تورنت تنتحل الآن صفة { $who }
    }
log-progress-set = ضُبط التقدم على { $percent } %: { $name }
log-recheck-done = انتهى الفحص: { $name }
log-rechecking = يجري الفحص: { $name }
log-removed = أزيل: { $name }
log-renamed = أعيدت تسميته: { $old } -> { $name }
log-resumed = استؤنف: { $name }
log-seeding-profile = ملف البذر: { $name }
log-selected-only = التورنتات المحددة فقط
log-show-from = اعرض من المستوى:
log-trackers-changed = تغيّرت المتتبعات: { $count } الآن
log-watching = يراقب { $path }

## menu
menu-add-tracker = إضافة متتبع…
menu-announce = أعلن الآن
menu-copy = نسخ
menu-copy-hash = بصمة المعلومات
menu-copy-magnet = رابط المغناطيس
menu-copy-name = الاسم
menu-copy-tracker = عنوان المتتبع
menu-default-client = العميل الافتراضي
menu-edit-tracker = تحرير
menu-force-complete = فرض الاكتمال
menu-label = تعيين وسم…
menu-pause = إيقاف مؤقت
menu-pose-as = انتحال صفة
menu-properties = الخصائص
menu-queue = الطابور
menu-queue-bottom = إلى الأسفل
menu-queue-down = للأسفل
menu-queue-top = إلى الأعلى
menu-queue-up = للأعلى
menu-random-progress = تقدم عشوائي
menu-recheck = فرض إعادة الفحص
menu-remove = إزالة…
menu-remove-tracker = إزالة
menu-remove-with-file = إزالة مع نسخة .torrent…
menu-rename = إعادة تسمية…
menu-reset-limits = بلا حد
menu-resume = استئناف
menu-set-download-limit = تعيين حد التنزيل…
menu-set-upload-limit = تعيين حد الرفع…
menu-speed-limits = حدود السرعة
menu-trackers = المتتبعات

## mon
mon-collecting = يجري جمع أول عينة…
mon-connections = الاتصالات
mon-counts = الخيوط والواصفات والتورنتات والاتصالات
mon-cpu = المعالج
mon-cpu-graph = المعالج %
mon-descriptors = الواصفات
mon-every = عينة كل { $secs } ثانية؛ أرقام الشبكة تشمل كل واجهات هذا الجهاز.
mon-fds = واصفات الملفات
mon-in = وارد
mon-memory = الذاكرة
mon-net-in = الشبكة الواردة
mon-net-out = الشبكة الصادرة
mon-network = الشبكة
mon-out = صادر
mon-received = المستلَم (الإجمالي)
mon-rss = الذاكرة (RSS)
mon-rss-line = RSS
mon-sent = المرسَل (الإجمالي)
mon-threads = الخيوط
mon-torrents = التورنتات

## notice
notice-already-added = { $file }: { $name } مضاف من قبل
notice-cannot-listen = تعذّر الاستماع للأقران على { $addr }: { $error }
notice-cannot-watch = تعذّرت مراقبة { $path }: { $error }
notice-copy-failed = { $file }: تعذّر الاحتفاظ بنسخة: { $error }
notice-error = خطأ
notice-export-failed = تعذّر تصدير الإعدادات إلى { $path }: { $error }
notice-import-failed = لم تُستورد الإعدادات من { $path }: { $error }
notice-list-failed = تعذّر سرد مجلد التورنتات: { $error }
notice-not-loaded = لم يُحمَّل: { $error }
notice-not-renamed = لم تُغيَّر التسمية: يحتاج الاسم من 1 إلى { $max } حرفًا في سطر واحد
notice-note = ملاحظة
notice-settings-failed = تعذّر حفظ الإعدادات: { $error }
notice-settings-refused = لم تُحفظ الإعدادات: { $why }
notice-unknown-profile = ملف بذر غير معروف { $name }
notice-warning = تحذير
notice-watch-delete-failed = أضيف، لكن تعذّر حذف { $path }: { $error }

## opt
opt-bottom-centre = أسفل الوسط
opt-bottom-left = أسفل اليسار
opt-bottom-right = أسفل اليمين
opt-close-ask = اسأل ما دامت التورنتات تعمل
opt-close-minimize = تصغير ومواصلة البذر (Ctrl+Q للإنهاء)
opt-close-quit = إنهاء
opt-comfortable = مريح
opt-compact = مضغوط
opt-dark = داكن
opt-every-n-minutes = كل N دقيقة
opt-every-step = في كل خطوة
opt-folder-hint = /مسار/المجلد
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = لا يستطيع egui بعد تنضيد هذه الكتابة كاملة: يظهر النص المكتوب من اليمين إلى اليسار من اليسار إلى اليمين بحروف غير متصلة، ولا تتكوّن الحروف المركبة الهندية. الترجمة كاملة؛ الأشكال من حدود egui.
opt-light = فاتح
opt-log-normal = لوغاريتمي طبيعي
opt-none = لا شيء
opt-off = متوقف
opt-on-announce = عند كل إعلان
opt-pareto = باريتو
opt-power-law = قانون القوة
opt-random = عشوائي
opt-random-tip = منفذ ضمن 49152..=65535
opt-socks5 = SOCKS5
opt-system = مثل النظام
opt-system-language = لغة النظام
opt-top-centre = أعلى الوسط
opt-top-left = أعلى اليسار
opt-top-right = أعلى اليمين

## options
options-apply-label = طبّق الوسم
options-apply-name = طبّق الاسم
options-label = الوسم
options-name = الاسم
options-read-only = للقراءة فقط: تُغيَّر الخيارات في التطبيق.
options-running = يعمل

## peers
peers-address = العنوان
peers-client = العميل
peers-empty = لا أقران بعد: يظهرون عندما يجيب متتبع على إعلان ببعضهم.
peers-from = من المتتبع

## profile
profile-aggressive = هجومي
profile-balanced = متوازن
profile-conservative = محافظ
profile-custom = مخصص

## prompt
prompt-add-tracker = إضافة عنوان متتبع
prompt-bad-url = يبدأ عنوان المتتبع بـ http:// أو https:// أو udp://
prompt-down-limit = حد التنزيل (KiB/s، 0 = بلا حد)
prompt-edit-tracker = تحرير عنوان المتتبع
prompt-empty-name = لا يمكن أن يكون الاسم فارغًا
prompt-label = تعيين وسم
prompt-not-a-number = { $text } ليس عددًا صحيحًا من KiB/s (0 = بلا حد)
prompt-rename = إعادة تسمية التورنت
prompt-up-limit = حد الرفع (KiB/s، 0 = بلا حد)
quit-body = { $count ->
        [zero] لا تورنتات تعمل.
        [one] تورنت واحد يعمل.
        [two] تورنتان يعملان.
        [few] { $count } تورنتات تعمل.
        [many] { $count } تورنتًا يعمل.
       *[other] { $count } تورنت يعمل.
    } سيُبلَّغ متتبعوها بأنها توقفت.
quit-minimize = التصغير بدلًا من ذلك
quit-quit = إنهاء
quit-title = إنهاء dfakeseeder؟

## remove
remove-also-file = احذف أيضًا ملف .torrent المنسوخ
remove-title =
    { $count ->
        [zero] لا شيء لإزالته
        [one] إزالة تورنت واحد؟
        [two] إزالة تورنتين؟
        [few] إزالة { $count } تورنتات؟
        [many] إزالة { $count } تورنتًا؟
       *[other] إزالة { $count } تورنت؟
    }
remove-yes = نعم، أزل

## search
search-hint = جزء من الاسم
search-label = بحث:

## set
set-bittorrent-announce_interval_seconds = فاصل الإعلان (0 = قيمة المتتبع)
set-bittorrent-numwant = عدد الأقران المطلوبين (0 = كما يفعل العميل)
set-bittorrent-scrape_interval_seconds = فاصل الاستطلاع (من الاستطلاع التالي)
set-client_profile = انتحال صفة (بعد إعادة التشغيل)
set-close_action = عند إغلاق النافذة
set-connection-listening_port = منفذ الاستماع (بعد إعادة التشغيل)
set-connection-max_global_connections = أقصى عدد لاتصالات الأقران (بعد إعادة التشغيل)
set-connection-max_per_torrent = الأقصى لكل تورنت (بعد إعادة التشغيل)
set-download_speed = سرعة تنزيل التورنتات الجديدة
set-language = اللغة
set-logging-level = ملف السجل: أدنى مستوى يُكتب
set-logging-log_to_file = اكتب ملف سجل (logs/dfakeseeder.log في مجلد الإعدادات)
set-logging-max_files = ملف السجل: الملفات القديمة المحتفظ بها
set-logging-max_size_mb = ملف السجل: ابدأ ملفًا جديدًا عند
set-notification_settings-desktop_notifications = على سطح المكتب أيضًا (الاكتمال والتحذيرات والأخطاء)
set-notification_settings-enabled = أظهر الإشعارات
set-notification_settings-error_timeout_ms = مدة بقاء الأخطاء
set-notification_settings-info_timeout_ms = مدة بقاء المعلومات (0 = حتى الإغلاق)
set-notification_settings-max_visible = الأقصى على الشاشة
set-notification_settings-position = المكان
set-notification_settings-show_in_statusbar = أحدث حدث في شريط الحالة
set-notification_settings-success_timeout_ms = مدة بقاء النجاحات
set-notification_settings-warning_timeout_ms = مدة بقاء التحذيرات
set-peer_protocol-handshake_timeout_seconds = مهلة المصافحة (الاتصالات الجديدة)
set-peer_protocol-keep_alive_interval_seconds = إبقاء الاتصال كل (الاتصالات الجديدة)
set-peer_protocol-message_read_timeout_seconds = افصل القرين الصامت بعد (الاتصالات الجديدة)
set-performance-network_interface = استمع للأقران على هذا العنوان (بعد إعادة التشغيل؛ فارغ = الكل)
set-proxy-auth_enabled = يتطلب الوكيل اسم مستخدم وكلمة مرور
set-proxy-password = كلمة مرور الوكيل
set-proxy-port = منفذ الوكيل
set-proxy-server = مضيف الوكيل
set-proxy-type = وكيل لحركة المتتبعات
set-proxy-username = اسم مستخدم الوكيل
set-remember_window_size = تذكّر حجم النافذة ومكانها (بعد إعادة التشغيل)
set-scheduler-days = في هذه الأيام
set-scheduler-enabled = بدّل إلى الحدود البديلة حسب جدول
set-scheduler-end_hour = حتى (قبل البداية: اليوم التالي)
set-scheduler-start_hour = من
set-seeding_profile = ملف البذر
set-speed-alt_download_limit_kbps = حد التنزيل البديل
set-speed-alt_upload_limit_kbps = حد الرفع البديل
set-speed-download_limit_kbps = حد التنزيل العام (0 = بلا حد)
set-speed-enable_alternative_speeds = استخدم الحدود البديلة الآن
set-speed-upload_limit_kbps = حد الرفع العام (0 = بلا حد)
set-speed_distribution-download-algorithm = وزّع سرعات التنزيل
set-speed_distribution-download-custom_interval_minutes = التنزيل: كل N دقيقة
set-speed_distribution-download-redistribution_mode = أعد توزيع التنزيل
set-speed_distribution-download-spread_percentage = تشتت التنزيل
set-speed_distribution-download-stopped_max_percentage = التنزيل: التورنتات الموقوفة، على الأكثر
set-speed_distribution-download-stopped_min_percentage = التنزيل: التورنتات الموقوفة، على الأقل
set-speed_distribution-upload-algorithm = وزّع سرعات الرفع
set-speed_distribution-upload-custom_interval_minutes = الرفع: كل N دقيقة
set-speed_distribution-upload-redistribution_mode = أعد توزيع الرفع
set-speed_distribution-upload-spread_percentage = تشتت الرفع
set-speed_distribution-upload-stopped_max_percentage = الرفع: التورنتات الموقوفة، على الأكثر
set-speed_distribution-upload-stopped_min_percentage = الرفع: التورنتات الموقوفة، على الأقل
set-start_minimized = ابدأ مصغّرًا (بعد إعادة التشغيل)
set-storage-ledger_interval_seconds = احفظ الحسابات كل (بعد إعادة التشغيل)
set-threshold = تبدأ التورنتات الجديدة الرفع من
set-tickspeed = خطوة المحاكاة
set-ui_settings-color_scheme = الألوان
set-ui_settings-density = الكثافة
set-ui_settings-monitoring_refresh_interval = عينة المراقبة كل
set-upload_speed = سرعة رفع التورنتات الجديدة
set-watch_folder-delete_added_torrents = احذف ملفات .torrent بعد إضافتها
set-watch_folder-enabled = أضف التورنتات من مجلد مراقَب
set-watch_folder-path = المجلد المراقَب

## settab
settab-advanced = متقدم
settab-bittorrent = BitTorrent
settab-connection = الاتصال
settab-general = عام
settab-notifications = الإشعارات
settab-peer-protocol = بروتوكول الأقران
settab-speed = السرعة

## settings
settings-apply = تطبيق
settings-discard = تجاهل التغييرات
settings-export = تصدير الإعدادات…
settings-import = استيراد الإعدادات…
settings-keep-editing = واصل التحرير
settings-no-match = لا يوجد إعداد مطابق.
settings-reset-all = كل الإعدادات إلى الافتراضي
settings-reset-all-tip = يعود كل إعداد إلى قيمته الافتراضية (طبّق للإبقاء)
settings-reset-tab = صفّر التبويب
settings-reset-tip = تعود إعدادات هذا التبويب إلى قيمها الافتراضية (طبّق للإبقاء)
settings-save = حفظ
settings-search-hint = اسم الإعداد أو مفتاحه
settings-title = الإعدادات
settings-unsaved = بعض الإعدادات تغيّرت ولم تُطبَّق.

## sidebar
sidebar-clear = امسح المرشحات
sidebar-showing = المعروض: { $what } ({ $shown } من { $total })
sidebar-states = الحالات
sidebar-tracker-errors = أخطاء المتتبعات:
sidebar-trackers = المتتبعات

## state
state-active = نشطة
state-all = الكل
state-checking = قيد الفحص
state-downloading = قيد التنزيل
state-error = خطأ
state-paused = متوقفة مؤقتًا
state-seeding = قيد البذر
state-trackerless = بلا متتبع

## status
status-alt-off = السرعة البديلة: متوقفة
status-alt-on = السرعة البديلة: مفعّلة
status-alt-tip = انقر لتشغيل الحدود البديلة أو إيقافها
status-checking = قيد الفحص
status-down = تنزيل { $rate }
status-down-tip = سرعة التنزيل، كل التورنتات
status-downloading = قيد التنزيل
status-error = خطأ: { $reason }
status-limits = الحدود الآن: رفع { $up }، تنزيل { $down }
status-not-listening = لا يستمع للأقران
status-paused = متوقف مؤقتًا
status-peers = الأقران { $now } / { $max }
status-peers-tip = الأقران المتصلون بنا الآن / الأقصى
status-port = المنفذ { $port }
status-seeding = قيد البذر
status-session = الجلسة: رفع { $up }، تنزيل { $down }
status-torrents =
    { $selected ->
        [0] { $count ->
            [zero] لا تورنتات
            [one] تورنت واحد
            [two] تورنتان
            [few] { $count } تورنتات
            [many] { $count } تورنتًا
           *[other] { $count } تورنت
        }
       *[other] { $count ->
            [zero] لا تورنتات
            [one] تورنت واحد
            [two] تورنتان
            [few] { $count } تورنتات
            [many] { $count } تورنتًا
           *[other] { $count } تورنت
        }، المحدد { $selected }
    }
status-total = الإجمالي: رفع { $up }، تنزيل { $down }
status-unlimited = بلا حد
status-up = رفع { $rate }
status-up-tip = سرعة الرفع، كل التورنتات

## tab
tab-details = التفاصيل
tab-files = الملفات
tab-incoming = الواردة
tab-log = سجل التورنت
tab-options = الخيارات
tab-peers = الأقران
tab-status = الحالة
tab-trackers = المتتبعات

## table
table-columns = الأعمدة
table-default-columns = الأعمدة الافتراضية
table-empty = أفلت ملفات .torrent هنا أو اضغط إضافة (Ctrl+O)
table-empty-viewer = لا تورنتات

## toolbar
toolbar-add = إضافة
toolbar-add-tip = أضف ملفات .torrent (Ctrl+O)
toolbar-announce = إعلان
toolbar-announce-tip = أعلن التورنتات المحددة لمتتبعاتها الآن (Ctrl+R)
toolbar-down-double = تنزيل ×2
toolbar-down-double-tip = ضاعف سرعة تنزيل التحديد
toolbar-down-half = تنزيل ÷2
toolbar-down-half-tip = انصف سرعة تنزيل التحديد
toolbar-pause = إيقاف مؤقت
toolbar-pause-all = أوقف الكل
toolbar-pause-all-tip = أوقف كل تورنت مؤقتًا
toolbar-pause-tip = أوقف التورنتات المحددة مؤقتًا (المسافة تبدّل)
toolbar-queue-down = أسفل في الطابور
toolbar-queue-down-tip = انقل التورنتات المحددة للأسفل في الطابور (Alt+Down)
toolbar-queue-up = أعلى في الطابور
toolbar-queue-up-tip = انقل التورنتات المحددة للأعلى في الطابور (Alt+Up)
toolbar-remove = إزالة
toolbar-remove-tip = أزل التورنتات المحددة (Delete)
toolbar-resume = استئناف
toolbar-resume-all = استأنف الكل
toolbar-resume-all-tip = استأنف كل تورنت
toolbar-resume-tip = استأنف التورنتات المحددة (المسافة تبدّل)
toolbar-search = بحث
toolbar-search-tip = ابحث عن التورنتات بالاسم (Ctrl+F)
toolbar-select-first = حدّد تورنتات أولًا (نقرة، Ctrl+نقرة، Shift+نقرة، Ctrl+A)
toolbar-settings = الإعدادات
toolbar-settings-tip = افتح الإعدادات (Ctrl+,)
toolbar-up-double = رفع ×2
toolbar-up-double-tip = ضاعف سرعة رفع التحديد
toolbar-up-half = رفع ÷2
toolbar-up-half-tip = انصف سرعة رفع التحديد

## tracker
tracker-error = خطأ
tracker-not-contacted = لم يُتصل به
tracker-standby = احتياطي
tracker-updating = يجري التحديث…
tracker-working = يعمل

## trackers
trackers-ago = منذ { $time }
trackers-default-client = الافتراضي ({ $name })
trackers-downloaded = المكتمل
trackers-floor = لا يقل أبدًا عن الفاصل الأدنى للمتتبع ({ $secs } ث)
trackers-floor-unknown = لا يقل أبدًا عن الفاصل الأدنى لمتتبع
trackers-in = بعد { $time }
trackers-interval = الفاصل
trackers-interval-label = فاصل الإعلان:
trackers-last = آخر إعلان
trackers-leechers = المستنزفون
trackers-message = الرسالة
trackers-next = الإعلان التالي
trackers-none = لا متتبع لهذا التورنت.
trackers-own = خاصتي
trackers-peers = الأقران
trackers-poses-as = ينتحل صفة هذا العميل
trackers-seeds = البذور
trackers-status = الحالة
trackers-theirs = قيمة المتتبع
trackers-tier = الطبقة
trackers-url = العنوان

## val
val-choose-folder = اختر مجلدًا لمراقبته
val-empty-window = تنتهي الفترة حيث تبدأ (ستكون فارغة)
val-hours = الساعات 0..=23 والدقائق 0..=59
val-no-folder = { $path } ليس مجلدًا موجودًا
val-not-an-address = { $text } ليس عنوان IP
val-not-port = 0 ليس منفذًا (1..=65535)
val-outside = { $value } خارج { $min }..={ $max }
val-proxy-auth = اسم المستخدم وكلمة المرور 255 بايت على الأكثر
val-proxy-host = يلزم اسم مضيف أو عنوان
val-stopped = يلزم 0 <= الأدنى <= الأقصى <= 100
val-unknown-language = لغة غير معروفة { $name }
val-unknown-profile = ملف غير معروف { $name }

## view
view-dashboard = لوحة المعلومات
view-log = السجل
view-monitoring = المراقبة
view-torrents = التورنتات

## viewer
viewer-connecting = جارٍ الاتصال…
viewer-live = مباشر
viewer-live-polling = مباشر (استعلام كل 2 ث)
viewer-loading = جارٍ الاتصال بـ dfakeseeder…
viewer-login-busy = جارٍ تسجيل الدخول…
viewer-login-failed = فشل تسجيل الدخول (HTTP { $status }).
viewer-login-intro = يسأل dfakeseeder من أنت: أدخل الرمز الذي طبعه عند بدء التشغيل، أو اسم مستخدم وكلمة مرور.
viewer-login-password = كلمة المرور
viewer-login-password-mode = اسم المستخدم وكلمة المرور
viewer-login-submit = تسجيل الدخول
viewer-login-throttled = محاولات كثيرة جدًا: انتظر دقيقة ثم أعد المحاولة.
viewer-login-title = تسجيل الدخول إلى dfakeseeder
viewer-login-token = الرمز
viewer-login-token-mode = الرمز
viewer-login-unreachable = لم يُجب dfakeseeder: { $error }
viewer-login-username = اسم المستخدم
viewer-login-wrong = رمز أو اسم مستخدم أو كلمة مرور غير صحيحة.
viewer-offline = غير متصل: لا رد من dfakeseeder منذ { $secs } ث؛ ما زالت المحاولة جارية.
viewer-read-only = عرض للقراءة فقط
viewer-reconnecting = جارٍ إعادة الاتصال…

## web
settab-webui = واجهة الويب
set-webui-enabled = تقديم واجهة برمجة الويب والعارض
set-webui-localhost_only = هذا الحاسوب فقط (الاستماع على 127.0.0.1)
set-webui-interface = عنوان خادم الويب
set-webui-port = منفذ خادم الويب
set-webui-auth_enabled = طلب تسجيل الدخول (رمز أو كلمة مرور)
set-webui-username = اسم مستخدم الويب
set-webui-password_hash = كلمة مرور ويب جديدة
set-webui-token = رمز واجهة البرمجة
set-webui-allow_control = السماح بالتحكم من الويب (إضافة، إيقاف مؤقت، إزالة)
set-webui-https_enabled = استخدام HTTPS
set-webui-https_cert_path = شهادة HTTPS (ملف PEM)
set-webui-https_key_path = مفتاح HTTPS الخاص (ملف PEM)
set-webui-session_timeout_minutes = مدة تسجيل الدخول
set-webui-ban_after_failures = حظر العنوان بعد محاولات دخول فاشلة
set-webui-allowed_hosts = أسماء مضيفين أخرى (مفصولة بفواصل)
opt-web-no-password = لم تُعيَّن كلمة مرور
opt-web-password-set = كلمة المرور معيَّنة؛ اكتب لاستبدالها
opt-web-token-new = يُنشأ رمز جديد عند التطبيق
opt-web-rotate = تجديد
opt-web-rotate-tip = رمز عشوائي جديد عند التطبيق؛ ويتوقف الرمز القديم عن العمل
val-web-needs-auth = مطلوب عندما يستمع الخادم خارج هذا الحاسوب
val-web-choose-file = اختر ملفًا
val-web-username = 255 حرفًا على الأكثر، بلا أحرف تحكم
val-web-host = { $text } ليس اسم مضيف
ev-web-serving = واجهة الويب على { $url }
ev-web-stopped = توقفت واجهة الويب
notice-web-failed = خادم الويب لا يعمل: { $why }
web-refused-no-auth = لا تقديم على { $addr } دون تسجيل دخول: فعّل المصادقة أو استمع على 127.0.0.1
web-refused-no-credentials = تسجيل الدخول مطلوب لكن لا يوجد رمز ولا كلمة مرور
web-bind-failed = تعذّر الاستماع على { $addr }: { $error }
web-tls-read = تعذّرت قراءة { $path }: { $error }
web-tls-bad = لا يصلح { $path } لـ HTTPS: { $error }
