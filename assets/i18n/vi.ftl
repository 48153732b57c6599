# Vietnamese: translated from en.ftl

## announce
announce-early-body = Tracker yêu cầu chờ thêm { $secs } giây. Thông báo sớm hơn có thể bị tính là bất lợi cho bạn.
announce-early-title = Thông báo trước khi tracker cho phép?
announce-now = Thông báo ngay
announce-when-allowed = Khi được phép

## cell
cell-default-client = mặc định
cell-no = không
cell-none = không có
cell-trackers-interval = của tracker
cell-yes = có

## col
col-added_on = Ngày thêm
col-announce_interval = Chu kỳ
col-client_profile = Giả làm
col-comment = Ghi chú
col-completed_on = Ngày xong
col-created_by = Tạo bằng
col-creation_date = Ngày tạo
col-download_limit = Giới hạn tải xuống
col-download_rate = Tốc độ tải xuống
col-download_speed = Tải xuống đặt
col-eta = Còn lại
col-eta_threshold = Còn đến ngưỡng
col-id = #
col-label = Nhãn
col-leechers = Peer
col-name = Tên
col-next_update = Thông báo kế tiếp
col-piece_count = Số mảnh
col-piece_length = Cỡ mảnh
col-private = Riêng tư
col-progress = Tiến độ
col-ratio = Tỉ lệ
col-seed_time = Thời gian seed
col-seeders = Seed
col-session_downloaded = Đã tải xuống (phiên)
col-session_uploaded = Đã tải lên (phiên)
col-status = Trạng thái
col-threshold = Ngưỡng
col-total_downloaded = Đã tải xuống
col-total_size = Kích thước
col-total_uploaded = Đã tải lên
col-tracker = Tracker
col-upload_limit = Giới hạn tải lên
col-upload_rate = Tốc độ tải lên
col-upload_speed = Tải lên đặt

## common
common-cancel = Hủy
common-dismiss = Đóng
common-ok = OK

## dash
dash-active = Hoạt động
dash-checking-error = Đang kiểm tra / lỗi
dash-download = Tải xuống
dash-downloaded = Đã tải xuống (tổng)
dash-downloading = Đang tải xuống
dash-paused = Tạm dừng
dash-peers = Peer
dash-ratio = Tỉ lệ
dash-seeding = Đang seed
dash-torrents = Torrent
dash-upload = Tải lên
dash-uploaded = Đã tải lên (tổng)

## day
day-fri = T6
day-mon = T2
day-sat = T7
day-sun = CN
day-thu = T5
day-tue = T3
day-wed = T4

## details
details-select = Chọn một torrent để xem chi tiết.
details-several = Đang chọn nhiều torrent: hãy chọn một để xem chi tiết.

## dialog
dialog-add-title = Thêm torrent
dialog-torrent-files = Tệp torrent

## drop
drop-hint = Thả tệp .torrent để thêm
drop-ignored =
    { $count ->
       *[other] Đã bỏ qua { $count } tệp (không phải .torrent): { $names }
    }
drop-ignored-more = { $names } và { $more } tệp khác

## edit
edit-down-limit-tip = Mức trần tải xuống của torrent này, KiB/s (0 = không có)
edit-down-speed-tip = Tốc độ tải xuống mô phỏng, KiB/s (kéo hoặc gõ)
edit-interval-tip = Chu kỳ thông báo tính bằng giây (0 = của tracker; không bao giờ dưới mức tối thiểu của nó)
edit-threshold-tip = Tiến độ bắt đầu tải lên
edit-up-limit-tip = Mức trần tải lên của torrent này, KiB/s (0 = không có)
edit-up-speed-tip = Tốc độ tải lên mô phỏng, KiB/s (kéo hoặc gõ)

## ev
ev-added = Đã thêm: { $name }
ev-alt-off = Tắt giới hạn tốc độ thay thế
ev-alt-off-schedule = Tắt giới hạn tốc độ thay thế (lịch)
ev-alt-on = Bật giới hạn tốc độ thay thế
ev-alt-on-schedule = Bật giới hạn tốc độ thay thế (lịch)
ev-completed = Đã xong: { $name }
ev-settings-exported = Đã xuất cài đặt ra { $path }
ev-settings-imported = Đã nhập cài đặt từ { $path }
ev-settings-saved = Đã lưu cài đặt
ev-tracker-error = Lỗi tracker với { $name }: { $error }
ev-watch-added = Đã thêm từ thư mục theo dõi: { $name }

