# Chinese (Simplified): translated from en.ftl

## announce
announce-early-body = Tracker 要求再等 { $secs } 秒。提前汇报可能会对你不利。
announce-early-title = 在 Tracker 允许之前汇报?
announce-now = 立即汇报
announce-when-allowed = 允许时汇报

## cell
cell-default-client = 默认
cell-no = 否
cell-none = 无
cell-trackers-interval = Tracker 的
cell-yes = 是

## col
col-added_on = 添加时间
col-announce_interval = 间隔
col-client_profile = 伪装为
col-comment = 注释
col-completed_on = 完成时间
col-created_by = 创建工具
col-creation_date = 创建时间
col-download_limit = 下载限制
col-download_rate = 下载速度
col-download_speed = 设定下载
col-eta = 剩余时间
col-eta_threshold = 距阈值
col-id = #
col-label = 标签
col-leechers = 用户
col-name = 名称
col-next_update = 下次汇报
col-piece_count = 分块数
col-piece_length = 分块大小
col-private = 私有
col-progress = 进度
col-ratio = 分享率
col-seed_time = 做种时间
col-seeders = 种子
col-session_downloaded = 已下载(本次)
col-session_uploaded = 已上传(本次)
col-status = 状态
col-threshold = 阈值
col-total_downloaded = 已下载
col-total_size = 大小
col-total_uploaded = 已上传
col-tracker = Tracker
col-upload_limit = 上传限制
col-upload_rate = 上传速度
col-upload_speed = 设定上传

## common
common-cancel = 取消
common-dismiss = 关闭
common-ok = 确定

## dash
dash-active = 活动
dash-checking-error = 校验中 / 错误
dash-download = 下载
dash-downloaded = 已下载(总计)
dash-downloading = 下载中
dash-paused = 已暂停
dash-peers = 用户
dash-ratio = 分享率
dash-seeding = 做种中
dash-torrents = 种子任务
dash-upload = 上传
dash-uploaded = 已上传(总计)

## day
day-fri = 周五
day-mon = 周一
day-sat = 周六
day-sun = 周日
day-thu = 周四
day-tue = 周二
day-wed = 周三

## details
details-select = 选择一个种子任务以查看详情。
details-several = 选中了多个种子任务:只选一个以查看详情。

## dialog
dialog-add-title = 添加种子
dialog-torrent-files = 种子文件

## drop
drop-hint = 拖放 .torrent 文件以添加
drop-ignored =
    { $count ->
       *[other] 已忽略 { $count } 个文件(不是 .torrent):{ $names }
    }
drop-ignored-more = { $names } 等另外 { $more } 个

## edit
edit-down-limit-tip = 此种子任务的下载上限,KiB/s(0 = 无)
edit-down-speed-tip = 模拟下载速度,KiB/s(拖动或输入)
edit-interval-tip = 汇报间隔,秒(0 = Tracker 的;不低于其最小值)
edit-threshold-tip = 开始上传的进度
edit-up-limit-tip = 此种子任务的上传上限,KiB/s(0 = 无)
edit-up-speed-tip = 模拟上传速度,KiB/s(拖动或输入)

## ev
ev-added = 已添加:{ $name }
ev-alt-off = 备用速度限制已关闭
ev-alt-off-schedule = 备用速度限制已关闭(计划)
ev-alt-on = 备用速度限制已开启
ev-alt-on-schedule = 备用速度限制已开启 (计划)
ev-completed = 已完成:{ $name }
ev-settings-exported = 设置已导出到 { $path }
ev-settings-imported = 设置已从 { $path } 导入
ev-settings-saved = 设置已保存
ev-tracker-error = { $name } 的 Tracker 错误:{ $error }
ev-watch-added = 已从监视文件夹添加:{ $name }

## file
file-dialog-failed = 无法打开文件对话框:{ $error }

## graph
graph-download = 下载
graph-upload = 上传

## incoming
incoming-address = 地址
incoming-ago = { $time } 前
incoming-client = 客户端
incoming-connected = 已连接
incoming-empty = 没有用户连接到此种子任务。用户通过我们汇报的 Tracker 找到我们。
incoming-handshaking = 握手中
incoming-last = 最后消息
incoming-messages = 收到 / 发出消息
incoming-since = 连接时间
incoming-state = 状态

