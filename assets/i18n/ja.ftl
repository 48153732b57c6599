# Japanese: translated from en.ftl

## announce
announce-early-body = トラッカーはあと { $secs } 秒待つよう求めています。早めのアナウンスは不利に扱われることがあります。
announce-early-title = トラッカーが許可する前にアナウンスしますか?
announce-now = 今すぐアナウンス
announce-when-allowed = 許可され次第

## cell
cell-default-client = 既定
cell-no = いいえ
cell-none = なし
cell-trackers-interval = トラッカーの値
cell-yes = はい

## col
col-added_on = 追加日時
col-announce_interval = 間隔
col-client_profile = 偽装クライアント
col-comment = コメント
col-completed_on = 完了日時
col-created_by = 作成ツール
col-creation_date = 作成日時
col-download_limit = ダウンロード上限
col-download_rate = ダウンロード速度
col-download_speed = 設定ダウンロード
col-eta = 残り時間
col-eta_threshold = しきい値まで
col-id = #
col-label = ラベル
col-leechers = ピア
col-name = 名前
col-next_update = 次のアナウンス
col-piece_count = ピース数
col-piece_length = ピースサイズ
col-private = プライベート
col-progress = 進捗
col-ratio = 共有比
col-seed_time = シード時間
col-seeders = シード
col-session_downloaded = ダウンロード (セッション)
col-session_uploaded = アップロード (セッション)
col-status = 状態
col-threshold = しきい値
col-total_downloaded = ダウンロード済み
col-total_size = サイズ
col-total_uploaded = アップロード済み
col-tracker = トラッカー
col-upload_limit = アップロード上限
col-upload_rate = アップロード速度
col-upload_speed = 設定アップロード

## common
common-cancel = キャンセル
common-dismiss = 閉じる
common-ok = OK

## dash
dash-active = 稼働中
dash-checking-error = 確認中 / エラー
dash-download = ダウンロード
dash-downloaded = ダウンロード済み (合計)
dash-downloading = ダウンロード中
dash-paused = 一時停止
dash-peers = ピア
dash-ratio = 共有比
dash-seeding = シード中
dash-torrents = トレント
dash-upload = アップロード
dash-uploaded = アップロード済み (合計)

## day
day-fri = 金
day-mon = 月
day-sat = 土
day-sun = 日
day-thu = 木
day-tue = 火
day-wed = 水

## details
details-select = 詳細を見るにはトレントを選択してください。
details-several = 複数のトレントが選択されています。詳細を見るには 1 つだけ選択してください。

## dialog
dialog-add-title = トレントを追加
dialog-torrent-files = トレントファイル

## drop
drop-hint = .torrent ファイルをドロップして追加
drop-ignored =
    { $count ->
       *[other] { $count } 個のファイルを無視しました (.torrent ではありません): { $names }
    }
drop-ignored-more = { $names } ほか { $more } 個

## edit
edit-down-limit-tip = このトレントのダウンロード上限、KiB/s (0 = なし)
edit-down-speed-tip = 模擬ダウンロード速度、KiB/s (ドラッグまたは入力)
edit-interval-tip = アナウンス間隔 (秒) (0 = トラッカーの値。その最小値を下回りません)
edit-threshold-tip = アップロードを始める進捗
edit-up-limit-tip = このトレントのアップロード上限、KiB/s (0 = なし)
edit-up-speed-tip = 模擬アップロード速度、KiB/s (ドラッグまたは入力)

## ev
ev-added = 追加しました: { $name }
ev-alt-off = 代替速度制限を無効にしました
ev-alt-off-schedule = 代替速度制限を無効にしました (スケジュール)
ev-alt-on = 代替速度制限を有効にしました
ev-alt-on-schedule = 代替速度制限を有効にしました (スケジュール)
ev-completed = 完了しました: { $name }
ev-settings-exported = 設定を { $path } にエクスポートしました
ev-settings-imported = 設定を { $path } からインポートしました
ev-settings-saved = 設定を保存しました
ev-tracker-error = { $name } のトラッカーエラー: { $error }
ev-watch-added = 監視フォルダーから追加しました: { $name }