## file
file-dialog-failed = Không mở được hộp thoại tệp: { $error }

## graph
graph-download = Tải xuống
graph-upload = Tải lên

## incoming
incoming-address = Địa chỉ
incoming-ago = { $time } trước
incoming-client = Ứng dụng
incoming-connected = Đã kết nối
incoming-empty = Không có peer nào kết nối tới torrent này. Peer tìm thấy ta qua các tracker ta thông báo tới.
incoming-handshaking = Bắt tay
incoming-last = Tin nhắn cuối
incoming-messages = Tin nhắn vào / ra
incoming-since = Từ
incoming-state = Trạng thái

## info
info-added-on = Ngày thêm
info-bytes = { $size } ({ $bytes } byte)
info-comment = Ghi chú
info-completed-on = Ngày xong
info-created-by = Tạo bằng
info-created-on = Ngày tạo
info-downloaded = Đã tải xuống (phiên / tổng)
info-eta = Còn đến ngưỡng / hoàn tất
info-files = Tệp
info-graph-empty = Biểu đồ tốc độ sẽ đầy dần khi torrent chạy.
info-hash = Mã băm info
info-name = Tên
info-next-announce = Thông báo kế tiếp
info-pieces = Số mảnh
info-private = Riêng tư
info-progress = Tiến độ
info-rates = Tốc độ tải lên / xuống
info-ratio = Tỉ lệ
info-seed-time = Thời gian seed
info-set-speeds = Tốc độ đặt
info-status = Trạng thái
info-swarm = Seed / peer
info-total-size = Tổng kích thước
info-trackers-working = Tracker hoạt động
info-uploaded = Đã tải lên (phiên / tổng)
info-uploading-from = Tải lên từ
info-working = { $working } trên { $total }

## level
level-debug = gỡ lỗi
level-error = lỗi
level-info = thông tin
level-warning = cảnh báo

## log
log-added-restored = Đã thêm: { $name } (đã khôi phục tổng)
log-empty = Chưa có gì được ghi cho torrent này.
log-forced-complete = Buộc hoàn tất: { $name }
log-ledger-failed = Không lưu được sổ cái: { $error }
log-listening = Đang nghe peer ở cổng { $port }
log-no-match = Không dòng nhật ký nào khớp.
log-paused = Đã tạm dừng: { $name }
log-pose-as =
    { $count ->
       *[other] { $count } torrent giờ giả làm { $who }
    }
log-progress-set = Đặt tiến độ { $percent } %: { $name }
log-recheck-done = Đã kiểm tra xong: { $name }
log-rechecking = Đang kiểm tra: { $name }
log-removed = Đã gỡ: { $name }
log-renamed = Đã đổi tên: { $old } -> { $name }
log-resumed = Đã tiếp tục: { $name }
log-seeding-profile = Hồ sơ seed: { $name }
log-selected-only = chỉ các torrent đã chọn
log-show-from = Hiện từ mức:
log-trackers-changed = Đã đổi tracker: giờ có { $count }
log-watching = Đang theo dõi { $path }

## menu
menu-add-tracker = Thêm tracker…
menu-announce = Thông báo ngay
menu-copy = Sao chép
menu-copy-hash = Mã băm info
menu-copy-magnet = Liên kết magnet
menu-copy-name = Tên
menu-copy-tracker = URL tracker
menu-default-client = Ứng dụng mặc định
menu-edit-tracker = Sửa
menu-force-complete = Buộc hoàn tất
menu-label = Đặt nhãn…
menu-pause = Tạm dừng
menu-pose-as = Giả làm
menu-properties = Thuộc tính
menu-queue = Hàng đợi
menu-queue-bottom = Xuống cuối
menu-queue-down = Xuống
menu-queue-top = Lên đầu
menu-queue-up = Lên
menu-random-progress = Tiến độ ngẫu nhiên
menu-recheck = Buộc kiểm tra lại
menu-remove = Gỡ…
menu-remove-tracker = Gỡ
menu-remove-with-file = Gỡ cùng bản sao .torrent…
menu-rename = Đổi tên…
menu-reset-limits = Không giới hạn
menu-resume = Tiếp tục
menu-set-download-limit = Đặt giới hạn tải xuống…
menu-set-upload-limit = Đặt giới hạn tải lên…
menu-speed-limits = Giới hạn tốc độ
menu-trackers = Tracker