## info
info-added-on = 添加时间
info-bytes = { $size }({ $bytes } 字节)
info-comment = 注释
info-completed-on = 完成时间
info-created-by = 创建工具
info-created-on = 创建时间
info-downloaded = 已下载(本次 / 总计)
info-eta = 距阈值 / 距完成
info-files = 文件
info-graph-empty = 种子任务运行时速度图会逐渐填满。
info-hash = 信息哈希
info-name = 名称
info-next-announce = 下次汇报
info-pieces = 分块
info-private = 私有
info-progress = 进度
info-rates = 上传 / 下载速度
info-ratio = 分享率
info-seed-time = 做种时间
info-set-speeds = 设定速度
info-status = 状态
info-swarm = 种子 / 用户
info-total-size = 总大小
info-trackers-working = 正常的 Tracker
info-uploaded = 已上传(本次 / 总计)
info-uploading-from = 开始上传于
info-working = { $working } / { $total }

## level
level-debug = 调试
level-error = 错误
level-info = 信息
level-warning = 警告

## log
log-added-restored = 已添加:{ $name }(已恢复统计)
log-empty = 此种子任务还没有日志。
log-forced-complete = 强制完成:{ $name }
log-ledger-failed = 无法保存账本:{ $error }
log-listening = 正在端口 { $port } 上监听用户
log-no-match = 没有匹配的日志行。
log-paused = 已暂停:{ $name }
log-pose-as =
    { $count ->
       *[other] { $count } 个种子任务现在伪装为 { $who }
    }
log-progress-set = 进度设为 { $percent } %:{ $name }
log-recheck-done = 校验完成:{ $name }
log-rechecking = 正在校验:{ $name }
log-removed = 已移除:{ $name }
log-renamed = 已重命名:{ $old } -> { $name }
log-resumed = 已继续:{ $name }
log-seeding-profile = 做种方案:{ $name }
log-selected-only = 只看选中的种子任务
log-show-from = 显示级别不低于:
log-trackers-changed = Tracker 已更改:现有 { $count } 个
log-watching = 正在监视 { $path }

## menu
menu-add-tracker = 添加 Tracker…
menu-announce = 立即汇报
menu-copy = 复制
menu-copy-hash = 信息哈希
menu-copy-magnet = 磁力链接
menu-copy-name = 名称
menu-copy-tracker = Tracker 地址
menu-default-client = 默认客户端
menu-edit-tracker = 编辑
menu-force-complete = 强制完成
menu-label = 设置标签…
menu-pause = 暂停
menu-pose-as = 伪装为
menu-properties = 属性
menu-queue = 队列
menu-queue-bottom = 移到底部
menu-queue-down = 下移
menu-queue-top = 移到顶部
menu-queue-up = 上移
menu-random-progress = 设为随机进度
menu-recheck = 强制校验
menu-remove = 移除…
menu-remove-tracker = 移除
menu-remove-with-file = 连同 .torrent 副本移除…
menu-rename = 重命名…
menu-reset-limits = 不限速
menu-resume = 继续
menu-set-download-limit = 设置下载限制…
menu-set-upload-limit = 设置上传限制…
menu-speed-limits = 速度限制
menu-trackers = Tracker

## mon
mon-collecting = 正在采集第一个样本…
mon-connections = 连接
mon-counts = 线程、描述符、种子任务、连接
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = 描述符
mon-every = 每 { $secs } 秒采样一次;网络数据为本机所有网络接口的总和。
mon-fds = 文件描述符
mon-in = 入
mon-memory = 内存
mon-net-in = 网络入
mon-net-out = 网络出
mon-network = 网络
mon-out = 出
mon-received = 已接收(总计)
mon-rss = 内存(RSS)
mon-rss-line = RSS
mon-sent = 已发送(总计)
mon-threads = 线程
mon-torrents = 种子任务

