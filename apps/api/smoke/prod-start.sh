#!/usr/bin/env bash
# Smoke test of a production start on a real PostgreSQL server (Debian's `postgresql` package), as the container image
# runs it: DATABASE_URL, NODE_ENV=production, the three keys, the demo seed, a DATA_DIR that does not exist yet.
#   1. first start seeds the demo county, stores the key check values; admin logs in and reads, an enumerator reads
#      an unmasked citizen ID (the keys open the sealed data); SIGTERM stops it with status 0;
#   2. second start: keys match, nothing is seeded again; SIGTERM;
#   3. `db.js rotate-keys` re-seals everything with new keys; the API starts with them and reads;
#   4. a start with the old DATA_ENCRYPTION_KEY is refused (non-zero exit, message naming the key).
# It runs its own throw-away cluster (initdb into a temporary folder, a free port), so it touches no other PostgreSQL.
# Run by .ci/run after `npm test`; locally: `npm run smoke` (needs `apt-get install postgresql`, or PG_BIN=...).
set -euo pipefail
cd "$(dirname "$0")/../../.."

fail() {
  echo "SMOKE FAILED: $*" >&2
  exit 1
}

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/initdb" ] || fail "no PostgreSQL server binaries (install Debian's postgresql package, or set PG_BIN)"

WORK=$(mktemp -d /tmp/census-smoke-XXXXXX)
chmod 755 "$WORK"
API_PID=
as_pg() {
  # PostgreSQL refuses to run as root: as root, run its programs as the postgres user the package creates.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then kill -TERM "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  [ -f "$WORK/pg/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
secret() { node -e "console.log(require('crypto').randomBytes($1).toString('base64'))"; }

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') from $PG_BIN"
PG_PORT=$(free_port)
PG_PASSWORD=$(secret 18)
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --user-group --home-dir "$WORK" postgres
  chown postgres "$WORK"
fi
printf '%s\n' "$PG_PASSWORD" >"$WORK/pwfile"
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pwfile"; fi
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --pwfile="$WORK/pwfile" --auth-host=scram-sha-256 \
  --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; fail initdb; }
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null || { cat "$WORK/pg/server.log"; fail "pg_ctl start"; }
PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c 'CREATE DATABASE census' || fail "CREATE DATABASE"

echo "== building the API"
npx nx run api:build --outputStyle=stream >"$WORK/build.log" 2>&1 || { tail -50 "$WORK/build.log"; fail "build"; }

API_PORT=$(free_port)
URL="http://127.0.0.1:$API_PORT"
export DATABASE_URL="postgres://postgres:$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$PG_PASSWORD")@127.0.0.1:$PG_PORT/census"
export NODE_ENV=production SEED_DEMO=true PORT=$API_PORT HOST=127.0.0.1
export DATA_DIR="$WORK/data-dir-not-there-yet/census"
export JWT_SECRET DATA_ENCRYPTION_KEY DATA_HASH_KEY
JWT_SECRET=$(secret 48)
DATA_ENCRYPTION_KEY=$(secret 32)
DATA_HASH_KEY=$(secret 32)

