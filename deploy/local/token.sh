#!/usr/bin/env bash
# Prints a bearer token for the local stack (deploy/local/run.sh makes its signing key under
# .runstrength/keys at first start), valid for a day. The token is the last line:
#   deploy/local/token.sh --role backend          # every runner's data, the preview
#   deploy/local/token.sh --role catalog-editor   # catalogue writes
#   deploy/local/token.sh --runner r-1042         # r-1042's own plan, progress and workouts
#   TOKEN=$(deploy/local/token.sh --role backend | tail -1)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
exec java -Drunstrength.repo="$repo" -Dorg.jboss.logging.provider=slf4j -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/local-stack.jar:$here/target/lib/*" dev.runstrength.local.TokenCommand "$@"
