# Shared by db/backup.sh and db/restore.sh (sourced, not run).
#
# Where the database is: the library's own settings when they are set, otherwise libpq's.
#   SPRING_DATASOURCE_URL       jdbc:postgresql://host[:port][,host2[:port2]]/database[?user=…&password=…&sslmode=…]
#                               decides host, port and database (PGHOST, PGPORT, PGDATABASE are then ignored)
#   SPRING_DATASOURCE_USERNAME  the user (else PGUSER, else the URL's user=, else library)
#   SPRING_DATASOURCE_PASSWORD  the password (else PGPASSWORD, else the URL's password=, else ~/.pgpass)
#   PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE …  used as they are when there is no URL;
#                               unset ones default to the postgres profile's localhost, 5432, library, library.
# Where the files are:
#   --data-dir DIR or LIBRARY_DATA_DIR          the library's data directory
#   --store DIR or LIBRARY_ATTACHMENTS_STORE    the content store, when not <data-dir>/files
#
# Exit statuses (both scripts): 0 done; 1 failed; 2 wrong arguments or settings; 3 refused (the
# destination or library is not empty); 4 the backup is not one or is damaged; 5 done, but files
# the database refers to are missing (listed).

readonly EXIT_FAILED=1 EXIT_USAGE=2 EXIT_REFUSED=3 EXIT_BAD_BACKUP=4 EXIT_MISSING_FILES=5
readonly BACKUP_FORMAT='practice-library-backup 1'
# A content store address: ab/cd/<sha256>, as FileSystemContentStore writes it.
readonly STORE_FILE_REGEX='\./[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}'

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
  local status=$1
  shift
  warn "$*"
  exit "$status"
}

# Sets PGHOST, PGPORT, PGDATABASE, PGUSER and maybe PGPASSWORD/PGSSLMODE from the settings above.
resolve_connection() {
  local url="${SPRING_DATASOURCE_URL:-}" url_user='' url_password=''
  if [ -n "$url" ]; then
    case "$url" in
      jdbc:postgresql://*) ;;
      jdbc:h2:*)
        die $EXIT_USAGE "SPRING_DATASOURCE_URL is an H2 database ($url). These scripts are for PostgreSQL:" \
          "to back up an H2 library, stop it and copy its whole data directory." ;;
      *) die $EXIT_USAGE "SPRING_DATASOURCE_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): $url" ;;
    esac
    local rest="${url#jdbc:postgresql://}" query='' hosts database
    if [[ "$rest" == *\?* ]]; then
      query="${rest#*\?}"
      rest="${rest%%\?*}"
    fi
    if [[ "$rest" != */* ]]; then
      die $EXIT_USAGE "SPRING_DATASOURCE_URL names no database (jdbc:postgresql://host:port/database): $url"
    fi
    hosts="${rest%%/*}"
    database="${rest#*/}"
    [ -n "$database" ] || die $EXIT_USAGE "SPRING_DATASOURCE_URL names no database: $url"
    local host_list='' port_list='' entry host port
    local IFS=','
    for entry in ${hosts:-localhost}; do
      if [[ "$entry" =~ ^\[([^]]+)\](:([0-9]+))?$ ]]; then
        host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[3]:-5432}"
      elif [[ "$entry" =~ ^([^:]+)(:([0-9]+))?$ ]]; then
        host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[3]:-5432}"
      else
        die $EXIT_USAGE "SPRING_DATASOURCE_URL has a host that cannot be read ($entry): $url"
      fi
      host_list="${host_list:+$host_list,}$host"
      port_list="${port_list:+$port_list,}$port"
    done
    local parameter
    IFS='&'
    for parameter in $query; do
      case "$parameter" in
        user=*) url_user="${parameter#user=}" ;;
        password=*) url_password="${parameter#password=}" ;;
        sslmode=*) export PGSSLMODE="${parameter#sslmode=}" ;;
        sslrootcert=*) export PGSSLROOTCERT="${parameter#sslrootcert=}" ;;
      esac
    done
    unset IFS
    export PGHOST="$host_list" PGPORT="$port_list" PGDATABASE="$database"
  fi
  export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGDATABASE="${PGDATABASE:-library}"
  if [ -n "${SPRING_DATASOURCE_USERNAME:-}" ]; then
    export PGUSER="$SPRING_DATASOURCE_USERNAME"
  else
    export PGUSER="${PGUSER:-${url_user:-library}}"
  fi
  if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then
    export PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"
  elif [ -z "${PGPASSWORD:-}" ] && [ -n "$url_password" ]; then
    export PGPASSWORD="$url_password"
  fi
  # Never prompt for a password: these scripts run unattended.
  export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-10}"
}