## notice
notice-already-added = { $file }:{ $name } 已经添加
notice-cannot-listen = 无法在 { $addr } 上监听用户:{ $error }
notice-cannot-watch = 无法监视 { $path }:{ $error }
notice-copy-failed = { $file }:无法保存副本:{ $error }
notice-error = 错误
notice-export-failed = 无法将设置导出到 { $path }:{ $error }
notice-import-failed = 未从 { $path } 导入设置:{ $error }
notice-list-failed = 无法列出种子文件夹:{ $error }
notice-not-loaded = 未加载:{ $error }
notice-not-renamed = 未重命名:名称须为一行 1 到 { $max } 个字符
notice-note = 提示
notice-settings-failed = 无法保存设置:{ $error }
notice-settings-refused = 设置未保存:{ $why }
notice-unknown-profile = 未知的做种方案 { $name }
notice-warning = 警告
notice-watch-delete-failed = 已添加,但无法删除 { $path }:{ $error }

## opt
opt-bottom-centre = 底部居中
opt-bottom-left = 左下
opt-bottom-right = 右下
opt-close-ask = 有种子运行时询问
opt-close-minimize = 最小化并继续做种 (Ctrl+Q 退出)
opt-close-quit = 退出
opt-comfortable = 宽松
opt-compact = 紧凑
opt-dark = 深色
opt-every-n-minutes = 每 N 分钟
opt-every-step = 每一步
opt-folder-hint = /文件夹/路径
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui 目前还无法完整排版这种文字:从右到左的文字会从左到右显示且字母不连写,印度系文字的连字也不会形成。翻译是完整的;字形问题是 egui 的限制。
opt-light = 浅色
opt-log-normal = 对数正态
opt-none = 无
opt-off = 关闭
opt-on-announce = 每次汇报时
opt-pareto = 帕累托
opt-power-law = 幂律
opt-random = 随机
opt-random-tip = 49152..=65535 范围内的端口
opt-socks5 = SOCKS5
opt-system = 跟随系统
opt-system-language = 系统语言
opt-top-centre = 顶部居中
opt-top-left = 左上
opt-top-right = 右上

## options
options-apply-label = 应用标签
options-apply-name = 应用名称
options-label = 标签
options-name = 名称
options-read-only = 只读:选项在应用程序中修改。
options-running = 运行

## peers
peers-address = 地址
peers-client = 客户端
peers-empty = 还没有用户:当 Tracker 在汇报回复中给出用户时会显示在这里。
peers-from = 来源 Tracker

## profile
profile-aggressive = 激进
profile-balanced = 均衡
profile-conservative = 保守
profile-custom = 自定义

## prompt
prompt-add-tracker = 添加 Tracker 地址
prompt-bad-url = Tracker 地址以 http://、https:// 或 udp:// 开头
prompt-down-limit = 下载限制(KiB/s,0 = 无)
prompt-edit-tracker = 编辑 Tracker 地址
prompt-empty-name = 名称不能为空
prompt-label = 设置标签
prompt-not-a-number = { $text } 不是 KiB/s 的整数(0 = 无)
prompt-rename = 重命名种子任务
prompt-up-limit = 上传限制(KiB/s,0 = 无)
quit-body = 有 { $count } 个种子正在运行。将通知它们的 Tracker 已停止。
quit-minimize = 改为最小化
quit-quit = 退出
quit-title = 退出 dfakeseeder?

## remove
remove-also-file = 同时删除复制的 .torrent 文件
remove-title =
    { $count ->
       *[other] 移除 { $count } 个种子任务?
    }
remove-yes = 是,移除

## search
search-hint = 名称的一部分
search-label = 搜索:

