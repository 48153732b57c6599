# Korean: translated from en.ftl

## announce
announce-early-body = 트래커가 { $secs }초 더 기다리라고 합니다. 더 일찍 알리면 불리하게 취급될 수 있습니다.
announce-early-title = 트래커가 허용하기 전에 알릴까요?
announce-now = 지금 알리기
announce-when-allowed = 허용되면

## cell
cell-default-client = 기본값
cell-no = 아니요
cell-none = 없음
cell-trackers-interval = 트래커 값
cell-yes = 예

## col
col-added_on = 추가한 날짜
col-announce_interval = 간격
col-client_profile = 위장 클라이언트
col-comment = 설명
col-completed_on = 완료한 날짜
col-created_by = 만든 도구
col-creation_date = 만든 날짜
col-download_limit = 다운로드 제한
col-download_rate = 다운로드 속도
col-download_speed = 설정 다운로드
col-eta = 남은 시간
col-eta_threshold = 기준까지 남은 시간
col-id = #
col-label = 레이블
col-leechers = 피어
col-name = 이름
col-next_update = 다음 알림
col-piece_count = 조각 수
col-piece_length = 조각 크기
col-private = 비공개
col-progress = 진행률
col-ratio = 공유비
col-seed_time = 시드 시간
col-seeders = 시드
col-session_downloaded = 다운로드 (세션)
col-session_uploaded = 업로드 (세션)
col-status = 상태
col-threshold = 기준
col-total_downloaded = 다운로드함
col-total_size = 크기
col-total_uploaded = 업로드함
col-tracker = 트래커
col-upload_limit = 업로드 제한
col-upload_rate = 업로드 속도
col-upload_speed = 설정 업로드

## common
common-cancel = 취소
common-dismiss = 닫기
common-ok = 확인

## dash
dash-active = 활성
dash-checking-error = 확인 중 / 오류
dash-download = 다운로드
dash-downloaded = 다운로드함 (전체)
dash-downloading = 다운로드 중
dash-paused = 일시 정지
dash-peers = 피어
dash-ratio = 공유비
dash-seeding = 시드 중
dash-torrents = 토렌트
dash-upload = 업로드
dash-uploaded = 업로드함 (전체)

## day
day-fri = 금
day-mon = 월
day-sat = 토
day-sun = 일
day-thu = 목
day-tue = 화
day-wed = 수

## details
details-select = 자세한 내용을 보려면 토렌트를 선택하세요.
details-several = 여러 토렌트가 선택되었습니다. 자세한 내용을 보려면 하나만 선택하세요.

## dialog
dialog-add-title = 토렌트 추가
dialog-torrent-files = 토렌트 파일

## drop
drop-hint = .torrent 파일을 놓아 추가하세요
drop-ignored =
    { $count ->
       *[other] 파일 { $count }개를 무시했습니다 (.torrent 아님): { $names }
    }
drop-ignored-more = { $names } 외 { $more }개

## edit
edit-down-limit-tip = 이 토렌트의 다운로드 상한, KiB/s (0 = 없음)
edit-down-speed-tip = 모의 다운로드 속도, KiB/s (끌거나 입력)
edit-interval-tip = 알림 간격(초) (0 = 트래커 값, 최소값보다 작아지지 않음)
edit-threshold-tip = 업로드를 시작하는 진행률
edit-up-limit-tip = 이 토렌트의 업로드 상한, KiB/s (0 = 없음)
edit-up-speed-tip = 모의 업로드 속도, KiB/s (끌거나 입력)

## ev
ev-added = 추가됨: { $name }
ev-alt-off = 대체 속도 제한 꺼짐
ev-alt-off-schedule = 대체 속도 제한 꺼짐 (일정)
ev-alt-on = 대체 속도 제한 켜짐
ev-alt-on-schedule = 대체 속도 제한 켜짐 (일정)
ev-completed = 완료됨: { $name }
ev-settings-exported = 설정을 { $path }(으)로 내보냈습니다
ev-settings-imported = { $path }에서 설정을 가져왔습니다
ev-settings-saved = 설정을 저장했습니다
ev-tracker-error = { $name }의 트래커 오류: { $error }
ev-watch-added = 감시 폴더에서 추가됨: { $name }