## file
file-dialog-failed = ファイルダイアログを開けませんでした: { $error }

## graph
graph-download = ダウンロード
graph-upload = アップロード

## incoming
incoming-address = アドレス
incoming-ago = { $time } 前
incoming-client = クライアント
incoming-connected = 接続済み
incoming-empty = このトレントに接続しているピアはいません。ピアはアナウンス先のトラッカーを通じてこちらを見つけます。
incoming-handshaking = ハンドシェイク中
incoming-last = 最後のメッセージ
incoming-messages = 受信 / 送信メッセージ
incoming-since = 接続時刻
incoming-state = 状態

## info
info-added-on = 追加日時
info-bytes = { $size } ({ $bytes } バイト)
info-comment = コメント
info-completed-on = 完了日時
info-created-by = 作成ツール
info-created-on = 作成日時
info-downloaded = ダウンロード (セッション / 合計)
info-eta = しきい値まで / 完了まで
info-files = ファイル
info-graph-empty = トレントの稼働中に速度グラフが埋まっていきます。
info-hash = 情報ハッシュ
info-name = 名前
info-next-announce = 次のアナウンス
info-pieces = ピース
info-private = プライベート
info-progress = 進捗
info-rates = アップロード / ダウンロード速度
info-ratio = 共有比
info-seed-time = シード時間
info-set-speeds = 設定速度
info-status = 状態
info-swarm = シード / ピア
info-total-size = 合計サイズ
info-trackers-working = 稼働中のトラッカー
info-uploaded = アップロード (セッション / 合計)
info-uploading-from = アップロード開始
info-working = { $total } 中 { $working }

## level
level-debug = デバッグ
level-error = エラー
level-info = 情報
level-warning = 警告

## log
log-added-restored = 追加しました: { $name } (合計を復元)
log-empty = このトレントの記録はまだありません。
log-forced-complete = 強制的に完了: { $name }
log-ledger-failed = 台帳を保存できませんでした: { $error }
log-listening = ポート { $port } でピアを待ち受けています
log-no-match = 一致するログ行はありません。
log-paused = 一時停止: { $name }
log-pose-as =
    { $count ->
       *[other] { $count } 個のトレントが { $who } として振る舞います
    }
log-progress-set = 進捗を { $percent } % に設定: { $name }
log-recheck-done = 再確認完了: { $name }
log-rechecking = 再確認中: { $name }
log-removed = 削除: { $name }
log-renamed = 名前を変更: { $old } -> { $name }
log-resumed = 再開: { $name }
log-seeding-profile = シードプロファイル: { $name }
log-selected-only = 選択したトレントのみ
log-show-from = 表示するレベル:
log-trackers-changed = トラッカーを変更: 現在 { $count } 個
log-watching = { $path } を監視中

## menu
menu-add-tracker = トラッカーを追加…
menu-announce = 今すぐアナウンス
menu-copy = コピー
menu-copy-hash = 情報ハッシュ
menu-copy-magnet = マグネットリンク
menu-copy-name = 名前
menu-copy-tracker = トラッカー URL
menu-default-client = 既定のクライアント
menu-edit-tracker = 編集
menu-force-complete = 強制的に完了
menu-label = ラベルを設定…
menu-pause = 一時停止
menu-pose-as = 偽装するクライアント
menu-properties = プロパティ
menu-queue = キュー
menu-queue-bottom = 最後へ移動
menu-queue-down = 下へ移動
menu-queue-top = 先頭へ移動
menu-queue-up = 上へ移動
menu-random-progress = ランダムな進捗を設定
menu-recheck = 強制再確認
menu-remove = 削除…
menu-remove-tracker = 削除
menu-remove-with-file = .torrent のコピーごと削除…
menu-rename = 名前を変更…
menu-reset-limits = 制限なし
menu-resume = 再開
menu-set-download-limit = ダウンロード上限を設定…
menu-set-upload-limit = アップロード上限を設定…
menu-speed-limits = 速度制限
menu-trackers = トラッカー