## mon
mon-collecting = Đang lấy mẫu đầu tiên…
mon-connections = Kết nối
mon-counts = Luồng, bộ mô tả, torrent, kết nối
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = Bộ mô tả
mon-every = Một mẫu mỗi { $secs } giây; số liệu mạng gồm mọi giao diện của máy này.
mon-fds = Bộ mô tả tệp
mon-in = Vào
mon-memory = Bộ nhớ
mon-net-in = Mạng vào
mon-net-out = Mạng ra
mon-network = Mạng
mon-out = Ra
mon-received = Đã nhận (tổng)
mon-rss = Bộ nhớ (RSS)
mon-rss-line = RSS
mon-sent = Đã gửi (tổng)
mon-threads = Luồng
mon-torrents = Torrent

## notice
notice-already-added = { $file }: { $name } đã được thêm
notice-cannot-listen = Không nghe được peer ở { $addr }: { $error }
notice-cannot-watch = Không theo dõi được { $path }: { $error }
notice-copy-failed = { $file }: không giữ được bản sao: { $error }
notice-error = Lỗi
notice-export-failed = Không xuất được cài đặt ra { $path }: { $error }
notice-import-failed = Chưa nhập cài đặt từ { $path }: { $error }
notice-list-failed = Không liệt kê được thư mục torrent: { $error }
notice-not-loaded = Chưa nạp: { $error }
notice-not-renamed = Chưa đổi tên: tên cần 1 đến { $max } ký tự trên một dòng
notice-note = Ghi chú
notice-settings-failed = Không lưu được cài đặt: { $error }
notice-settings-refused = Chưa lưu cài đặt: { $why }
notice-unknown-profile = Hồ sơ seed không rõ { $name }
notice-warning = Cảnh báo
notice-watch-delete-failed = Đã thêm nhưng không xóa được { $path }: { $error }

## opt
opt-bottom-centre = Dưới giữa
opt-bottom-left = Dưới trái
opt-bottom-right = Dưới phải
opt-close-ask = Hỏi khi còn torrent đang chạy
opt-close-minimize = Thu nhỏ và tiếp tục seed (Ctrl+Q để thoát)
opt-close-quit = Thoát
opt-comfortable = Thoáng
opt-compact = Gọn
opt-dark = Tối
opt-every-n-minutes = Mỗi N phút
opt-every-step = Mỗi bước
opt-folder-hint = /đường/dẫn/thư/mục
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui chưa dàn trang đầy đủ được chữ viết này: văn bản phải-sang-trái hiện trái-sang-phải và chữ không nối, còn chữ ghép Ấn Độ không được tạo. Bản dịch đã đầy đủ; hình dạng là giới hạn của egui.
opt-light = Sáng
opt-log-normal = Log-chuẩn
opt-none = Không có
opt-off = Tắt
opt-on-announce = Mỗi lần thông báo
opt-pareto = Pareto
opt-power-law = Luật lũy thừa
opt-random = Ngẫu nhiên
opt-random-tip = Một cổng trong 49152..=65535
opt-socks5 = SOCKS5
opt-system = Theo hệ thống
opt-system-language = Ngôn ngữ của hệ thống
opt-top-centre = Trên giữa
opt-top-left = Trên trái
opt-top-right = Trên phải

## options
options-apply-label = Áp dụng nhãn
options-apply-name = Áp dụng tên
options-label = Nhãn
options-name = Tên
options-read-only = Chỉ đọc: tùy chọn được đổi trong ứng dụng.
options-running = Đang chạy

## peers
peers-address = Địa chỉ
peers-client = Ứng dụng
peers-empty = Chưa có peer: chúng xuất hiện khi tracker trả lời thông báo bằng một số peer.
peers-from = Từ tracker

## profile
profile-aggressive = mạnh
profile-balanced = cân bằng
profile-conservative = thận trọng
profile-custom = tùy chỉnh