## set
set-bittorrent-announce_interval_seconds = 汇报间隔(0 = Tracker 的)
set-bittorrent-numwant = 请求的用户数(0 = 与客户端相同)
set-bittorrent-scrape_interval_seconds = Scrape 间隔(从下次 scrape 起)
set-client_profile = 伪装为(重启后生效)
set-close_action = 关闭窗口时
set-connection-listening_port = 监听端口(重启后生效)
set-connection-max_global_connections = 最多用户连接数(重启后生效)
set-connection-max_per_torrent = 每个种子任务最多(重启后生效)
set-download_speed = 新种子任务的下载速度
set-language = 语言
set-logging-level = 日志文件:写入的最低重要级别
set-logging-log_to_file = 写入日志文件(配置文件夹中的 logs/dfakeseeder.log)
set-logging-max_files = 日志文件:保留的旧文件数
set-logging-max_size_mb = 日志文件:达到此大小时换新文件
set-notification_settings-desktop_notifications = 同时在桌面通知(完成、警告、错误)
set-notification_settings-enabled = 显示通知
set-notification_settings-error_timeout_ms = 错误停留时间
set-notification_settings-info_timeout_ms = 信息停留时间(0 = 直到关闭)
set-notification_settings-max_visible = 屏幕上最多显示
set-notification_settings-position = 位置
set-notification_settings-show_in_statusbar = 在状态栏显示最新事件
set-notification_settings-success_timeout_ms = 成功停留时间
set-notification_settings-warning_timeout_ms = 警告停留时间
set-peer_protocol-handshake_timeout_seconds = 握手超时(新连接)
set-peer_protocol-keep_alive_interval_seconds = 保活间隔(新连接)
set-peer_protocol-message_read_timeout_seconds = 断开沉默用户的时间(新连接)
set-performance-network_interface = 在此地址上监听用户(重启后生效;留空 = 全部)
set-proxy-auth_enabled = 代理需要用户名和密码
set-proxy-password = 代理密码
set-proxy-port = 代理端口
set-proxy-server = 代理主机
set-proxy-type = Tracker 流量使用的代理
set-proxy-username = 代理用户名
set-remember_window_size = 记住窗口大小和位置(重启后生效)
set-scheduler-days = 在这些日子
set-scheduler-enabled = 按计划切换到备用限制
set-scheduler-end_hour = 结束于(早于开始则为次日)
set-scheduler-start_hour = 开始于
set-seeding_profile = 做种方案
set-speed-alt_download_limit_kbps = 备用下载限制
set-speed-alt_upload_limit_kbps = 备用上传限制
set-speed-download_limit_kbps = 全局下载限制(0 = 无)
set-speed-enable_alternative_speeds = 现在使用备用限制
set-speed-upload_limit_kbps = 全局上传限制(0 = 无)
set-speed_distribution-download-algorithm = 分配下载速度
set-speed_distribution-download-custom_interval_minutes = 下载:每 N 分钟
set-speed_distribution-download-redistribution_mode = 重新分配下载
set-speed_distribution-download-spread_percentage = 下载离散度
set-speed_distribution-download-stopped_max_percentage = 下载:停止的种子任务,最多
set-speed_distribution-download-stopped_min_percentage = 下载:停止的种子任务,最少
set-speed_distribution-upload-algorithm = 分配上传速度
set-speed_distribution-upload-custom_interval_minutes = 上传:每 N 分钟
set-speed_distribution-upload-redistribution_mode = 重新分配上传
set-speed_distribution-upload-spread_percentage = 上传离散度
set-speed_distribution-upload-stopped_max_percentage = 上传:停止的种子任务,最多
set-speed_distribution-upload-stopped_min_percentage = 上传:停止的种子任务,最少
set-start_minimized = 启动时最小化(重启后生效)
set-storage-ledger_interval_seconds = 保存统计的间隔(重启后生效)
set-threshold = 新种子任务开始上传的进度
set-tickspeed = 模拟步长
set-ui_settings-color_scheme = 颜色
set-ui_settings-density = 密度
set-ui_settings-monitoring_refresh_interval = 监控采样间隔
set-upload_speed = 新种子任务的上传速度
set-watch_folder-delete_added_torrents = 添加后删除 .torrent 文件
set-watch_folder-enabled = 从监视文件夹添加种子
set-watch_folder-path = 监视文件夹

## settab
settab-advanced = 高级
settab-bittorrent = BitTorrent
settab-connection = 连接
settab-general = 常规
settab-notifications = 通知
settab-peer-protocol = 用户协议
settab-speed = 速度

## settings
settings-apply = 应用
settings-discard = 放弃更改
settings-export = 导出设置…
settings-import = 导入设置…
settings-keep-editing = 继续编辑
settings-no-match = 没有匹配的设置。
settings-reset-all = 全部设置恢复默认
settings-reset-all-tip = 每项设置恢复为默认值(点应用以保留)
settings-reset-tab = 重置此页
settings-reset-tip = 此页设置恢复为默认值(点应用以保留)
settings-save = 保存
settings-search-hint = 设置的名称或键
settings-title = 设置
settings-unsaved = 有设置已更改但尚未应用。

