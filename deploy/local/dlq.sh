#!/usr/bin/env bash
# Looks at a dead-letter topic and sends fixed records back (tools/dlq; docs/operations.md, "Dead-letter
# topics"). Against the local stack's broker (127.0.0.1:9092) unless --bootstrap-server or
# KAFKA_BOOTSTRAP_SERVERS says otherwise; --command-config FILE adds client properties (TLS, SASL).
#   deploy/local/dlq.sh list workouts.completed.dlq [--reason TEXT] [--partition P --from-offset N --to-offset N] [--value]
#   deploy/local/dlq.sh replay workouts.completed.dlq --offsets 0:12,2:7 | --reason TEXT | --all [--dry-run]
#   deploy/local/dlq.sh --help
# Builds the tool first (mvn -q -DskipTests -pl tools/dlq -am package) when it is not built yet.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tool="$repo/tools/dlq/target"

if [[ ! -f "$tool/dlq-tool.jar" || ! -d "$tool/lib" ]]; then
  echo "Building the DLQ tool (mvn -q -DskipTests -pl tools/dlq -am package) ..." >&2
  (cd "$repo" && mvn -q -DskipTests -pl tools/dlq -am package) >&2
fi

exec java ${DLQ_JAVA_OPTS:-} -cp "$tool/dlq-tool.jar:$tool/lib/*" dev.runstrength.dlq.DlqTool "$@"