# start LOG: starts the API in the background and waits until /readyz answers (database reachable, migrations applied) (or the API exits: failure).
start() {
  node apps/api/dist/main.js >"$1" 2>&1 &
  API_PID=$!
  until node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$URL/readyz"; do
    kill -0 "$API_PID" 2>/dev/null || { cat "$1"; fail "the API exited before it was ready"; }
    sleep 0.5
  done
}
# stop: SIGTERM, and the API must exit with status 0.
stop() {
  kill -TERM "$API_PID"
  local status=0
  wait "$API_PID" || status=$?
  API_PID=
  [ "$status" = 0 ] || fail "the API exited with status $status on SIGTERM"
}
graphql() { # TOKEN QUERY -> response body
  node -e '
    const [url, token, query] = process.argv.slice(1);
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }).then(async (r) => { console.log(await r.text()); process.exit(r.ok ? 0 : 1); });
  ' "$URL/graphql" "$1" "$2"
}
login() {
  graphql '' "mutation { login(input: { username: \"$1\", password: \"census-demo-2020\" }) { token } }" |
    node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>{const t=JSON.parse(s).data?.login?.token;if(!t){console.error(s);process.exit(1)}console.log(t)})'
}
expect_in() { # TEXT PATTERN WHAT
  grep -q -- "$2" <<<"$1" || fail "$3: expected '$2' in: $1"
}
check_reads() {
  local admin enumerator
  admin=$(login admin) || fail "admin could not log in"
  expect_in "$(graphql "$admin" '{ zone(code: "330106") { name children(first: 3) { totalCount } } }')" \
    '"name":"西湖区","children":{"totalCount":12}' "the county as admin"
  enumerator=$(login enumerator) || fail "enumerator could not log in"
  local person id
  person=$(graphql "$enumerator" '{ persons(first: 1) { edges { node { id citizenId(unmasked: true) } } } }')
  expect_in "$person" '"citizenId":"[0-9]\{17\}[0-9X]"' "an unmasked citizen ID as enumerator"
  # Found again by its keyed hash: the hash key matches the stored hashes.
  id=$(node -e 'const n = JSON.parse(process.argv[1]).data.persons.edges[0].node; console.log(n.citizenId)' "$person")
  expect_in "$(graphql "$enumerator" "{ persons(first: 1, filter: { citizenId: \"$id\" }) { edges { node { citizenId(unmasked: true) } } } }")" \
    "\"citizenId\":\"$id\"" "the person found by citizen ID"
}

echo "== first production start (seeds the demo county)"
start "$WORK/api-1.log"
expect_in "$(cat "$WORK/api-1.log")" 'Seeded the demo county' "first start"
expect_in "$(cat "$WORK/api-1.log")" 'Stored the check value of DATA_ENCRYPTION_KEY' "first start"
[ -s "$DATA_DIR/demo-integration-token.txt" ] || fail "no demo-integration-token.txt in the new DATA_DIR"
check_reads
stop
grep -h 'Seeded\|Census API ready' "$WORK/api-1.log"

echo "== second start (keys match, nothing seeded)"
start "$WORK/api-2.log"
if grep -q 'Seeded\|Stored the check value\|Applied migration' "$WORK/api-2.log"; then
  cat "$WORK/api-2.log"
  fail "the second start seeded, migrated or stored check values again"
fi
check_reads
stop
grep -h 'Census API ready' "$WORK/api-2.log"

echo "== key rotation (docs/operations.md): re-seal with new keys, start with them"
NEW_ENCRYPTION_KEY=$(secret 32)
NEW_HASH_KEY=$(secret 32)
OLD_DATA_ENCRYPTION_KEY=$DATA_ENCRYPTION_KEY OLD_DATA_HASH_KEY=$DATA_HASH_KEY \
  DATA_ENCRYPTION_KEY=$NEW_ENCRYPTION_KEY DATA_HASH_KEY=$NEW_HASH_KEY \
  node apps/api/dist/db.js rotate-keys >"$WORK/rotate.log" 2>&1 || { cat "$WORK/rotate.log"; fail "rotate-keys"; }
tail -1 "$WORK/rotate.log"
ROTATED_FROM=$DATA_ENCRYPTION_KEY
DATA_ENCRYPTION_KEY=$NEW_ENCRYPTION_KEY
DATA_HASH_KEY=$NEW_HASH_KEY
start "$WORK/api-3.log"
check_reads
stop

echo "== a start with another DATA_ENCRYPTION_KEY (the one rotated away from) is refused"
status=0
DATA_ENCRYPTION_KEY=$ROTATED_FROM timeout 120 node apps/api/dist/main.js >"$WORK/api-4.log" 2>&1 || status=$?
[ "$status" != 0 ] && [ "$status" != 124 ] || { cat "$WORK/api-4.log"; fail "a start with another key was not refused (status $status)"; }
expect_in "$(cat "$WORK/api-4.log")" 'DATA_ENCRYPTION_KEY 与本数据库首次启动时使用的密钥不一致' "the refusal"
cat "$WORK/api-4.log"

echo "== production start smoke test passed"