## mon
mon-collecting = 最初のサンプルを収集中…
mon-connections = 接続
mon-counts = スレッド、ディスクリプタ、トレント、接続
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = ディスクリプタ
mon-every = { $secs } 秒ごとにサンプル。ネットワークの値はこのマシンの全インターフェースの合計です。
mon-fds = ファイルディスクリプタ
mon-in = 受信
mon-memory = メモリ
mon-net-in = ネットワーク受信
mon-net-out = ネットワーク送信
mon-network = ネットワーク
mon-out = 送信
mon-received = 受信量 (合計)
mon-rss = メモリ (RSS)
mon-rss-line = RSS
mon-sent = 送信量 (合計)
mon-threads = スレッド
mon-torrents = トレント

## notice
notice-already-added = { $file }: { $name } は追加済みです
notice-cannot-listen = { $addr } でピアを待ち受けできません: { $error }
notice-cannot-watch = { $path } を監視できません: { $error }
notice-copy-failed = { $file }: コピーを保存できませんでした: { $error }
notice-error = エラー
notice-export-failed = 設定を { $path } にエクスポートできませんでした: { $error }
notice-import-failed = { $path } から設定をインポートしませんでした: { $error }
notice-list-failed = トレントフォルダーを一覧できませんでした: { $error }
notice-not-loaded = 読み込まれませんでした: { $error }
notice-not-renamed = 名前を変更しませんでした: 名前は 1 行で 1〜{ $max } 文字にしてください
notice-note = お知らせ
notice-settings-failed = 設定を保存できませんでした: { $error }
notice-settings-refused = 設定を保存しませんでした: { $why }
notice-unknown-profile = 不明なシードプロファイル { $name }
notice-warning = 警告
notice-watch-delete-failed = 追加しましたが { $path } を削除できませんでした: { $error }

## opt
opt-bottom-centre = 下中央
opt-bottom-left = 左下
opt-bottom-right = 右下
opt-close-ask = トレントの実行中は確認する
opt-close-minimize = 最小化してシードを続ける (Ctrl+Q で終了)
opt-close-quit = 終了する
opt-comfortable = ゆったり
opt-compact = コンパクト
opt-dark = ダーク
opt-every-n-minutes = N 分ごと
opt-every-step = ステップごと
opt-folder-hint = /フォルダー/のパス
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui はまだこの文字を完全には組版できません。右から左の文字は左から右に連結せずに表示され、インド系文字の結合文字は作られません。翻訳は完全です。字形は egui の制約です。
opt-light = ライト
opt-log-normal = 対数正規
opt-none = なし
opt-off = オフ
opt-on-announce = アナウンスごと
opt-pareto = パレート
opt-power-law = べき乗則
opt-random = ランダム
opt-random-tip = 49152..=65535 の範囲のポート
opt-socks5 = SOCKS5
opt-system = システムに従う
opt-system-language = システムの言語
opt-top-centre = 上中央
opt-top-left = 左上
opt-top-right = 右上

## options
options-apply-label = ラベルを適用
options-apply-name = 名前を適用
options-label = ラベル
options-name = 名前
options-read-only = 読み取り専用: オプションはアプリで変更します。
options-running = 稼働

## peers
peers-address = アドレス
peers-client = クライアント
peers-empty = ピアはまだいません。トラッカーがアナウンスにピアを返すと表示されます。
peers-from = 取得元トラッカー

## profile
profile-aggressive = 積極的
profile-balanced = バランス
profile-conservative = 控えめ
profile-custom = カスタム

