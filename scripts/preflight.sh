#!/usr/bin/env bash
# Preflight of the test suite: the Debian packages and the local services `make test` needs,
# checked in seconds, before the install and the tests (a missing libodbc.so.2 used to surface
# after eight minutes of tests). `make test` and `.ci/run` both run it, so they check one list.
#
# As root with apt-get (CI, a fresh container) a missing package is installed and a stopped
# service is started, as CI always did; otherwise the script stops and prints the exact command.
#
# Which databases: TEST_DATABASES narrows a local run (as tests/databases.py reads it); CI=true
# means all three. TEST_POSTGRES_DSN / TEST_MYSQL_HOST pointing elsewhere are the user's to run.
set -euo pipefail

ROOT=0
if [ "$(id -u)" = 0 ]; then ROOT=1; fi
APT=0
if command -v apt-get >/dev/null 2>&1; then APT=1; fi
SUDO=$([ "$ROOT" = 1 ] && echo "" || echo "sudo ")
problems=()

say() { printf 'preflight: %s\n' "$*"; }

# --- system packages ------------------------------------------------------------------------

# No `grep -q` after a pipe: it exits at the first match, the writer dies of SIGPIPE, and pipefail
# turns a found package into a missing one (seen with fc-list).
has_libodbc() { ldconfig -p 2>/dev/null | grep 'libodbc\.so\.2 ' >/dev/null; }
has_freetds() {
  # pyodbc names the driver "FreeTDS"; unixODBC finds it through odbcinst.ini.
  if command -v odbcinst >/dev/null 2>&1; then
    odbcinst -q -d -n FreeTDS >/dev/null 2>&1
  else
    grep -qs '^\[FreeTDS\]' /etc/odbcinst.ini
  fi
}
has_chromium() { command -v chromium >/dev/null 2>&1; }
has_cjk_fonts() { fc-list 2>/dev/null | grep -i 'noto sans cjk' >/dev/null; }
# 网络电话 browser test: a real SIP server with SIP over WebSocket, started by the test itself
has_kamailio() { [ -x /usr/sbin/kamailio ]; }
has_kamailio_websocket() { [ -f /usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so ] || ls /usr/lib/*/kamailio/modules/websocket.so >/dev/null 2>&1; }

missing_packages() {
  local missing=()
  has_libodbc || missing+=(unixodbc)
  # tdsodbc registers the driver when installed; one installed before unixodbc is registered below.
  has_freetds || [ -f /usr/share/tdsodbc/odbcinst.ini ] || missing+=(tdsodbc)
  has_chromium || missing+=(chromium)
  has_cjk_fonts || missing+=(fonts-noto-cjk)
  has_kamailio || missing+=(kamailio)
  has_kamailio_websocket || missing+=(kamailio-websocket-modules)
  echo "${missing[@]}"
}

read -r -a packages <<<"$(missing_packages)"
if [ "${#packages[@]}" -gt 0 ]; then
  if [ "$ROOT" = 1 ] && [ "$APT" = 1 ]; then
    say "installing ${packages[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    read -r -a packages <<<"$(missing_packages)"
  fi
  if [ "${#packages[@]}" -gt 0 ]; then
    problems+=("missing Debian packages (${packages[*]}): ${SUDO}apt-get install -y ${packages[*]}")
  fi
fi
if has_libodbc && ! has_freetds && [ -f /usr/share/tdsodbc/odbcinst.ini ]; then
  register="odbcinst -i -d -f /usr/share/tdsodbc/odbcinst.ini"
  if [ "$ROOT" = 1 ]; then
    say "registering the FreeTDS ODBC driver"
    $register >/dev/null
  fi
  has_freetds || problems+=("the FreeTDS ODBC driver is installed but not registered: ${SUDO}${register}")
fi

# --- services -------------------------------------------------------------------------------

tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
postgres_up() {
  if command -v pg_isready >/dev/null 2>&1; then pg_isready -q -h 127.0.0.1 -p 5432; else tcp_open 127.0.0.1 5432; fi
}
mariadb_up() {
  if command -v mysqladmin >/dev/null 2>&1; then
    mysqladmin -h 127.0.0.1 -P 3306 -uroot ping >/dev/null 2>&1
  else
    tcp_open 127.0.0.1 3306
  fi
}
redis_up() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]
  else
    tcp_open 127.0.0.1 6379
  fi
}

# Polls until the service answers: a server that was just started needs a few seconds.
wait_until() {  # $1 = name, $2 = probe function; up to 60 s
  for _ in $(seq 1 60); do
    if "$2"; then return 0; fi
    sleep 1
  done
  say "$1 did not come up" >&2
  return 1
}

# ensure NAME PROBE INSTALLED START-COMMAND INSTALL-HINT
ensure() {
  local name=$1 probe=$2 installed=$3 start=$4 install_hint=$5
  if "$probe"; then return 0; fi
  if ! eval "$installed"; then
    problems+=("$name is not installed: $install_hint")
    return 0
  fi
  if [ "$ROOT" = 1 ]; then
    say "starting $name"
    eval "$start" || true
    wait_until "$name" "$probe" && return 0
  fi
  problems+=("$name is not running on 127.0.0.1: ${SUDO}${start}")
}

CI_RUN=${CI:-}
selected=${TEST_DATABASES:-sqlite,postgres,mysql}
if [ "$CI_RUN" = true ]; then selected=sqlite,postgres,mysql; fi

if [[ ",$selected," == *,postgres,* ]] && [ -z "${TEST_POSTGRES_DSN:-}" ]; then
  cluster=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1 || true)
  ensure PostgreSQL postgres_up '[ -n "$cluster" ]' \
    "pg_ctlcluster --skip-systemctl-redirect ${cluster:-15} main start" \
    "${SUDO}apt-get install -y postgresql (then trust local TCP logins for user postgres, see README)"
fi
if [[ ",$selected," == *,mysql,* ]] && [ -z "${TEST_MYSQL_HOST:-}" ]; then
  ensure MariaDB mariadb_up '[ -x /usr/sbin/mariadbd ]' \
    "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd" \
    "${SUDO}apt-get install -y mariadb-server (root logs in from 127.0.0.1 without a password, see README)"
fi
# Redis is always needed: the job and rate-limit tests use a real one.
ensure Redis redis_up 'command -v redis-server >/dev/null 2>&1' \
  "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save '' --appendonly no --dir /tmp --logfile /tmp/redis-ci.log" \
  "${SUDO}apt-get install -y redis-server"

if [ "${#problems[@]}" -gt 0 ]; then
  say "the test suite cannot run yet:" >&2
  for problem in "${problems[@]}"; do printf '  - %s\n' "$problem" >&2; done
  exit 1
fi
say "system packages and services ready (databases: $selected)"
