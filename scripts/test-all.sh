#!/usr/bin/env bash
# `npm test`: everything a change must pass, in order, with one summary line at the end.
# Steps: typecheck → lint → format → unit and route tests (embedded PostgreSQL 18) → the route tests again
# on Debian's PostgreSQL 15 (when installed) → web build → browser journeys (when Chromium is installed).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
passed=0; failed=0; status=0

step() { echo; echo "══ $1"; }
count() { # add the counts of a vitest JSON report
  local file=$1
  if [ -f "$file" ]; then
    # A run that failed without a failing test (a file that did not load) counts as one failure.
    read -r p f < <(node -e 'const r=require(require("path").resolve(process.argv[1]));console.log(r.numPassedTests, r.numFailedTests + (!r.success && r.numFailedTests===0 ? 1 : 0))' "$file")
    passed=$((passed + p)); failed=$((failed + f))
  else
    failed=$((failed + 1))
  fi
}

step "类型检查 typecheck"
npm run -s typecheck || { status=1; failed=$((failed + 1)); }

step "代码规范 lint"
npm run -s lint || { status=1; failed=$((failed + 1)); }

step "代码格式 format (Prettier)"
npm run -s format:check || { status=1; failed=$((failed + 1)); }

step "单元与接口测试 (内嵌 PostgreSQL)"
npx vitest run --project domain --project server --project web --reporter=default --reporter=json --outputFile=artifacts/vitest-embedded.json || status=1
count artifacts/vitest-embedded.json

PG15=/usr/lib/postgresql/15/bin
if [ -x "$PG15/pg_ctl" ] && [ "${YIFA_SKIP_PG15:-}" != "1" ]; then
  step "接口测试 (Debian PostgreSQL 15)"
  pgdir=$(mktemp -d /tmp/yifa-pg15-XXXXXX); chmod 755 "$pgdir"
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  as_pg=(); [ "$(id -u)" = 0 ] && { id postgres >/dev/null 2>&1 || useradd --system --user-group postgres; chown postgres "$pgdir"; as_pg=(runuser -u postgres --); }
  "${as_pg[@]}" "$PG15/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null &&
  "${as_pg[@]}" "$PG15/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  if [ $? -eq 0 ]; then
    TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" npx vitest run --project server --reporter=default --reporter=json --outputFile=artifacts/vitest-pg15.json || status=1
    count artifacts/vitest-pg15.json
    "${as_pg[@]}" "$PG15/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null
  else
    echo "PostgreSQL 15 未能启动"; status=1; failed=$((failed + 1))
  fi
  rm -rf "$pgdir"
else
  echo "(跳过 PostgreSQL 15：未安装 $PG15)"
fi

step "网页构建 web build"
npm run -s build || { status=1; failed=$((failed + 1)); }

if [ -x /usr/bin/chromium ] && [ "${YIFA_SKIP_E2E:-}" != "1" ]; then
  step "浏览器旅程 (Playwright + Debian Chromium)"
  npx vitest run --project e2e --reporter=default --reporter=json --outputFile=artifacts/vitest-e2e.json || status=1
  count artifacts/vitest-e2e.json
else
  echo "(跳过浏览器旅程：未安装 /usr/bin/chromium)"
fi

echo
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