## prompt
prompt-add-tracker = トラッカー URL を追加
prompt-bad-url = トラッカー URL は http://、https:// または udp:// で始まります
prompt-down-limit = ダウンロード上限 (KiB/s、0 = なし)
prompt-edit-tracker = トラッカー URL を編集
prompt-empty-name = 名前を空にはできません
prompt-label = ラベルを設定
prompt-not-a-number = { $text } は KiB/s の整数ではありません (0 = なし)
prompt-rename = トレントの名前を変更
prompt-up-limit = アップロード上限 (KiB/s、0 = なし)
quit-body = { $count } 個のトレントが実行中です。トラッカーには停止したことが通知されます。
quit-minimize = 代わりに最小化
quit-quit = 終了
quit-title = dfakeseeder を終了しますか?

## remove
remove-also-file = コピーした .torrent ファイルも削除する
remove-title =
    { $count ->
       *[other] { $count } 個のトレントを削除しますか?
    }
remove-yes = 削除する

## search
search-hint = 名前の一部
search-label = 検索:

## set
set-bittorrent-announce_interval_seconds = アナウンス間隔 (0 = トラッカーの値)
set-bittorrent-numwant = 要求するピア数 (0 = クライアントと同じ)
set-bittorrent-scrape_interval_seconds = スクレイプ間隔 (次のスクレイプから)
set-client_profile = 偽装するクライアント (再起動後)
set-close_action = ウィンドウを閉じたとき
set-connection-listening_port = 待ち受けポート (再起動後)
set-connection-max_global_connections = ピア接続の上限 (再起動後)
set-connection-max_per_torrent = トレントごとの上限 (再起動後)
set-download_speed = 新しいトレントのダウンロード速度
set-language = 言語
set-logging-level = ログファイル: 書き込む最も低い重要度
set-logging-log_to_file = ログファイルを書く (設定フォルダーの logs/dfakeseeder.log)
set-logging-max_files = ログファイル: 残す古いファイル数
set-logging-max_size_mb = ログファイル: 新しいファイルに切り替えるサイズ
set-notification_settings-desktop_notifications = デスクトップにも通知 (完了、警告、エラー)
set-notification_settings-enabled = 通知を表示
set-notification_settings-error_timeout_ms = エラーの表示時間
set-notification_settings-info_timeout_ms = 情報の表示時間 (0 = 閉じるまで)
set-notification_settings-max_visible = 同時に表示する最大数
set-notification_settings-position = 表示位置
set-notification_settings-show_in_statusbar = 最新のイベントをステータスバーに表示
set-notification_settings-success_timeout_ms = 成功の表示時間
set-notification_settings-warning_timeout_ms = 警告の表示時間
set-peer_protocol-handshake_timeout_seconds = ハンドシェイクのタイムアウト (新しい接続)
set-peer_protocol-keep_alive_interval_seconds = キープアライブの間隔 (新しい接続)
set-peer_protocol-message_read_timeout_seconds = 無応答のピアを切断するまで (新しい接続)
set-performance-network_interface = このアドレスでピアを待ち受け (再起動後、空 = すべて)
set-proxy-auth_enabled = プロキシにユーザー名とパスワードが必要
set-proxy-password = プロキシのパスワード
set-proxy-port = プロキシのポート
set-proxy-server = プロキシのホスト
set-proxy-type = トラッカー通信のプロキシ
set-proxy-username = プロキシのユーザー名
set-remember_window_size = ウィンドウのサイズと位置を記憶 (再起動後)
set-scheduler-days = 曜日
set-scheduler-enabled = スケジュールで代替制限に切り替える
set-scheduler-end_hour = 終了時刻 (開始より前なら翌日)
set-scheduler-start_hour = 開始時刻
set-seeding_profile = シードプロファイル
set-speed-alt_download_limit_kbps = 代替ダウンロード上限
set-speed-alt_upload_limit_kbps = 代替アップロード上限
set-speed-download_limit_kbps = 全体のダウンロード上限 (0 = なし)
set-speed-enable_alternative_speeds = 今すぐ代替制限を使う
set-speed-upload_limit_kbps = 全体のアップロード上限 (0 = なし)
set-speed_distribution-download-algorithm = ダウンロード速度の配分
set-speed_distribution-download-custom_interval_minutes = ダウンロード: N 分ごと
set-speed_distribution-download-redistribution_mode = ダウンロードの再配分
set-speed_distribution-download-spread_percentage = ダウンロードのばらつき
set-speed_distribution-download-stopped_max_percentage = ダウンロード: 停止するトレントの最大割合
set-speed_distribution-download-stopped_min_percentage = ダウンロード: 停止するトレントの最小割合
set-speed_distribution-upload-algorithm = アップロード速度の配分
set-speed_distribution-upload-custom_interval_minutes = アップロード: N 分ごと
set-speed_distribution-upload-redistribution_mode = アップロードの再配分
set-speed_distribution-upload-spread_percentage = アップロードのばらつき
set-speed_distribution-upload-stopped_max_percentage = アップロード: 停止するトレントの最大割合
set-speed_distribution-upload-stopped_min_percentage = アップロード: 停止するトレントの最小割合
set-start_minimized = 最小化して起動 (再起動後)
set-storage-ledger_interval_seconds = 記録を保存する間隔 (再起動後)
set-threshold = 新しいトレントのアップロード開始進捗
set-tickspeed = シミュレーションの刻み
set-ui_settings-color_scheme = 配色
set-ui_settings-density = 密度
set-ui_settings-monitoring_refresh_interval = モニタリングのサンプル間隔
set-upload_speed = 新しいトレントのアップロード速度
set-watch_folder-delete_added_torrents = 追加した .torrent ファイルを削除
set-watch_folder-enabled = 監視フォルダーからトレントを追加
set-watch_folder-path = 監視フォルダー