## file
file-dialog-failed = 파일 대화 상자를 열 수 없습니다: { $error }

## graph
graph-download = 다운로드
graph-upload = 업로드

## incoming
incoming-address = 주소
incoming-ago = { $time } 전
incoming-client = 클라이언트
incoming-connected = 연결됨
incoming-empty = 이 토렌트에 연결된 피어가 없습니다. 피어는 우리가 알리는 트래커를 통해 우리를 찾습니다.
incoming-handshaking = 핸드셰이크 중
incoming-last = 마지막 메시지
incoming-messages = 받은 / 보낸 메시지
incoming-since = 연결 시각
incoming-state = 상태

## info
info-added-on = 추가한 날짜
info-bytes = { $size } ({ $bytes }바이트)
info-comment = 설명
info-completed-on = 완료한 날짜
info-created-by = 만든 도구
info-created-on = 만든 날짜
info-downloaded = 다운로드함 (세션 / 전체)
info-eta = 기준까지 / 완료까지
info-files = 파일
info-graph-empty = 토렌트가 실행되는 동안 속도 그래프가 채워집니다.
info-hash = 정보 해시
info-name = 이름
info-next-announce = 다음 알림
info-pieces = 조각
info-private = 비공개
info-progress = 진행률
info-rates = 업로드 / 다운로드 속도
info-ratio = 공유비
info-seed-time = 시드 시간
info-set-speeds = 설정 속도
info-status = 상태
info-swarm = 시드 / 피어
info-total-size = 전체 크기
info-trackers-working = 작동하는 트래커
info-uploaded = 업로드함 (세션 / 전체)
info-uploading-from = 업로드 시작
info-working = { $total }개 중 { $working }개

## level
level-debug = 디버그
level-error = 오류
level-info = 정보
level-warning = 경고

## log
log-added-restored = 추가됨: { $name } (합계 복원)
log-empty = 이 토렌트에 대한 기록이 아직 없습니다.
log-forced-complete = 강제로 완료: { $name }
log-ledger-failed = 장부를 저장할 수 없습니다: { $error }
log-listening = 포트 { $port }에서 피어를 기다리는 중
log-no-match = 일치하는 로그 줄이 없습니다.
log-paused = 일시 정지: { $name }
log-pose-as =
    { $count ->
       *[other] 토렌트 { $count }개가 이제 { $who }(으)로 위장합니다
    }
log-progress-set = 진행률을 { $percent } %로 설정: { $name }
log-recheck-done = 재확인 완료: { $name }
log-rechecking = 재확인 중: { $name }
log-removed = 제거됨: { $name }
log-renamed = 이름 바뀜: { $old } -> { $name }
log-resumed = 재개: { $name }
log-seeding-profile = 시드 프로필: { $name }
log-selected-only = 선택한 토렌트만
log-show-from = 표시할 최소 수준:
log-trackers-changed = 트래커 변경: 이제 { $count }개
log-watching = { $path } 감시 중

## menu
menu-add-tracker = 트래커 추가…
menu-announce = 지금 알리기
menu-copy = 복사
menu-copy-hash = 정보 해시
menu-copy-magnet = 마그넷 링크
menu-copy-name = 이름
menu-copy-tracker = 트래커 URL
menu-default-client = 기본 클라이언트
menu-edit-tracker = 편집
menu-force-complete = 강제로 완료
menu-label = 레이블 설정…
menu-pause = 일시 정지
menu-pose-as = 위장할 클라이언트
menu-properties = 속성
menu-queue = 대기열
menu-queue-bottom = 맨 아래로
menu-queue-down = 아래로
menu-queue-top = 맨 위로
menu-queue-up = 위로
menu-random-progress = 임의 진행률 설정
menu-recheck = 강제 재확인
menu-remove = 제거…
menu-remove-tracker = 제거
menu-remove-with-file = .torrent 사본과 함께 제거…
menu-rename = 이름 바꾸기…
menu-reset-limits = 제한 없음
menu-resume = 재개
menu-set-download-limit = 다운로드 제한 설정…
menu-set-upload-limit = 업로드 제한 설정…
menu-speed-limits = 속도 제한
menu-trackers = 트래커

