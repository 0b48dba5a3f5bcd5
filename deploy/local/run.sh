#!/usr/bin/env bash
# Runs the RunStrength local stack: Kafka 127.0.0.1:9092, PostgreSQL 127.0.0.1:15432 and the three
# services on 8081-8083. Builds first when something is missing or --build is given.
# Options: see `deploy/local/run.sh --help`. Ctrl-C stops everything.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build=false
infra_only=false
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    --infra-only) infra_only=true; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

launcher="$here/target/local-stack.jar"
needs_build=false
if [[ ! -f "$launcher" || ! -d "$here/target/lib" ]]; then
  needs_build=true
fi
if [[ "$infra_only" == false ]]; then
  for svc in catalog planner tracking; do
    if [[ ! -f "$repo/$svc-service/target/quarkus-app/quarkus-run.jar" ]]; then
      needs_build=true
    fi
  done
fi

if [[ "$build" == true || "$needs_build" == true ]]; then
  echo "Building (mvn -q -DskipTests install) ..."
  (cd "$repo" && mvn -q -DskipTests install)
fi

# exec: Ctrl-C goes straight to the launcher's JVM, whose shutdown hook stops the services, then
# Kafka, then PostgreSQL.
exec java ${LOCAL_STACK_JAVA_OPTS:-} -Drunstrength.repo="$repo" \
  -cp "$launcher:$here/target/lib/*" dev.runstrength.local.LocalStack ${args[@]+"${args[@]}"}