## settab
settab-advanced = 詳細
settab-bittorrent = BitTorrent
settab-connection = 接続
settab-general = 一般
settab-notifications = 通知
settab-peer-protocol = ピアプロトコル
settab-speed = 速度

## settings
settings-apply = 適用
settings-discard = 変更を破棄
settings-export = 設定をエクスポート…
settings-import = 設定をインポート…
settings-keep-editing = 編集を続ける
settings-no-match = 一致する設定はありません。
settings-reset-all = すべての設定を既定に戻す
settings-reset-all-tip = すべての設定を既定値に戻します (保持するには適用)
settings-reset-tab = タブをリセット
settings-reset-tip = このタブの設定を既定値に戻します (保持するには適用)
settings-save = 保存
settings-search-hint = 設定の名前またはキー
settings-title = 設定
settings-unsaved = 変更したのに適用していない設定があります。

## sidebar
sidebar-clear = フィルターを解除
sidebar-showing = 表示中: { $what } ({ $total } 中 { $shown })
sidebar-states = 状態
sidebar-tracker-errors = トラッカーのエラー:
sidebar-trackers = トラッカー

## state
state-active = 稼働中
state-all = すべて
state-checking = 確認中
state-downloading = ダウンロード中
state-error = エラー
state-paused = 一時停止
state-seeding = シード中
state-trackerless = トラッカーなし

## status
status-alt-off = 代替速度: オフ
status-alt-on = 代替速度: オン
status-alt-tip = クリックで代替制限をオン / オフ
status-checking = 確認中
status-down = 下り { $rate }
status-down-tip = ダウンロード速度 (全トレント)
status-downloading = ダウンロード中
status-error = エラー: { $reason }
status-limits = 現在の制限: 上り { $up }、下り { $down }
status-not-listening = ピアを待ち受けていません
status-paused = 一時停止
status-peers = ピア { $now } / { $max }
status-peers-tip = 現在の接続ピア数 / 上限
status-port = ポート { $port }
status-seeding = シード中
status-session = セッション: 上り { $up }、下り { $down }
status-torrents =
    { $selected ->
        [0] トレント { $count } 個
       *[other] トレント { $count } 個、{ $selected } 個選択
    }