## prompt
prompt-add-tracker = Thêm URL tracker
prompt-bad-url = URL tracker bắt đầu bằng http://, https:// hoặc udp://
prompt-down-limit = Giới hạn tải xuống (KiB/s, 0 = không có)
prompt-edit-tracker = Sửa URL tracker
prompt-empty-name = Tên không được để trống
prompt-label = Đặt nhãn
prompt-not-a-number = { $text } không phải số nguyên KiB/s (0 = không có)
prompt-rename = Đổi tên torrent
prompt-up-limit = Giới hạn tải lên (KiB/s, 0 = không có)
quit-body = Có { $count } torrent đang chạy. Tracker của chúng sẽ được báo là đã dừng.
quit-minimize = Thu nhỏ thay vào đó
quit-quit = Thoát
quit-title = Thoát dfakeseeder?

## remove
remove-also-file = Xóa luôn bản sao tệp .torrent
remove-title =
    { $count ->
       *[other] Gỡ { $count } torrent?
    }
remove-yes = Có, gỡ

## search
search-hint = một phần của tên
search-label = Tìm:

## set
set-bittorrent-announce_interval_seconds = Chu kỳ thông báo (0 = của tracker)
set-bittorrent-numwant = Số peer cần xin (0 = như ứng dụng)
set-bittorrent-scrape_interval_seconds = Chu kỳ scrape (từ lần scrape kế tiếp)
set-client_profile = Giả làm (khi khởi động lại)
set-close_action = Khi đóng cửa sổ
set-connection-listening_port = Cổng nghe (khi khởi động lại)
set-connection-max_global_connections = Số kết nối peer tối đa (khi khởi động lại)
set-connection-max_per_torrent = Tối đa mỗi torrent (khi khởi động lại)
set-download_speed = Tốc độ tải xuống của torrent mới
set-language = Ngôn ngữ
set-logging-level = Tệp nhật ký: dòng ít quan trọng nhất được ghi
set-logging-log_to_file = Ghi tệp nhật ký (logs/dfakeseeder.log trong thư mục cấu hình)
set-logging-max_files = Tệp nhật ký: số tệp cũ giữ lại
set-logging-max_size_mb = Tệp nhật ký: sang tệp mới khi đạt
set-notification_settings-desktop_notifications = Cả trên màn hình nền (hoàn tất, cảnh báo, lỗi)
set-notification_settings-enabled = Hiện thông báo nổi
set-notification_settings-error_timeout_ms = Lỗi hiện trong
set-notification_settings-info_timeout_ms = Thông tin hiện trong (0 = tới khi đóng)
set-notification_settings-max_visible = Tối đa trên màn hình
set-notification_settings-position = Vị trí
set-notification_settings-show_in_statusbar = Sự kiện mới nhất trên thanh trạng thái
set-notification_settings-success_timeout_ms = Thành công hiện trong
set-notification_settings-warning_timeout_ms = Cảnh báo hiện trong
set-peer_protocol-handshake_timeout_seconds = Thời hạn bắt tay (kết nối mới)
set-peer_protocol-keep_alive_interval_seconds = Keep-alive mỗi (kết nối mới)
set-peer_protocol-message_read_timeout_seconds = Ngắt peer im lặng sau (kết nối mới)
set-performance-network_interface = Nghe peer ở địa chỉ này (khi khởi động lại; trống = tất cả)
set-proxy-auth_enabled = Proxy cần tên người dùng và mật khẩu
set-proxy-password = Mật khẩu proxy
set-proxy-port = Cổng proxy
set-proxy-server = Máy chủ proxy
set-proxy-type = Proxy cho lưu lượng tracker
set-proxy-username = Tên người dùng proxy
set-remember_window_size = Nhớ kích thước và vị trí cửa sổ (khi khởi động lại)
set-scheduler-days = Vào các ngày này
set-scheduler-enabled = Chuyển sang giới hạn thay thế theo lịch
set-scheduler-end_hour = Đến (trước giờ bắt đầu: ngày hôm sau)
set-scheduler-start_hour = Từ
set-seeding_profile = Hồ sơ seed
set-speed-alt_download_limit_kbps = Giới hạn tải xuống thay thế
set-speed-alt_upload_limit_kbps = Giới hạn tải lên thay thế
set-speed-download_limit_kbps = Giới hạn tải xuống chung (0 = không có)
set-speed-enable_alternative_speeds = Dùng giới hạn thay thế ngay
set-speed-upload_limit_kbps = Giới hạn tải lên chung (0 = không có)
set-speed_distribution-download-algorithm = Chia tốc độ tải xuống
set-speed_distribution-download-custom_interval_minutes = Tải xuống: mỗi N phút
set-speed_distribution-download-redistribution_mode = Chia lại tải xuống
set-speed_distribution-download-spread_percentage = Độ phân tán tải xuống
set-speed_distribution-download-stopped_max_percentage = Tải xuống: torrent dừng, tối đa
set-speed_distribution-download-stopped_min_percentage = Tải xuống: torrent dừng, tối thiểu
set-speed_distribution-upload-algorithm = Chia tốc độ tải lên
set-speed_distribution-upload-custom_interval_minutes = Tải lên: mỗi N phút
set-speed_distribution-upload-redistribution_mode = Chia lại tải lên
set-speed_distribution-upload-spread_percentage = Độ phân tán tải lên
set-speed_distribution-upload-stopped_max_percentage = Tải lên: torrent dừng, tối đa
set-speed_distribution-upload-stopped_min_percentage = Tải lên: torrent dừng, tối thiểu
set-start_minimized = Khởi động thu nhỏ (khi khởi động lại)
set-storage-ledger_interval_seconds = Lưu sổ sách mỗi (khi khởi động lại)
set-threshold = Torrent mới tải lên từ
set-tickspeed = Bước mô phỏng
set-ui_settings-color_scheme = Màu
set-ui_settings-density = Mật độ
set-ui_settings-monitoring_refresh_interval = Lấy mẫu giám sát mỗi
set-upload_speed = Tốc độ tải lên của torrent mới
set-watch_folder-delete_added_torrents = Xóa tệp .torrent sau khi thêm
set-watch_folder-enabled = Thêm torrent từ thư mục theo dõi
set-watch_folder-path = Thư mục theo dõi

