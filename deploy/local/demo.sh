#!/usr/bin/env bash
# With the local stack running (deploy/local/run.sh), plays a running app's backend through the whole
# loop for a fresh runner (r-1042-<random>, or the id given as the first argument): publishes the
# contract's example profile, prints the plan, logs two workouts done as prescribed at low RPE,
# prints tracking's progression after each and the new plan with what changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# The HTTP calls at the end carry a backend token signed with the stack's key (.runstrength/keys).
exec java -Drunstrength.repo="$repo" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error -cp "$here/target/local-stack.jar:$here/target/lib/*" dev.runstrength.local.Demo "$@"
