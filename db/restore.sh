#!/usr/bin/env bash
# Restores a backup made by db/backup.sh into a library's PostgreSQL database and data directory.
# Stop the library first.
#
# Usage: db/restore.sh [--force] [--data-dir DIR] [--store DIR] BACKUP_DIR
#
# 1. Checks the backup before touching anything: MANIFEST names the format, and every file listed in
#    SHA256SUMS (the dump and each stored file) has the bytes it had when backed up. A damaged or
#    foreign folder is refused (status 4) and nothing changes.
# 2. Refuses (status 3) to run over a library that is not empty: a database with any table (a library
#    has run against it), or a content store holding any file. --force replaces such a database's
#    schema (public) with the backup's, and adds the backup's files to the store (files are named by
#    their content, so a file already there is the same file; files the backup lacks stay and are
#    removed by the orphan sweep 24 hours after the library starts, when nothing uses them).
# 3. Copies the files into the content store, then restores the dump in ONE transaction (pg_restore's
#    script through psql; with --force the old schema is dropped in the same transaction), so a
#    failure leaves the database as it was. Without --force, the files copied are removed again.
#    Objects are restored without owners and grants (--no-owner --no-privileges): they belong to the
#    user the script connects as, which should be the library's database account.
# 4. Deletes the data directory's search index (index/), which described the old database: the
#    library rebuilds it at its next start.
# 5. Verifies: every file an attachment row refers to (its bytes and its thumbnail) is in the store,
#    with the size the row records. Missing ones are listed (status 5).
#
# Connection settings, data directory and exit statuses: see db/backup-common.sh and
# docs/operations.md (Backup and restore).
set -euo pipefail

# shellcheck source=db/backup-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/backup-common.sh"

usage() {
  cat <<'EOF'
Usage: db/restore.sh [--force] [--data-dir DIR] [--store DIR] BACKUP_DIR

Restores BACKUP_DIR (made by db/backup.sh) into the library's PostgreSQL database and content store,
then checks that every attachment's file is there. Stop the library first.

  --force          restore even over a library that is not empty (its database schema is replaced)
  --data-dir DIR   the library's data directory (default: $LIBRARY_DATA_DIR)
  --store DIR      the content store (default: $LIBRARY_ATTACHMENTS_STORE, else DIR/files)

The database is the library's: SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD when set, otherwise
PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD (or ~/.pgpass). It must exist.

Exit status: 0 restored and verified; 1 failed (the database is left as it was); 2 wrong arguments;
3 refused: the library is not empty (nothing changed); 4 BACKUP_DIR is not a backup or is damaged
(nothing changed); 5 restored, but files the database refers to are missing (listed).
EOF
}

parse_arguments yes "$@"
backup="$BACKUP_DIR_ARGUMENT" force="$FORCE"

resolve_directories "$DATA_DIR_OPTION" "$STORE_OPTION"
resolve_connection
require_tools pg_restore psql sha256sum

# 1. Is it a whole, undamaged backup?
[ -d "$backup" ] || die $EXIT_BAD_BACKUP "$backup is not a folder. Give the folder db/backup.sh wrote. Nothing was changed."
for part in MANIFEST SHA256SUMS database.dump; do
  [ -f "$backup/$part" ] || die $EXIT_BAD_BACKUP \
    "$backup is not a backup made by db/backup.sh: it has no $part. Nothing was changed."
done
format=$(sed -n 's/^format=//p' "$backup/MANIFEST")
[ "$format" = "$BACKUP_FORMAT" ] || die $EXIT_BAD_BACKUP \
  "$backup/MANIFEST names the format '${format:-none}', not '$BACKUP_FORMAT'. Nothing was changed."
say "Checking the backup $backup"
if ! damaged=$(cd "$backup" && sha256sum --check --quiet --strict SHA256SUMS 2>&1); then
  die $EXIT_BAD_BACKUP "The backup is damaged: these parts do not match SHA256SUMS:"$'\n'"$damaged"$'\n'"Nothing was changed."
fi
dump_sha256=$(sha256sum "$backup/database.dump" | cut -d' ' -f1)
[ "$dump_sha256" = "$(sed -n 's/^dump_sha256=//p' "$backup/MANIFEST")" ] || die $EXIT_BAD_BACKUP \
  "The backup is damaged: database.dump's SHA-256 is not the one in MANIFEST. Nothing was changed."