## settab
settab-advanced = Nâng cao
settab-bittorrent = BitTorrent
settab-connection = Kết nối
settab-general = Chung
settab-notifications = Thông báo
settab-peer-protocol = Giao thức peer
settab-speed = Tốc độ

## settings
settings-apply = Áp dụng
settings-discard = Bỏ thay đổi
settings-export = Xuất cài đặt…
settings-import = Nhập cài đặt…
settings-keep-editing = Sửa tiếp
settings-no-match = Không có cài đặt nào khớp.
settings-reset-all = Mọi cài đặt về mặc định
settings-reset-all-tip = Mỗi cài đặt về giá trị mặc định (Áp dụng để giữ)
settings-reset-tab = Đặt lại thẻ
settings-reset-tip = Cài đặt của thẻ này về mặc định (Áp dụng để giữ)
settings-save = Lưu
settings-search-hint = tên hoặc khóa của cài đặt
settings-title = Cài đặt
settings-unsaved = Một số cài đặt đã đổi nhưng chưa áp dụng.

## sidebar
sidebar-clear = Xóa bộ lọc
sidebar-showing = Đang hiện: { $what } ({ $shown } trên { $total })
sidebar-states = Trạng thái
sidebar-tracker-errors = Lỗi tracker:
sidebar-trackers = Tracker

## state
state-active = Hoạt động
state-all = Tất cả
state-checking = Đang kiểm tra
state-downloading = Đang tải xuống
state-error = Lỗi
state-paused = Tạm dừng
state-seeding = Đang seed
state-trackerless = Không tracker

## status
status-alt-off = Tốc độ thay thế: tắt
status-alt-on = Tốc độ thay thế: bật
status-alt-tip = Bấm để bật hoặc tắt giới hạn thay thế
status-checking = Đang kiểm tra
status-down = Xuống { $rate }
status-down-tip = Tốc độ tải xuống, mọi torrent
status-downloading = Đang tải xuống
status-error = Lỗi: { $reason }
status-limits = Giới hạn hiện tại: lên { $up }, xuống { $down }
status-not-listening = Không nghe peer
status-paused = Tạm dừng
status-peers = Peer { $now } / { $max }
status-peers-tip = Peer đang kết nối với ta / tối đa
status-port = Cổng { $port }
status-seeding = Đang seed
status-session = Phiên: lên { $up }, xuống { $down }
status-torrents =
    { $selected ->
        [0] { $count } torrent
       *[other] { $count } torrent, đã chọn { $selected }
    }