## mon
mon-collecting = 첫 표본을 모으는 중…
mon-connections = 연결
mon-counts = 스레드, 디스크립터, 토렌트, 연결
mon-cpu = CPU
mon-cpu-graph = CPU %
mon-descriptors = 디스크립터
mon-every = { $secs }초마다 표본을 잽니다. 네트워크 수치는 이 컴퓨터의 모든 인터페이스를 합친 값입니다.
mon-fds = 파일 디스크립터
mon-in = 받기
mon-memory = 메모리
mon-net-in = 네트워크 받기
mon-net-out = 네트워크 보내기
mon-network = 네트워크
mon-out = 보내기
mon-received = 받은 양 (전체)
mon-rss = 메모리 (RSS)
mon-rss-line = RSS
mon-sent = 보낸 양 (전체)
mon-threads = 스레드
mon-torrents = 토렌트

## notice
notice-already-added = { $file }: { $name }은(는) 이미 추가되었습니다
notice-cannot-listen = { $addr }에서 피어를 기다릴 수 없습니다: { $error }
notice-cannot-watch = { $path }을(를) 감시할 수 없습니다: { $error }
notice-copy-failed = { $file }: 사본을 보관할 수 없습니다: { $error }
notice-error = 오류
notice-export-failed = 설정을 { $path }(으)로 내보낼 수 없습니다: { $error }
notice-import-failed = { $path }에서 설정을 가져오지 않았습니다: { $error }
notice-list-failed = 토렌트 폴더를 나열할 수 없습니다: { $error }
notice-not-loaded = 불러오지 않음: { $error }
notice-not-renamed = 이름을 바꾸지 않음: 이름은 한 줄에 1~{ $max }자여야 합니다
notice-note = 참고
notice-settings-failed = 설정을 저장할 수 없습니다: { $error }
notice-settings-refused = 설정을 저장하지 않음: { $why }
notice-unknown-profile = 알 수 없는 시드 프로필 { $name }
notice-warning = 경고
notice-watch-delete-failed = 추가했지만 { $path }을(를) 삭제할 수 없습니다: { $error }

## opt
opt-bottom-centre = 아래 가운데
opt-bottom-left = 왼쪽 아래
opt-bottom-right = 오른쪽 아래
opt-close-ask = 토렌트가 실행 중이면 묻기
opt-close-minimize = 최소화하고 계속 시드 (Ctrl+Q로 종료)
opt-close-quit = 종료
opt-comfortable = 여유 있게
opt-compact = 촘촘하게
opt-dark = 어둡게
opt-every-n-minutes = N분마다
opt-every-step = 단계마다
opt-folder-hint = /폴더/경로
opt-http-connect = HTTP (CONNECT)
opt-language-degraded = egui는 아직 이 문자를 완전히 조판하지 못합니다. 오른쪽에서 왼쪽으로 쓰는 글은 글자가 이어지지 않은 채 왼쪽에서 오른쪽으로 표시되고, 인도계 문자의 결합 글자는 만들어지지 않습니다. 번역은 완전하며, 글자 모양은 egui의 한계입니다.
opt-light = 밝게
opt-log-normal = 로그 정규
opt-none = 없음
opt-off = 끔
opt-on-announce = 알릴 때마다
opt-pareto = 파레토
opt-power-law = 멱법칙
opt-random = 무작위
opt-random-tip = 49152..=65535 범위의 포트
opt-socks5 = SOCKS5
opt-system = 시스템 설정 따름
opt-system-language = 시스템 언어
opt-top-centre = 위 가운데
opt-top-left = 왼쪽 위
opt-top-right = 오른쪽 위

## options
options-apply-label = 레이블 적용
options-apply-name = 이름 적용
options-label = 레이블
options-name = 이름
options-read-only = 읽기 전용: 옵션은 앱에서 바꿉니다.
options-running = 실행 중

## peers
peers-address = 주소
peers-client = 클라이언트
peers-empty = 아직 피어가 없습니다. 트래커가 알림에 피어를 돌려주면 나타납니다.
peers-from = 받은 트래커

## profile
profile-aggressive = 공격적
profile-balanced = 균형
profile-conservative = 보수적
profile-custom = 사용자 지정

