#!/usr/bin/env bash
# With the local stack running (deploy/local/run.sh), publishes the contract's example runner profile
# on runner.profiles and prints the plan the planner publishes for it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/local-stack.jar:$here/target/lib/*" dev.runstrength.local.Demo "$@"
