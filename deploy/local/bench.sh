#!/usr/bin/env bash
# The throughput benchmark: starts its own stack (Kafka, PostgreSQL, the three packaged services, on free
# loopback ports, data in deploy/local/target/bench), measures a bare Kafka echo as the yardstick, then
# every path of the system, and writes the table into docs/performance.md. Takes 5-10 minutes.
# Builds first (mvn package, never install) when something is missing or --build is given.
# Options: see `deploy/local/bench.sh --help`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build=false
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    *) args+=("$arg") ;;
  esac
done

launcher="$here/target/local-stack.jar"
needs_build=false
[[ -f "$launcher" && -d "$here/target/lib" ]] || needs_build=true
for svc in catalog planner tracking; do
  [[ -f "$repo/$svc-service/target/quarkus-app/quarkus-run.jar" ]] || needs_build=true
done
if [[ "$build" == true || "$needs_build" == true ]]; then
  echo "Building (mvn -q -DskipTests package) ..."
  (cd "$repo" && mvn -q -B -DskipTests package -pl catalog-service,planner-service,tracking-service,deploy/local -am)
fi

exec java ${BENCH_JAVA_OPTS:-} -Drunstrength.repo="$repo" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error \
  -cp "$launcher:$here/target/lib/*" dev.runstrength.local.Bench ${args[@]+"${args[@]}"}