## prompt
prompt-add-tracker = 트래커 URL 추가
prompt-bad-url = 트래커 URL은 http://, https:// 또는 udp://로 시작합니다
prompt-down-limit = 다운로드 제한 (KiB/s, 0 = 없음)
prompt-edit-tracker = 트래커 URL 편집
prompt-empty-name = 이름은 비워 둘 수 없습니다
prompt-label = 레이블 설정
prompt-not-a-number = { $text }은(는) KiB/s 정수가 아닙니다 (0 = 없음)
prompt-rename = 토렌트 이름 바꾸기
prompt-up-limit = 업로드 제한 (KiB/s, 0 = 없음)
quit-body = 토렌트 { $count }개가 실행 중입니다. 트래커에 중지되었다고 알립니다.
quit-minimize = 대신 최소화
quit-quit = 종료
quit-title = dfakeseeder를 종료할까요?

## remove
remove-also-file = 복사한 .torrent 파일도 삭제
remove-title =
    { $count ->
       *[other] 토렌트 { $count }개를 제거할까요?
    }
remove-yes = 예, 제거

## search
search-hint = 이름의 일부
search-label = 검색:

## set
set-bittorrent-announce_interval_seconds = 알림 간격 (0 = 트래커 값)
set-bittorrent-numwant = 요청할 피어 수 (0 = 클라이언트처럼)
set-bittorrent-scrape_interval_seconds = 스크레이프 간격 (다음 스크레이프부터)
set-client_profile = 위장할 클라이언트 (다시 시작 후)
set-close_action = 창을 닫을 때
set-connection-listening_port = 수신 포트 (다시 시작 후)
set-connection-max_global_connections = 최대 피어 연결 수 (다시 시작 후)
set-connection-max_per_torrent = 토렌트당 최대 (다시 시작 후)
set-download_speed = 새 토렌트의 다운로드 속도
set-language = 언어
set-logging-level = 로그 파일: 기록할 가장 낮은 중요도
set-logging-log_to_file = 로그 파일 쓰기 (설정 폴더의 logs/dfakeseeder.log)
set-logging-max_files = 로그 파일: 남길 이전 파일 수
set-logging-max_size_mb = 로그 파일: 새 파일로 바꿀 크기
set-notification_settings-desktop_notifications = 데스크톱에도 알림 (완료, 경고, 오류)
set-notification_settings-enabled = 알림 표시
set-notification_settings-error_timeout_ms = 오류 표시 시간
set-notification_settings-info_timeout_ms = 정보 표시 시간 (0 = 닫을 때까지)
set-notification_settings-max_visible = 화면에 최대
set-notification_settings-position = 위치
set-notification_settings-show_in_statusbar = 최신 이벤트를 상태 표시줄에 표시
set-notification_settings-success_timeout_ms = 성공 표시 시간
set-notification_settings-warning_timeout_ms = 경고 표시 시간
set-peer_protocol-handshake_timeout_seconds = 핸드셰이크 제한 시간 (새 연결)
set-peer_protocol-keep_alive_interval_seconds = 킵얼라이브 간격 (새 연결)
set-peer_protocol-message_read_timeout_seconds = 조용한 피어를 끊기까지 (새 연결)
set-performance-network_interface = 이 주소에서 피어 기다리기 (다시 시작 후, 비우면 전체)
set-proxy-auth_enabled = 프록시에 사용자 이름과 비밀번호 필요
set-proxy-password = 프록시 비밀번호
set-proxy-port = 프록시 포트
set-proxy-server = 프록시 호스트
set-proxy-type = 트래커 통신용 프록시
set-proxy-username = 프록시 사용자 이름
set-remember_window_size = 창 크기와 위치 기억 (다시 시작 후)
set-scheduler-days = 요일
set-scheduler-enabled = 일정에 따라 대체 제한으로 전환
set-scheduler-end_hour = 끝 시각 (시작보다 이르면 다음 날)
set-scheduler-start_hour = 시작 시각
set-seeding_profile = 시드 프로필
set-speed-alt_download_limit_kbps = 대체 다운로드 제한
set-speed-alt_upload_limit_kbps = 대체 업로드 제한
set-speed-download_limit_kbps = 전체 다운로드 제한 (0 = 없음)
set-speed-enable_alternative_speeds = 지금 대체 제한 사용
set-speed-upload_limit_kbps = 전체 업로드 제한 (0 = 없음)
set-speed_distribution-download-algorithm = 다운로드 속도 나누기
set-speed_distribution-download-custom_interval_minutes = 다운로드: N분마다
set-speed_distribution-download-redistribution_mode = 다운로드 다시 나누기
set-speed_distribution-download-spread_percentage = 다운로드 편차
set-speed_distribution-download-stopped_max_percentage = 다운로드: 멈춘 토렌트 최대 비율
set-speed_distribution-download-stopped_min_percentage = 다운로드: 멈춘 토렌트 최소 비율
set-speed_distribution-upload-algorithm = 업로드 속도 나누기
set-speed_distribution-upload-custom_interval_minutes = 업로드: N분마다
set-speed_distribution-upload-redistribution_mode = 업로드 다시 나누기
set-speed_distribution-upload-spread_percentage = 업로드 편차
set-speed_distribution-upload-stopped_max_percentage = 업로드: 멈춘 토렌트 최대 비율
set-speed_distribution-upload-stopped_min_percentage = 업로드: 멈춘 토렌트 최소 비율
set-start_minimized = 최소화한 채 시작 (다시 시작 후)
set-storage-ledger_interval_seconds = 기록 저장 간격 (다시 시작 후)
set-threshold = 새 토렌트가 업로드를 시작하는 진행률
set-tickspeed = 시뮬레이션 단계
set-ui_settings-color_scheme = 색상
set-ui_settings-density = 밀도
set-ui_settings-monitoring_refresh_interval = 모니터링 표본 간격
set-upload_speed = 새 토렌트의 업로드 속도
set-watch_folder-delete_added_torrents = 추가한 .torrent 파일 삭제
set-watch_folder-enabled = 감시 폴더에서 토렌트 추가
set-watch_folder-path = 감시 폴더