status-total = 合計: 上り { $up }、下り { $down }
status-unlimited = 無制限
status-up = 上り { $rate }
status-up-tip = アップロード速度 (全トレント)

## tab
tab-details = 詳細
tab-files = ファイル
tab-incoming = 受信接続
tab-log = トレントのログ
tab-options = オプション
tab-peers = ピア
tab-status = 状態
tab-trackers = トラッカー

## table
table-columns = 列
table-default-columns = 既定の列
table-empty = ここに .torrent ファイルをドロップするか、追加を押してください (Ctrl+O)
table-empty-viewer = トレントはありません

## toolbar
toolbar-add = 追加
toolbar-add-tip = .torrent ファイルを追加 (Ctrl+O)
toolbar-announce = アナウンス
toolbar-announce-tip = 選択したトレントを今すぐトラッカーにアナウンス (Ctrl+R)
toolbar-down-double = 下り ×2
toolbar-down-double-tip = 選択のダウンロード速度を 2 倍に
toolbar-down-half = 下り ÷2
toolbar-down-half-tip = 選択のダウンロード速度を半分に
toolbar-pause = 一時停止
toolbar-pause-all = すべて一時停止
toolbar-pause-all-tip = すべてのトレントを一時停止
toolbar-pause-tip = 選択したトレントを一時停止 (スペースで切り替え)
toolbar-queue-down = キューで下へ
toolbar-queue-down-tip = 選択したトレントをキューで下へ移動 (Alt+Down)
toolbar-queue-up = キューで上へ
toolbar-queue-up-tip = 選択したトレントをキューで上へ移動 (Alt+Up)
toolbar-remove = 削除
toolbar-remove-tip = 選択したトレントを削除 (Delete)
toolbar-resume = 再開
toolbar-resume-all = すべて再開
toolbar-resume-all-tip = すべてのトレントを再開
toolbar-resume-tip = 選択したトレントを再開 (スペースで切り替え)
toolbar-search = 検索
toolbar-search-tip = 名前でトレントを検索 (Ctrl+F)
toolbar-select-first = 先にトレントを選択してください (クリック、Ctrl+クリック、Shift+クリック、Ctrl+A)
toolbar-settings = 設定
toolbar-settings-tip = 設定を開く (Ctrl+,)
toolbar-up-double = 上り ×2
toolbar-up-double-tip = 選択のアップロード速度を 2 倍に
toolbar-up-half = 上り ÷2
toolbar-up-half-tip = 選択のアップロード速度を半分に

## tracker
tracker-error = エラー
tracker-not-contacted = 未接続
tracker-standby = 待機
tracker-updating = 更新中…
tracker-working = 動作中

## trackers
trackers-ago = { $time } 前
trackers-default-client = 既定 ({ $name })
trackers-downloaded = 完了数
trackers-floor = トラッカーの最小間隔 ({ $secs } 秒) を下回りません
trackers-floor-unknown = トラッカーの最小間隔を下回りません
trackers-in = { $time } 後
trackers-interval = 間隔
trackers-interval-label = アナウンス間隔:
trackers-last = 最後のアナウンス
trackers-leechers = リーチャー
trackers-message = メッセージ
trackers-next = 次のアナウンス
trackers-none = このトレントにはトラッカーがありません。
trackers-own = 独自
trackers-peers = ピア
trackers-poses-as = このクライアントとして振る舞う
trackers-seeds = シード
trackers-status = 状態
trackers-theirs = トラッカーの値
trackers-tier = 階層
trackers-url = URL

