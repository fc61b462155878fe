#!/usr/bin/env bash
# The whole-surface benchmark of docs/performance.md: on the national-scale benchmark network (generated
# once, as for bench/diagnostic-benchmark.sh), one account of each role crawls every page it reaches;
# each page is then requested repeatedly, one request at a time, and printed with its median, p99,
# SQL statements per request and database time per request (pg_stat_statements, loaded here), beside
# the trivial signed-in page /profile; then the extract's floors (COPY, SXSSF with no database).
# Needs only a JDK.      bash bench/surface-benchmark.sh [repeats] [warm-up]
# BENCH_STRUCTURES (22000) sizes a network generated anew; PILOTIS_BENCH_DIR (target/bench) holds it.
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS="${1:-20}"
WARM_UP="${2:-3}"
DATA="${PILOTIS_BENCH_DIR:-target/bench}/postgres"
PORT="${PORT:-18080}"
export PILOTIS_DATA_DIR="$DATA" PORT

if [[ ! -f "$DATA/PG_VERSION" ]] || [[ ! -f "$DATA/.benchmark-network" ]]; then
    echo "==> generating the benchmark network in $DATA (several minutes)"
    ./mvnw -B -q spring-boot:run \
        -Dspring-boot.run.arguments="--spring.main.web-application-type=none --pilotis.task=benchmark-network --pilotis.benchmark.structures=${BENCH_STRUCTURES:-22000}"
    touch "$DATA/.benchmark-network"
fi
# pg_stat_statements counts and times each request's SQL; read at the server's start
grep -q pg_stat_statements "$DATA/postgresql.auto.conf" 2> /dev/null \
    || echo "shared_preload_libraries = 'pg_stat_statements'" >> "$DATA/postgresql.auto.conf"

echo "==> starting Pilotis on port $PORT"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
setsid ./mvnw -B -q spring-boot:run -Dspring-boot.run.jvmArguments="-Xmx1g" > target/bench-app.log 2>&1 &
APP=$!
trap 'kill -TERM -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
    sleep 1
done
PG_PORT=$(sed -n 4p "$DATA/postmaster.pid")
PG_PASSWORD=""
[[ -f "$DATA/pilotis-password" ]] && PG_PASSWORD=$(cat "$DATA/pilotis-password")
echo "==> machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "==> commit $(git rev-parse --short HEAD), $REPEATS requests per page after $WARM_UP of warm-up"
java -cp "target/test-classes:$(cat target/bench-classpath.txt)" fr.pilotis.benchmark.SurfaceLoad \
    "http://localhost:$PORT" "jdbc:postgresql://localhost:$PG_PORT/postgres" postgres "$PG_PASSWORD" "$REPEATS" "$WARM_UP"