## settab
settab-advanced = 고급
settab-bittorrent = BitTorrent
settab-connection = 연결
settab-general = 일반
settab-notifications = 알림
settab-peer-protocol = 피어 프로토콜
settab-speed = 속도

## settings
settings-apply = 적용
settings-discard = 변경 사항 버리기
settings-export = 설정 내보내기…
settings-import = 설정 가져오기…
settings-keep-editing = 계속 편집
settings-no-match = 일치하는 설정이 없습니다.
settings-reset-all = 모든 설정을 기본값으로
settings-reset-all-tip = 모든 설정을 기본값으로 되돌립니다 (유지하려면 적용)
settings-reset-tab = 탭 초기화
settings-reset-tip = 이 탭의 설정을 기본값으로 되돌립니다 (유지하려면 적용)
settings-save = 저장
settings-search-hint = 설정 이름 또는 키
settings-title = 설정
settings-unsaved = 바뀌었지만 적용하지 않은 설정이 있습니다.

## sidebar
sidebar-clear = 필터 지우기
sidebar-showing = 표시 중: { $what } ({ $total }개 중 { $shown }개)
sidebar-states = 상태
sidebar-tracker-errors = 트래커 오류:
sidebar-trackers = 트래커

## state
state-active = 활성
state-all = 전체
state-checking = 확인 중
state-downloading = 다운로드 중
state-error = 오류
state-paused = 일시 정지
state-seeding = 시드 중
state-trackerless = 트래커 없음

## status
status-alt-off = 대체 속도: 끔
status-alt-on = 대체 속도: 켬
status-alt-tip = 눌러서 대체 제한을 켜거나 끄기
status-checking = 확인 중
status-down = 다운 { $rate }
status-down-tip = 다운로드 속도, 모든 토렌트
status-downloading = 다운로드 중
status-error = 오류: { $reason }
status-limits = 현재 제한: 업 { $up }, 다운 { $down }
status-not-listening = 피어를 기다리지 않음
status-paused = 일시 정지
status-peers = 피어 { $now } / { $max }
status-peers-tip = 지금 연결된 피어 / 최대
status-port = 포트 { $port }
status-seeding = 시드 중
status-session = 세션: 업 { $up }, 다운 { $down }
status-torrents =
    { $selected ->
        [0] 토렌트 { $count }개
       *[other] 토렌트 { $count }개, { $selected }개 선택
    }
