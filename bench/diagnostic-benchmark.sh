#!/usr/bin/env bash
# The diagnostic benchmark of docs/performance.md: a national-scale network (22,000 structures,
# 3 campaigns of 49 answers), the app started as the README says, 32 referents opening their
# diagnostic and saving answers, then the network results table. Needs only a JDK.
#   bash bench/diagnostic-benchmark.sh [users] [seconds] [think-ms]
# think-ms: each person's mean pause after the page opens and after a save (1000 by default, as in
# docs/performance.md); 0 runs them in a closed loop with no pause, which measures the capacity.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${1:-32}"
SECONDS_MEASURED="${2:-60}"
THINK_MS="${3:-1000}"
DATA="${PILOTIS_BENCH_DIR:-target/bench}/postgres"
PORT="${PORT:-18080}"
export PILOTIS_DATA_DIR="$DATA" PORT

if [[ ! -f "$DATA/PG_VERSION" ]] || [[ ! -f "$DATA/.benchmark-network" ]]; then
    echo "==> generating the benchmark network in $DATA (several minutes)"
    ./mvnw -B -q spring-boot:run \
        -Dspring-boot.run.arguments="--spring.main.web-application-type=none --pilotis.task=benchmark-network"
    touch "$DATA/.benchmark-network"
fi

echo "==> starting Pilotis on port $PORT"
./mvnw -B -q test-compile
setsid ./mvnw -B -q spring-boot:run -Dspring-boot.run.jvmArguments="-Xmx1g" > target/bench-app.log 2>&1 &
APP=$!
trap 'kill -TERM -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
    sleep 1
done
echo "==> machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
java -cp target/test-classes fr.pilotis.benchmark.DiagnosticLoad "http://localhost:$PORT" "$USERS" "$SECONDS_MEASURED" 25 "$THINK_MS"
