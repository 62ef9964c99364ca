#!/usr/bin/env bash
# `make test`: the browser suite (its own demo servers on SQLite, no test database) runs beside
# the rest (SQLite, PostgreSQL, MariaDB): on two cores the run takes the longer of the two
# instead of their sum. Arguments go to both pytest runs; the exit code fails if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."
RUN=(.tools/bin/uv run --frozen --no-sync)
mkdir -p test-artifacts
log=test-artifacts/browser-suite.log

# its own database suffix, so nothing it might create meets the other run's databases
TEST_DB_SUFFIX="${TEST_DB_SUFFIX:-}_web" "${RUN[@]}" pytest tests/browser "$@" >"$log" 2>&1 &
browser=$!
trap 'kill "$browser" 2>/dev/null' EXIT

"${RUN[@]}" pytest --ignore=tests/browser "$@"
rest=$?

wait "$browser"
web=$?
trap - EXIT
echo
echo "== browser suite (tests/browser, run beside the above; full log: $log)"
if [ "$web" -eq 0 ]; then
  tail -n 5 "$log"
else
  cat "$log"
fi
echo "== tests: rest exit $rest, browser exit $web"
[ "$rest" -eq 0 ] && [ "$web" -eq 0 ]