status-total = Tổng: lên { $up }, xuống { $down }
status-unlimited = không giới hạn
status-up = Lên { $rate }
status-up-tip = Tốc độ tải lên, mọi torrent

## tab
tab-details = Chi tiết
tab-files = Tệp
tab-incoming = Kết nối vào
tab-log = Nhật ký torrent
tab-options = Tùy chọn
tab-peers = Peer
tab-status = Trạng thái
tab-trackers = Tracker

## table
table-columns = Cột
table-default-columns = Cột mặc định
table-empty = Thả tệp .torrent vào đây hoặc bấm Thêm (Ctrl+O)
table-empty-viewer = Không có torrent

## toolbar
toolbar-add = Thêm
toolbar-add-tip = Thêm tệp .torrent (Ctrl+O)
toolbar-announce = Thông báo
toolbar-announce-tip = Thông báo ngay các torrent đã chọn tới tracker của chúng (Ctrl+R)
toolbar-down-double = Xuống ×2
toolbar-down-double-tip = Gấp đôi tốc độ tải xuống của mục chọn
toolbar-down-half = Xuống ÷2
toolbar-down-half-tip = Giảm nửa tốc độ tải xuống của mục chọn
toolbar-pause = Tạm dừng
toolbar-pause-all = Dừng tất cả
toolbar-pause-all-tip = Tạm dừng mọi torrent
toolbar-pause-tip = Tạm dừng các torrent đã chọn (Phím cách để đảo)
toolbar-queue-down = Xuống hàng đợi
toolbar-queue-down-tip = Đưa các torrent đã chọn xuống trong hàng đợi (Alt+Down)
toolbar-queue-up = Lên hàng đợi
toolbar-queue-up-tip = Đưa các torrent đã chọn lên trong hàng đợi (Alt+Up)
toolbar-remove = Gỡ
toolbar-remove-tip = Gỡ các torrent đã chọn (Delete)
toolbar-resume = Tiếp tục
toolbar-resume-all = Tiếp tục tất cả
toolbar-resume-all-tip = Tiếp tục mọi torrent
toolbar-resume-tip = Tiếp tục các torrent đã chọn (Phím cách để đảo)
toolbar-search = Tìm
toolbar-search-tip = Tìm torrent theo tên (Ctrl+F)
toolbar-select-first = Hãy chọn torrent trước (bấm, Ctrl+bấm, Shift+bấm, Ctrl+A)
toolbar-settings = Cài đặt
toolbar-settings-tip = Mở cài đặt (Ctrl+,)
toolbar-up-double = Lên ×2
toolbar-up-double-tip = Gấp đôi tốc độ tải lên của mục chọn
toolbar-up-half = Lên ÷2
toolbar-up-half-tip = Giảm nửa tốc độ tải lên của mục chọn

## tracker
tracker-error = Lỗi
tracker-not-contacted = Chưa liên hệ
tracker-standby = Dự phòng
tracker-updating = Đang cập nhật…
tracker-working = Hoạt động

## trackers
trackers-ago = { $time } trước
trackers-default-client = Mặc định ({ $name })
trackers-downloaded = Đã tải xong
trackers-floor = không bao giờ dưới chu kỳ tối thiểu của tracker ({ $secs } giây)
trackers-floor-unknown = không bao giờ dưới chu kỳ tối thiểu của tracker
trackers-in = sau { $time }
trackers-interval = Chu kỳ
trackers-interval-label = Chu kỳ thông báo:
trackers-last = Thông báo gần nhất
trackers-leechers = Leecher
trackers-message = Tin nhắn
trackers-next = Thông báo kế tiếp
trackers-none = Torrent này không có tracker.
trackers-own = của tôi
trackers-peers = Peer
trackers-poses-as = giả làm ứng dụng này
trackers-seeds = Seed
trackers-status = Trạng thái
trackers-theirs = của tracker
trackers-tier = Tầng
trackers-url = URL

## val
val-choose-folder = hãy chọn một thư mục để theo dõi
val-empty-window = khung giờ kết thúc ngay lúc bắt đầu (sẽ trống)
val-hours = giờ là 0..=23 và phút là 0..=59
val-no-folder = { $path } không phải thư mục có sẵn
val-not-an-address = { $text } không phải địa chỉ IP
val-not-port = 0 không phải cổng (1..=65535)
val-outside = { $value } nằm ngoài { $min }..={ $max }
val-proxy-auth = tên người dùng và mật khẩu tối đa 255 byte
val-proxy-host = cần tên máy hoặc địa chỉ
val-stopped = cần 0 <= min <= max <= 100
val-unknown-language = ngôn ngữ không rõ { $name }
val-unknown-profile = hồ sơ không rõ { $name }