## val
val-choose-folder = 監視するフォルダーを選んでください
val-empty-window = 時間帯の終わりが始まりと同じです (空になります)
val-hours = 時は 0..=23、分は 0..=59 です
val-no-folder = { $path } は存在するフォルダーではありません
val-not-an-address = { $text } は IP アドレスではありません
val-not-port = 0 はポートではありません (1..=65535)
val-outside = { $value } は { $min }..={ $max } の範囲外です
val-proxy-auth = ユーザー名とパスワードは最大 255 バイトです
val-proxy-host = ホスト名またはアドレスが必要です
val-stopped = 0 <= 最小 <= 最大 <= 100 である必要があります
val-unknown-language = 不明な言語 { $name }
val-unknown-profile = 不明なプロファイル { $name }

## view
view-dashboard = ダッシュボード
view-log = ログ
view-monitoring = モニタリング
view-torrents = トレント

## viewer
viewer-connecting = 接続中…
viewer-live = ライブ
viewer-live-polling = ライブ(2 秒ごとに確認)
viewer-loading = dfakeseeder に接続中…
viewer-login-busy = ログイン中…
viewer-login-failed = ログインに失敗しました (HTTP { $status })。
viewer-login-intro = dfakeseeder があなたを確認します: 起動時に表示されたトークン、またはユーザー名とパスワードを入力してください。
viewer-login-password = パスワード
viewer-login-password-mode = ユーザー名とパスワード
viewer-login-submit = ログイン
viewer-login-throttled = 試行回数が多すぎます: 1 分待ってから再試行してください。
viewer-login-title = dfakeseeder にログイン
viewer-login-token = トークン
viewer-login-token-mode = トークン
viewer-login-unreachable = dfakeseeder から応答がありません: { $error }
viewer-login-username = ユーザー名
viewer-login-wrong = トークン、ユーザー名、またはパスワードが違います。
viewer-offline = オフライン: dfakeseeder から { $secs } 秒間応答がありません。再試行中です。
viewer-read-only = 読み取り専用の表示
viewer-reconnecting = 再接続中…

## web
settab-webui = Web インターフェース
set-webui-enabled = Web API とビューアーを提供する
set-webui-localhost_only = このコンピューターのみ（127.0.0.1 で待ち受け）
set-webui-interface = Web サーバーのアドレス
set-webui-port = Web サーバーのポート
set-webui-auth_enabled = ログインを必須にする（トークンまたはパスワード）
set-webui-username = Web のユーザー名
set-webui-password_hash = 新しい Web パスワード
set-webui-token = API トークン
set-webui-allow_control = Web からの操作を許可する（追加・一時停止・削除）
set-webui-https_enabled = HTTPS を使う
set-webui-https_cert_path = HTTPS 証明書（PEM ファイル）
set-webui-https_key_path = HTTPS 秘密鍵（PEM ファイル）
set-webui-session_timeout_minutes = ログインの有効期間
set-webui-ban_after_failures = ログイン失敗が続いたアドレスをブロック
set-webui-allowed_hosts = その他のホスト名（カンマ区切り）
opt-web-no-password = パスワード未設定
opt-web-password-set = パスワード設定済み。入力すると置き換えます
opt-web-token-new = 適用時に新しいトークンを作成します
opt-web-rotate = 再発行
opt-web-rotate-tip = 適用時に新しいランダムなトークンを作成し、古いものは無効になります
val-web-needs-auth = このコンピューター外で待ち受ける場合は必須です
val-web-choose-file = ファイルを選んでください
val-web-username = 255 文字以内、制御文字なし
val-web-host = { $text } はホスト名ではありません
ev-web-serving = Web インターフェース: { $url }
ev-web-stopped = Web インターフェースを停止しました
notice-web-failed = Web サーバーが動いていません: { $why }
web-refused-no-auth = ログインなしでは { $addr } で提供しません。認証を有効にするか 127.0.0.1 で待ち受けてください
web-refused-no-credentials = ログインが必須ですが、トークンもパスワードもありません
web-bind-failed = { $addr } で待ち受けられません: { $error }
web-tls-read = { $path } を読み込めません: { $error }
web-tls-bad = { $path } は HTTPS に使えません: { $error }