status-total = 전체: 업 { $up }, 다운 { $down }
status-unlimited = 무제한
status-up = 업 { $rate }
status-up-tip = 업로드 속도, 모든 토렌트

## tab
tab-details = 세부 정보
tab-files = 파일
tab-incoming = 들어오는 연결
tab-log = 토렌트 로그
tab-options = 옵션
tab-peers = 피어
tab-status = 상태
tab-trackers = 트래커

## table
table-columns = 열
table-default-columns = 기본 열
table-empty = 여기에 .torrent 파일을 놓거나 추가를 누르세요 (Ctrl+O)
table-empty-viewer = 토렌트 없음

## toolbar
toolbar-add = 추가
toolbar-add-tip = .torrent 파일 추가 (Ctrl+O)
toolbar-announce = 알리기
toolbar-announce-tip = 선택한 토렌트를 지금 트래커에 알리기 (Ctrl+R)
toolbar-down-double = 다운 ×2
toolbar-down-double-tip = 선택 항목의 다운로드 속도를 두 배로
toolbar-down-half = 다운 ÷2
toolbar-down-half-tip = 선택 항목의 다운로드 속도를 절반으로
toolbar-pause = 일시 정지
toolbar-pause-all = 모두 일시 정지
toolbar-pause-all-tip = 모든 토렌트 일시 정지
toolbar-pause-tip = 선택한 토렌트 일시 정지 (Space로 전환)
toolbar-queue-down = 대기열 아래로
toolbar-queue-down-tip = 선택한 토렌트를 대기열에서 아래로 (Alt+Down)
toolbar-queue-up = 대기열 위로
toolbar-queue-up-tip = 선택한 토렌트를 대기열에서 위로 (Alt+Up)
toolbar-remove = 제거
toolbar-remove-tip = 선택한 토렌트 제거 (Delete)
toolbar-resume = 재개
toolbar-resume-all = 모두 재개
toolbar-resume-all-tip = 모든 토렌트 재개
toolbar-resume-tip = 선택한 토렌트 재개 (Space로 전환)
toolbar-search = 검색
toolbar-search-tip = 이름으로 토렌트 검색 (Ctrl+F)
toolbar-select-first = 먼저 토렌트를 선택하세요 (클릭, Ctrl+클릭, Shift+클릭, Ctrl+A)
toolbar-settings = 설정
toolbar-settings-tip = 설정 열기 (Ctrl+,)
toolbar-up-double = 업 ×2
toolbar-up-double-tip = 선택 항목의 업로드 속도를 두 배로
toolbar-up-half = 업 ÷2
toolbar-up-half-tip = 선택 항목의 업로드 속도를 절반으로

## tracker
tracker-error = 오류
tracker-not-contacted = 연락 안 함
tracker-standby = 대기
tracker-updating = 갱신 중…
tracker-working = 작동 중

## trackers
trackers-ago = { $time } 전
trackers-default-client = 기본값 ({ $name })
trackers-downloaded = 다운로드 수
trackers-floor = 트래커 최소 간격({ $secs }초)보다 짧아지지 않음
trackers-floor-unknown = 트래커 최소 간격보다 짧아지지 않음
trackers-in = { $time } 후
trackers-interval = 간격
trackers-interval-label = 알림 간격:
trackers-last = 마지막 알림
trackers-leechers = 리처
trackers-message = 메시지
trackers-next = 다음 알림
trackers-none = 이 토렌트에는 트래커가 없습니다.
trackers-own = 직접 지정
trackers-peers = 피어
trackers-poses-as = 이 클라이언트로 위장
trackers-seeds = 시드
trackers-status = 상태
trackers-theirs = 트래커 값
trackers-tier = 계층
trackers-url = URL

## val
val-choose-folder = 감시할 폴더를 고르세요
val-empty-window = 시간대의 끝이 시작과 같습니다 (비게 됩니다)
val-hours = 시는 0..=23, 분은 0..=59입니다
val-no-folder = { $path }은(는) 있는 폴더가 아닙니다
val-not-an-address = { $text }은(는) IP 주소가 아닙니다
val-not-port = 0은 포트가 아닙니다 (1..=65535)
val-outside = { $value }은(는) { $min }..={ $max } 범위를 벗어납니다
val-proxy-auth = 사용자 이름과 비밀번호는 최대 255바이트입니다
val-proxy-host = 호스트 이름이나 주소가 필요합니다
val-stopped = 0 <= 최소 <= 최대 <= 100 이어야 합니다
val-unknown-language = 알 수 없는 언어 { $name }
val-unknown-profile = 알 수 없는 프로필 { $name }

