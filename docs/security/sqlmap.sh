#!/usr/bin/env bash
# Runs sqlmap (the Debian package: apt-get install -y sqlmap) against every query parameter the
# public reads from a request: the search page, the category and topic listings, the contact
# directory and the open data API, at --level 3. See docs/security.md.
#
#   docs/security/sqlmap.sh                   build output: starts target/practice-library.jar on a
#                                             fresh PostgreSQL database, scans it, stops it, drops it
#   docs/security/sqlmap.sh http://host:8080  scans a library that is already running (read-only:
#                                             only GET requests; it does fill the search analytics)
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD; JAR
# (target/practice-library.jar); PORT (18080); THREADS (4); OUT (target/sqlmap); TECHNIQUE (BEU:
# boolean-based blind, error-based and UNION; add S for stacked queries and T for time-based blind,
# which need many times longer, e.g. TECHNIQUE=BEUST on a quiet machine).
# Exit status: 0 when sqlmap found no injection, 1 when it found one, 2 when it could not run.
set -euo pipefail

cd "$(dirname "$0")/../.."
OUT=${OUT:-target/sqlmap}
THREADS=${THREADS:-4}
TECHNIQUE=${TECHNIQUE:-BEU}
PORT=${PORT:-18080}
JAR=${JAR:-target/practice-library.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

command -v sqlmap >/dev/null || { echo "sqlmap is not installed: apt-get install -y sqlmap" >&2; exit 2; }

app_pid=""
database=""
data_dir=""
cleanup() {
	if [[ -n "$app_pid" ]]; then
		kill "$app_pid" 2>/dev/null || true
		wait "$app_pid" 2>/dev/null || true
	fi
	if [[ -n "$database" ]]; then
		dropdb --if-exists "$database" || true
	fi
	if [[ -n "$data_dir" ]]; then
		rm -rf "$data_dir"
	fi
}
trap cleanup EXIT
trap "exit 2" INT TERM

if [[ $# -ge 1 ]]; then
	BASE=${1%/}
else
	[[ -f "$JAR" ]] || { echo "No $JAR: build it with ./mvnw -DskipTests package" >&2; exit 2; }
	database="library_sqlmap_$(date +%s)"
	data_dir=$(mktemp -d)
	createdb "$database"
	java -jar "$JAR" --spring.profiles.active=postgres \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
		--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" \
		--library.data-dir="$data_dir" --server.port="$PORT" >"$OUT/library.log" 2>&1 &
	app_pid=$!
	BASE="http://127.0.0.1:$PORT"
	for _ in $(seq 1 180); do
		if curl -fs "$BASE/actuator/health/readiness" >/dev/null; then
			break
		fi
		kill -0 "$app_pid" 2>/dev/null || { echo "The library did not start: see $OUT/library.log" >&2; exit 2; }
		sleep 1
	done
	curl -fs "$BASE/actuator/health/readiness" >/dev/null || { echo "The library is not ready" >&2; exit 2; }
fi

# Real slugs from the library itself, so the listings and the API answer 200 before sqlmap
# starts changing the parameters.
category=$(curl -fs "$BASE/api/v1/categories" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
topic=$(curl -fs "$BASE/api/v1/topics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
evidence=$(curl -fs "$BASE/api/v1/evidence" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
resource=$(curl -fs "$BASE/api/v1/resources" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')

# Every parameter of each page, with a value it accepts. A * marks a slug in a path as an
# injection point; sqlmap then tests only the marked points, so slugs have URLs of their own.
targets=(
	"$BASE/search?q=resettlement&category=$category&type=practice-example&topic=$topic&age=15&cost=free&evidence=$evidence&publisher=Leeds&year=2024&documents=all&sort=relevance&page=1"
	"$BASE/categories/$category?type=practice-example&topic=$topic&age=15&cost=free&evidence=$evidence&sort=newest&page=1"
	"$BASE/categories/$category*"
	"$BASE/topics/$topic?type=guidance&age=15&cost=has-cost&evidence=$evidence&sort=title&page=1"
	"$BASE/topics/$topic*"
	"$BASE/contacts?region=Yorkshire"
	"$BASE/api/v1/resources?category=$category&type=practice-example&topic=$topic&age=15&cost=free&evidence=$evidence&sort=newest&page=1&size=20"
	"$BASE/api/v1/resources/$resource*"
)

echo "sqlmap $(dpkg-query -W -f='${Version}' sqlmap 2>/dev/null || sqlmap --version) against $BASE, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
found=0
headers=""
for url in "${targets[@]}"; do
	echo "== $url"
	# --level 3: also the User-Agent and Referer headers, and more payloads a technique. The
	# headers are the same for every page, so they are tested with the first URL only.
	# --risk 1: no payload that could change data (OR-based and heavy queries stay out);
	# --dbms: the library runs on PostgreSQL, so no other database's payloads.
	sqlmap -u "$url" --batch --level 3 --risk 1 --dbms=PostgreSQL --threads "$THREADS" \
		--technique="$TECHNIQUE" $headers \
		--output-dir "$OUT" --flush-session --disable-coloring --timeout 15 --retries 1 \
		| tee -a "$OUT/sqlmap.log" | grep -E "is vulnerable|injectable|might be injectable|all tested parameters|Parameter:|CRITICAL|WARNING.*(not injectable|does not seem)" || true
	if grep -q "sqlmap identified the following injection point" "$OUT/sqlmap.log"; then
		found=1
	fi
	headers="--skip=user-agent,referer,host"
done

if [[ $found -eq 1 ]]; then
	echo "RESULT: sqlmap found an injection point: see $OUT/sqlmap.log"
	exit 1
fi
echo "RESULT: no injection found in ${#targets[@]} URLs (log: $OUT/sqlmap.log)"