## sidebar
sidebar-clear = 清除筛选
sidebar-showing = 显示:{ $what }({ $total } 个中的 { $shown } 个)
sidebar-states = 状态
sidebar-tracker-errors = Tracker 错误:
sidebar-trackers = Tracker

## state
state-active = 活动
state-all = 全部
state-checking = 校验中
state-downloading = 下载中
state-error = 错误
state-paused = 已暂停
state-seeding = 做种中
state-trackerless = 无 Tracker

## status
status-alt-off = 备用速度:关
status-alt-on = 备用速度:开
status-alt-tip = 点击开启或关闭备用限制
status-checking = 校验中
status-down = 下载 { $rate }
status-down-tip = 下载速度,所有种子任务
status-downloading = 下载中
status-error = 错误:{ $reason }
status-limits = 当前限制:上传 { $up },下载 { $down }
status-not-listening = 未监听用户
status-paused = 已暂停
status-peers = 用户 { $now } / { $max }
status-peers-tip = 当前连接到我们的用户 / 上限
status-port = 端口 { $port }
status-seeding = 做种中
status-session = 本次:上传 { $up },下载 { $down }
status-torrents =
    { $selected ->
        [0] { $count } 个种子任务
       *[other] { $count } 个种子任务,已选 { $selected } 个
    }
status-total = 总计:上传 { $up },下载 { $down }
status-unlimited = 不限
status-up = 上传 { $rate }
status-up-tip = 上传速度,所有种子任务

## tab
tab-details = 详情
tab-files = 文件
tab-incoming = 传入连接
tab-log = 任务日志
tab-options = 选项
tab-peers = 用户
tab-status = 状态
tab-trackers = Tracker

## table
table-columns = 列
table-default-columns = 默认列
table-empty = 将 .torrent 文件拖放到这里或按添加(Ctrl+O)
table-empty-viewer = 没有种子任务

## toolbar
toolbar-add = 添加
toolbar-add-tip = 添加 .torrent 文件(Ctrl+O)
toolbar-announce = 汇报
toolbar-announce-tip = 立即向 Tracker 汇报选中的种子任务(Ctrl+R)
toolbar-down-double = 下载 ×2
toolbar-down-double-tip = 将所选任务的下载速度加倍
toolbar-down-half = 下载 ÷2
toolbar-down-half-tip = 将所选任务的下载速度减半
toolbar-pause = 暂停
toolbar-pause-all = 全部暂停
toolbar-pause-all-tip = 暂停所有种子任务
toolbar-pause-tip = 暂停选中的种子任务(空格键切换)
toolbar-queue-down = 队列下移
toolbar-queue-down-tip = 在队列中下移选中的种子任务(Alt+Down)
toolbar-queue-up = 队列上移
toolbar-queue-up-tip = 在队列中上移选中的种子任务(Alt+Up)
toolbar-remove = 移除
toolbar-remove-tip = 移除选中的种子任务(Delete)
toolbar-resume = 继续
toolbar-resume-all = 全部继续
toolbar-resume-all-tip = 继续所有种子任务
toolbar-resume-tip = 继续选中的种子任务(空格键切换)
toolbar-search = 搜索
toolbar-search-tip = 按名称搜索种子任务(Ctrl+F)
toolbar-select-first = 请先选择种子任务(单击、Ctrl+单击、Shift+单击、Ctrl+A)
toolbar-settings = 设置
toolbar-settings-tip = 打开设置(Ctrl+,)
toolbar-up-double = 上传 ×2
toolbar-up-double-tip = 将所选任务的上传速度加倍
toolbar-up-half = 上传 ÷2
toolbar-up-half-tip = 将所选任务的上传速度减半

## tracker
tracker-error = 错误
tracker-not-contacted = 未联系
tracker-standby = 备用
tracker-updating = 更新中…
tracker-working = 工作中

## trackers
trackers-ago = { $time } 前
trackers-default-client = 默认({ $name })
trackers-downloaded = 完成数
trackers-floor = 不低于 Tracker 的最小间隔({ $secs } 秒)
trackers-floor-unknown = 不低于 Tracker 的最小间隔
trackers-in = { $time } 后
trackers-interval = 间隔
trackers-interval-label = 汇报间隔:
trackers-last = 上次汇报
trackers-leechers = 下载者
trackers-message = 消息
trackers-next = 下次汇报
trackers-none = 此种子任务没有 Tracker。
trackers-own = 自定
trackers-peers = 用户
trackers-poses-as = 伪装为此客户端
trackers-seeds = 种子
trackers-status = 状态
trackers-theirs = Tracker 的
trackers-tier = 层级
trackers-url = 地址