if ! listing=$(pg_restore --list "$backup/database.dump" 2>&1 >/dev/null); then
  die $EXIT_BAD_BACKUP "pg_restore cannot read database.dump: $listing"$'\n'"Nothing was changed."
fi

# 2. Is the library empty?
say "Restoring into the $(describe_connection) and the content store $STORE"
if ! tables=$(sql "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'" 2>&1); then
  die $EXIT_FAILED "Cannot connect to the $(describe_connection): $tables"$'\n'"Nothing was changed."
fi
resources=0
if [ "$(sql "select to_regclass('public.resource') is not null")" = t ]; then
  resources=$(sql 'select count(*) from public.resource')
fi
stored=0
if [ -d "$STORE" ]; then
  stored=$(find "$STORE" -type f | wc -l)
fi
if [ "$tables" -gt 0 ] || [ "$stored" -gt 0 ]; then
  found="The library is not empty: the database has $tables table(s) and sequence(s) and $resources resource(s); the content store holds $stored file(s)."
  if [ "$force" = no ]; then
    die $EXIT_REFUSED "$found"$'\n'"Nothing was changed. To replace the database and add the backup's files, run again with --force."
  fi
  warn "$found Replacing them (--force)."
fi

# 3. The files, then the database in one transaction.
mkdir -p -- "$STORE"
copied=$(cd "$backup" && awk '$2 != "database.dump" { print $2 }' SHA256SUMS | wc -l)
if [ -d "$backup/files" ] && [ "$copied" -gt 0 ]; then
  cp -R --preserve=timestamps -- "$backup/files/." "$STORE/" \
    || die $EXIT_FAILED "Copying the files into $STORE failed (see above). The database was not changed."
fi
remove_copied_files() {
  if [ "$stored" -eq 0 ]; then
    (cd "$backup" && awk '$2 != "database.dump" { sub(/^files\//, "", $2); print $2 }' SHA256SUMS) \
      | (cd "$STORE" && xargs -r rm -f --)
  fi
}
restore_log=$(mktemp)
trap 'rm -f -- "$restore_log"' EXIT
if ! {
  echo 'SET client_min_messages = warning; BEGIN;'
  if [ "$force" = yes ]; then
    echo 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'
  fi
  # COMMIT only when pg_restore wrote the whole script: otherwise psql ends inside the transaction,
  # and the server rolls it back.
  pg_restore --no-owner --no-privileges --file=- "$backup/database.dump" && echo 'COMMIT;'
} | psql -X -w -q -v ON_ERROR_STOP=1 >/dev/null 2>"$restore_log"; then
  remove_copied_files
  cat "$restore_log" >&2
  die $EXIT_FAILED "Restoring the database failed (see above). The database was left as it was."
fi

# 4. The search index described the old database.
if [ -d "$DATA_DIR/index" ]; then
  rm -rf -- "$DATA_DIR/index"
  say "Deleted the search index $DATA_DIR/index: the library rebuilds it at its next start."
fi

# 5. Verify.
missing=$(sql "select sha256, size_bytes from attachment union select thumbnail_sha256, -1 from attachment
    where thumbnail_sha256 is not null" | while IFS=$'\t' read -r sha size; do
  file="$STORE/${sha:0:2}/${sha:2:2}/$sha"
  if [ ! -f "$file" ]; then
    echo "$sha (missing)"
  elif [ "$size" != -1 ] && [ "$(stat -c %s "$file")" != "$size" ]; then
    echo "$sha (has $(stat -c %s "$file") bytes, the attachment $size)"
  fi
done)
say "Restored: $(sql 'select count(*) from resource') resources, $(sql 'select count(*) from attachment') attachments," \
  "$(sql 'select count(*) from revision') history revisions (the backup's MANIFEST: $(sed -n 's/^resources=//p' "$backup/MANIFEST")," \
  "$(sed -n 's/^attachments=//p' "$backup/MANIFEST"), $(sed -n 's/^revisions=//p' "$backup/MANIFEST")); $copied files."
if [ -n "$missing" ]; then
  warn "These files, which attachments refer to, are not in the content store $STORE:"
  warn "$missing"
  exit $EXIT_MISSING_FILES
fi
say "Every attachment's file is in the content store. Start the library: it rebuilds the search index."
