#!/usr/bin/env bash
# Backs up a Youth Justice Practice Library on PostgreSQL: the database (pg_dump, custom format)
# and the content store (every attachment's bytes and thumbnail), into a new folder with a manifest.
# The library may keep running.
#
# Usage: db/backup.sh [--data-dir DIR] [--store DIR] BACKUP_DIR
#
# Why the dump and the files agree without stopping the library: the dump is one consistent
# snapshot of the database, taken first. The content store is content-addressed and write-once: a
# file is named by the SHA-256 of its bytes, is written (and flushed) before any database row refers
# to it, never changes afterwards, and is deleted only by the orphan sweep, once no row has used it
# for library.attachments.orphan-grace (24 hours). So every file a row in the dump refers to is
# still in the store when the files are copied just after the dump, and the copy is a superset of
# what the dump needs. Extra files (uploads saved after the dump, orphans) do no harm: the sweep
# removes them after a restore. The backup checks this: every file the dump refers to must be in the
# copy, and every copied file's bytes must match its name.
#
# Left out: files/incoming/ (uploads in progress) and the search index (index/), which holds nothing
# that is not in the database and is rebuilt when a restored library starts.
#
# BACKUP_DIR must not exist (or be an empty folder). It is written as BACKUP_DIR.partial and renamed
# when complete, so a folder with the final name is always a whole backup. It holds:
#   database.dump   pg_dump --format=custom
#   files/          the content store's files, at ab/cd/<sha256>
#   SHA256SUMS      the SHA-256 of database.dump and of every file (sha256sum --check reads it)
#   MANIFEST        what was backed up: when, from where, sizes, the dump's SHA-256 and counts
#
# Connection settings, data directory and exit statuses: see db/backup-common.sh and
# docs/operations.md (Backup and restore).
set -euo pipefail

# shellcheck source=db/backup-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/backup-common.sh"

usage() {
  cat <<'EOF'
Usage: db/backup.sh [--data-dir DIR] [--store DIR] BACKUP_DIR

Backs up the library's PostgreSQL database (pg_dump, custom format) and its content store into the
new folder BACKUP_DIR, with a manifest. The library may keep running.

  --data-dir DIR   the library's data directory (default: $LIBRARY_DATA_DIR)
  --store DIR      the content store (default: $LIBRARY_ATTACHMENTS_STORE, else DIR/files)

The database is the library's: SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD when set, otherwise
PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD (or ~/.pgpass).

Exit status: 0 backed up; 1 failed (nothing is left behind); 2 wrong arguments; 3 BACKUP_DIR exists
and is not empty; 5 backed up, but files the database refers to are missing from the store (listed).
EOF
}

parse_arguments no "$@"
destination="$BACKUP_DIR_ARGUMENT"

resolve_directories "$DATA_DIR_OPTION" "$STORE_OPTION"
resolve_connection
require_tools pg_dump pg_restore psql sha256sum

[ -d "$DATA_DIR" ] || die $EXIT_USAGE "The data directory $DATA_DIR does not exist."
if [ -e "$destination" ] && { [ ! -d "$destination" ] || [ -n "$(ls -A "$destination")" ]; }; then
  die $EXIT_REFUSED "$destination already exists and is not an empty folder. Choose a new folder for each backup."
fi
partial="${destination%/}.partial"
[ ! -e "$partial" ] || die $EXIT_REFUSED "$partial exists: an earlier backup was cut short. Delete it first."

cleanup() { rm -rf -- "$partial"; }
trap cleanup EXIT
mkdir -p -- "$partial/files"

say "Backing up $(describe_connection) and the content store $STORE"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
if ! server=$(sql 'show server_version' 2>&1); then
  die $EXIT_FAILED "Cannot connect to the $(describe_connection): $server"
fi
schema_version=$(sql "select version from flyway_schema_history where success and version is not null
    order by installed_rank desc limit 1" 2>/dev/null || true)

# 1. The database, first.
pg_dump --format=custom --no-password --file="$partial/database.dump" \
  || die $EXIT_FAILED "pg_dump failed (see above); no backup was written."

# 2. The content store, after the dump (see the header).
if [ -d "$STORE" ]; then
  copy_errors="$partial/copy-errors"
  # A file can vanish between listing and copying (the sweep removing an orphan): tolerated here,
  # because step 3 checks that every file the dump needs was copied whole.
  files_target=$(cd "$partial/files" && pwd)
  (cd "$STORE" && find . -path ./incoming -prune -o -type f -regextype posix-extended -regex "$STORE_FILE_REGEX" -print0 \
    | xargs -0 -r cp --parents --preserve=timestamps -t "$files_target") 2>"$copy_errors" || true
  if grep -v 'No such file or directory' "$copy_errors" >&2; then
    die $EXIT_FAILED "Copying the content store failed (see above); no backup was written."
  fi
  rm -f -- "$copy_errors"
else
  warn "The content store $STORE does not exist: backing up the database alone."
fi

# 3. Checks: every copied file's bytes match its name, and every file the dump needs is there.
(cd "$partial" && sha256sum database.dump > SHA256SUMS \
  && find files -type f -print0 | sort -z | xargs -0 -r sha256sum >> SHA256SUMS)
damaged=$(awk '$2 != "database.dump" { n = split($2, parts, "/"); if (parts[n] != $1) print $2 }' "$partial/SHA256SUMS")
if [ -n "$damaged" ]; then
  warn "These files' bytes do not match their names (damaged in the store, or while copying):"
  warn "$damaged"
  die $EXIT_FAILED "No backup was written."
fi
referenced=$(referenced_in_dump "$partial/database.dump") \
  || die $EXIT_FAILED "The dump that pg_dump wrote cannot be read back; no backup was written."
missing=''
referenced_count=0
while IFS= read -r sha; do
  [ -n "$sha" ] || continue
  referenced_count=$((referenced_count + 1))
  [ -f "$partial/files/${sha:0:2}/${sha:2:2}/$sha" ] || missing="${missing}${sha}"$'\n'
done <<< "$referenced"

# 4. The manifest, last.
dump_sha256=$(awk '$2 == "database.dump" { print $1 }' "$partial/SHA256SUMS")
file_count=$(find "$partial/files" -type f | wc -l)
file_bytes=$(find "$partial/files" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
missing_count=$(printf '%s' "$missing" | grep -c . || true)
cat > "$partial/MANIFEST" <<EOF
format=$BACKUP_FORMAT
started=$started
finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)
database=$PGDATABASE on $PGHOST:$PGPORT
postgresql_server=$server
pg_dump=$(pg_dump --version)
schema_version=${schema_version:-none}
dump_file=database.dump
dump_bytes=$(stat -c %s "$partial/database.dump")
dump_sha256=$dump_sha256
resources=$(rows_in_dump "$partial/database.dump" resource)
attachments=$(rows_in_dump "$partial/database.dump" attachment)
revisions=$(rows_in_dump "$partial/database.dump" revision)
files=$file_count
files_bytes=$file_bytes
files_referenced=$referenced_count
files_missing=$missing_count
content_store=$STORE
EOF

trap - EXIT
[ ! -d "$destination" ] || rmdir -- "$destination"
mv -- "$partial" "$destination"
say "Backed up to $destination:"
sed 's/^/  /' "$destination/MANIFEST"
if [ "$missing_count" -gt 0 ]; then
  warn "The database refers to $missing_count file(s) that the content store lacks (so the backup lacks them too):"
  warn "$missing"
  exit $EXIT_MISSING_FILES
fi