## val
val-choose-folder = 请选择要监视的文件夹
val-empty-window = 时段的结束与开始相同(将为空)
val-hours = 小时为 0..=23,分钟为 0..=59
val-no-folder = { $path } 不是已存在的文件夹
val-not-an-address = { $text } 不是 IP 地址
val-not-port = 0 不是端口(1..=65535)
val-outside = { $value } 超出 { $min }..={ $max }
val-proxy-auth = 用户名和密码最多 255 字节
val-proxy-host = 需要主机名或地址
val-stopped = 需满足 0 <= 最小 <= 最大 <= 100
val-unknown-language = 未知语言 { $name }
val-unknown-profile = 未知方案 { $name }

## view
view-dashboard = 仪表板
view-log = 日志
view-monitoring = 监控
view-torrents = 种子任务

## viewer
viewer-connecting = 正在连接…
viewer-live = 实时
viewer-live-polling = 实时(每 2 秒查询)
viewer-loading = 正在连接 dfakeseeder…
viewer-login-busy = 正在登录…
viewer-login-failed = 登录失败(HTTP { $status })。
viewer-login-intro = dfakeseeder 需要确认您的身份:请输入它启动时打印的令牌,或用户名和密码。
viewer-login-password = 密码
viewer-login-password-mode = 用户名和密码
viewer-login-submit = 登录
viewer-login-throttled = 尝试次数过多:请等待一分钟后重试。
viewer-login-title = 登录 dfakeseeder
viewer-login-token = 令牌
viewer-login-token-mode = 令牌
viewer-login-unreachable = dfakeseeder 没有响应:{ $error }
viewer-login-username = 用户名
viewer-login-wrong = 令牌、用户名或密码错误。
viewer-offline = 离线:dfakeseeder 已 { $secs } 秒没有响应;仍在重试。
viewer-read-only = 只读视图
viewer-reconnecting = 正在重新连接…

## web
settab-webui = 网页界面
set-webui-enabled = 提供网页 API 和查看器
set-webui-localhost_only = 仅限本机（监听 127.0.0.1）
set-webui-interface = 网页服务器地址
set-webui-port = 网页服务器端口
set-webui-auth_enabled = 要求登录（令牌或密码）
set-webui-username = 网页用户名
set-webui-password_hash = 新的网页密码
set-webui-token = API 令牌
set-webui-allow_control = 允许通过网页控制（添加、暂停、移除）
set-webui-https_enabled = 使用 HTTPS
set-webui-https_cert_path = HTTPS 证书（PEM 文件）
set-webui-https_key_path = HTTPS 私钥（PEM 文件）
set-webui-session_timeout_minutes = 登录有效期
set-webui-ban_after_failures = 登录失败后封禁地址
set-webui-allowed_hosts = 其他主机名（以逗号分隔）
opt-web-no-password = 未设置密码
opt-web-password-set = 已设置密码；输入新密码即可替换
opt-web-token-new = 应用时将生成新令牌
opt-web-rotate = 更换
opt-web-rotate-tip = 应用时生成新的随机令牌；旧令牌随即失效
val-web-needs-auth = 服务器在本机以外监听时必须开启
val-web-choose-file = 请选择文件
val-web-username = 最多 255 个字符，不含控制字符
val-web-host = { $text } 不是主机名
ev-web-serving = 网页界面位于 { $url }
ev-web-stopped = 网页界面已停止
notice-web-failed = 网页服务器未运行：{ $why }
web-refused-no-auth = 未登录时不在 { $addr } 上提供服务：请开启身份验证或监听 127.0.0.1
web-refused-no-credentials = 要求登录，但既没有令牌也没有密码
web-bind-failed = 无法监听 { $addr }：{ $error }
web-tls-read = 无法读取 { $path }：{ $error }
web-tls-bad = { $path } 无法用于 HTTPS：{ $error }