## view
view-dashboard = 대시보드
view-log = 로그
view-monitoring = 모니터링
view-torrents = 토렌트

## viewer
viewer-connecting = 연결 중…
viewer-live = 실시간
viewer-live-polling = 실시간 (2초마다 확인)
viewer-loading = dfakeseeder에 연결 중…
viewer-login-busy = 로그인 중…
viewer-login-failed = 로그인 실패 (HTTP { $status }).
viewer-login-intro = dfakeseeder가 사용자를 확인합니다: 시작할 때 출력된 토큰이나 사용자 이름과 비밀번호를 입력하세요.
viewer-login-password = 비밀번호
viewer-login-password-mode = 사용자 이름과 비밀번호
viewer-login-submit = 로그인
viewer-login-throttled = 시도 횟수가 너무 많습니다: 1분 후 다시 시도하세요.
viewer-login-title = dfakeseeder에 로그인
viewer-login-token = 토큰
viewer-login-token-mode = 토큰
viewer-login-unreachable = dfakeseeder가 응답하지 않았습니다: { $error }
viewer-login-username = 사용자 이름
viewer-login-wrong = 토큰, 사용자 이름 또는 비밀번호가 틀렸습니다.
viewer-offline = 오프라인: { $secs }초 동안 dfakeseeder의 응답이 없습니다. 계속 시도 중입니다.
viewer-read-only = 읽기 전용 보기
viewer-reconnecting = 다시 연결 중…

## web
settab-webui = 웹 UI
set-webui-enabled = 웹 API와 뷰어 제공
set-webui-localhost_only = 이 컴퓨터만 (127.0.0.1에서 수신)
set-webui-interface = 웹 서버 주소
set-webui-port = 웹 서버 포트
set-webui-auth_enabled = 로그인 필수 (토큰 또는 비밀번호)
set-webui-username = 웹 사용자 이름
set-webui-password_hash = 새 웹 비밀번호
set-webui-token = API 토큰
set-webui-allow_control = 웹에서 제어 허용 (추가, 일시 중지, 제거)
set-webui-https_enabled = HTTPS 사용
set-webui-https_cert_path = HTTPS 인증서 (PEM 파일)
set-webui-https_key_path = HTTPS 개인 키 (PEM 파일)
set-webui-session_timeout_minutes = 로그인 유지 시간
set-webui-ban_after_failures = 로그인 실패 후 주소 차단
set-webui-allowed_hosts = 기타 호스트 이름 (쉼표로 구분)
opt-web-no-password = 비밀번호 없음
opt-web-password-set = 비밀번호가 설정됨; 바꾸려면 입력하세요
opt-web-token-new = 적용하면 새 토큰이 만들어집니다
opt-web-rotate = 재발급
opt-web-rotate-tip = 적용하면 새 무작위 토큰이 만들어지고 이전 토큰은 더 이상 작동하지 않습니다
val-web-needs-auth = 서버가 이 컴퓨터 밖에서 수신할 때 필요합니다
val-web-choose-file = 파일을 선택하세요
val-web-username = 최대 255자, 제어 문자 없음
val-web-host = { $text }은(는) 호스트 이름이 아닙니다
ev-web-serving = 웹 UI 주소: { $url }
ev-web-stopped = 웹 UI 중지됨
notice-web-failed = 웹 서버가 실행 중이 아닙니다: { $why }
web-refused-no-auth = 로그인 없이 { $addr }에서 제공하지 않습니다: 인증을 켜거나 127.0.0.1에서 수신하세요
web-refused-no-credentials = 로그인이 필요하지만 토큰도 비밀번호도 없습니다
web-bind-failed = { $addr }에서 수신할 수 없습니다: { $error }
web-tls-read = { $path }을(를) 읽을 수 없습니다: { $error }
web-tls-bad = { $path }은(는) HTTPS에 쓸 수 없습니다: { $error }