describe_connection() {
  printf 'database %s on %s:%s as %s' "$PGDATABASE" "$PGHOST" "$PGPORT" "$PGUSER"
}

# Runs one query and prints its rows, unaligned, fields separated by tabs.
sql() {
  psql -X -w -q -t -A -F $'\t' -v ON_ERROR_STOP=1 -c "$1"
}

# Sets DATA_DIR and STORE from the options (passed as $1 and $2) or the environment.
# The arguments both scripts take: --data-dir DIR, --store DIR, one BACKUP_DIR and, where the
# script allows it (first argument yes), --force. Sets DATA_DIR_OPTION, STORE_OPTION, FORCE (yes
# or no) and BACKUP_DIR_ARGUMENT; answers --help with the calling script's usage.
parse_arguments() {
  local allow_force="$1"
  shift
  FORCE=no DATA_DIR_OPTION='' STORE_OPTION='' BACKUP_DIR_ARGUMENT=''
  while [ $# -gt 0 ]; do
    case "$1" in
      -h | --help) usage; exit 0 ;;
      --force) [ "$allow_force" = yes ] || { usage >&2; die $EXIT_USAGE "Unknown option: $1"; }
        FORCE=yes; shift ;;
      --data-dir) [ $# -ge 2 ] || { usage >&2; die $EXIT_USAGE "--data-dir needs a directory."; }
        DATA_DIR_OPTION="$2"; shift 2 ;;
      --data-dir=*) DATA_DIR_OPTION="${1#--data-dir=}"; shift ;;
      --store) [ $# -ge 2 ] || { usage >&2; die $EXIT_USAGE "--store needs a directory."; }
        STORE_OPTION="$2"; shift 2 ;;
      --store=*) STORE_OPTION="${1#--store=}"; shift ;;
      -*) usage >&2; die $EXIT_USAGE "Unknown option: $1" ;;
      *) [ -z "$BACKUP_DIR_ARGUMENT" ] || { usage >&2; die $EXIT_USAGE "Give one BACKUP_DIR, not several."; }
        BACKUP_DIR_ARGUMENT="$1"; shift ;;
    esac
  done
  [ -n "$BACKUP_DIR_ARGUMENT" ] || { usage >&2; die $EXIT_USAGE "No BACKUP_DIR given."; }
}

resolve_directories() {
  DATA_DIR="${1:-${LIBRARY_DATA_DIR:-}}"
  [ -n "$DATA_DIR" ] || die $EXIT_USAGE "No data directory: give --data-dir DIR or set LIBRARY_DATA_DIR (see --help)."
  STORE="${2:-${LIBRARY_ATTACHMENTS_STORE:-$DATA_DIR/files}}"
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die $EXIT_FAILED "$tool is not installed (it comes with PostgreSQL's client tools, version 15 or later)."
  done
}

# Every content address the dump refers to (attachment.sha256 and attachment.thumbnail_sha256),
# one a line, read from the dump itself rather than the live database, so that it describes the
# same moment as the dump.
referenced_in_dump() {
  pg_restore --data-only --table=attachment --file=- "$1" | awk -F '\t' '
    /^COPY [^ ]*attachment \(/ {
      copying = 1
      header = $0
      sub(/^[^(]*\(/, "", header)
      sub(/\).*$/, "", header)
      n = split(header, columns, /, /)
      for (i = 1; i <= n; i++) {
        if (columns[i] == "sha256") file = i
        if (columns[i] == "thumbnail_sha256") thumbnail = i
      }
      next
    }
    copying && $0 == "\\." { copying = 0; next }
    copying {
      if (file && $file != "\\N") print $file
      if (thumbnail && $thumbnail != "\\N") print $thumbnail
    }' | sort -u
}

# How many rows a table has in the dump.
rows_in_dump() {
  pg_restore --data-only --table="$2" --file=- "$1" | awk '
    /^COPY / { copying = 1; next }
    copying && $0 == "\\." { copying = 0; next }
    copying { rows++ }
    END { print rows + 0 }'
}