## view
view-dashboard = Tổng quan
view-log = Nhật ký
view-monitoring = Giám sát
view-torrents = Torrent

## viewer
viewer-connecting = Đang kết nối…
viewer-live = Trực tiếp
viewer-live-polling = Trực tiếp (kiểm tra mỗi 2 giây)
viewer-loading = Đang kết nối tới dfakeseeder…
viewer-login-busy = Đang đăng nhập…
viewer-login-failed = Đăng nhập thất bại (HTTP { $status }).
viewer-login-intro = dfakeseeder hỏi bạn là ai: nhập mã thông báo nó đã in khi khởi động, hoặc tên người dùng và mật khẩu.
viewer-login-password = Mật khẩu
viewer-login-password-mode = Tên người dùng và mật khẩu
viewer-login-submit = Đăng nhập
viewer-login-throttled = Quá nhiều lần thử: hãy đợi một phút rồi thử lại.
viewer-login-title = Đăng nhập vào dfakeseeder
viewer-login-token = Mã thông báo
viewer-login-token-mode = Mã thông báo
viewer-login-unreachable = dfakeseeder không trả lời: { $error }
viewer-login-username = Tên người dùng
viewer-login-wrong = Sai mã thông báo, tên người dùng hoặc mật khẩu.
viewer-offline = Ngoại tuyến: dfakeseeder không trả lời đã { $secs } giây; vẫn đang thử.
viewer-read-only = Chế độ chỉ xem
viewer-reconnecting = Đang kết nối lại…

## web
settab-webui = Giao diện web
set-webui-enabled = Cung cấp API web và trình xem
set-webui-localhost_only = Chỉ máy này (lắng nghe trên 127.0.0.1)
set-webui-interface = Địa chỉ máy chủ web
set-webui-port = Cổng máy chủ web
set-webui-auth_enabled = Yêu cầu đăng nhập (mã thông báo hoặc mật khẩu)
set-webui-username = Tên người dùng web
set-webui-password_hash = Mật khẩu web mới
set-webui-token = Mã thông báo API
set-webui-allow_control = Cho phép điều khiển từ web (thêm, tạm dừng, gỡ bỏ)
set-webui-https_enabled = Dùng HTTPS
set-webui-https_cert_path = Chứng chỉ HTTPS (tệp PEM)
set-webui-https_key_path = Khóa riêng HTTPS (tệp PEM)
set-webui-session_timeout_minutes = Thời hạn đăng nhập
set-webui-ban_after_failures = Chặn địa chỉ sau các lần đăng nhập thất bại
set-webui-allowed_hosts = Tên máy khác (cách nhau bằng dấu phẩy)
opt-web-no-password = chưa đặt mật khẩu
opt-web-password-set = đã đặt mật khẩu; gõ để thay thế
opt-web-token-new = mã thông báo mới được tạo khi Áp dụng
opt-web-rotate = Làm mới
opt-web-rotate-tip = Mã thông báo ngẫu nhiên mới khi Áp dụng; mã cũ hết hiệu lực
val-web-needs-auth = cần thiết khi máy chủ lắng nghe ra ngoài máy này
val-web-choose-file = chọn một tệp
val-web-username = tối đa 255 ký tự, không có ký tự điều khiển
val-web-host = { $text } không phải tên máy
ev-web-serving = Giao diện web tại { $url }
ev-web-stopped = Đã dừng giao diện web
notice-web-failed = Máy chủ web không chạy: { $why }
web-refused-no-auth = Không phục vụ trên { $addr } khi không đăng nhập: bật xác thực hoặc lắng nghe trên 127.0.0.1
web-refused-no-credentials = Cần đăng nhập nhưng không có mã thông báo lẫn mật khẩu
web-bind-failed = Không thể lắng nghe trên { $addr }: { $error }
web-tls-read = Không thể đọc { $path }: { $error }
web-tls-bad = Không thể dùng { $path } cho HTTPS: { $error }
