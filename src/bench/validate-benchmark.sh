#!/usr/bin/env bash
# Throughput of stateless POST /validate on a full report (the demo report, 漕河镇 2023) next to
# POST /diagnostics/echo, which parses and writes back the same JSON body: same HTTP and JSON path,
# no rules. Goal: validate ≥ 0.8 × echo. Both measured in one run, with wrk, on this machine; the app's CPU time
# per request (from /proc, so Linux only) is printed next to each, since wrk shares the CPUs with the app. Each endpoint
# is warmed up until the JIT compiler is idle.
#
#   src/bench/validate-benchmark.sh            # DURATION=20s CONNECTIONS=32 THREADS=2 by default
#
# Needs wrk, curl and jq, and a PostgreSQL (see lib.sh). Runs the packaged app (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

bench_database gongkai_bench
export GONGKAI_DEMO_DATA=true GONGKAI_DIAGNOSTICS_ECHO=true
bench_start_app

id=$(curl -sf -G "$BENCH_URL/agencies" --data-urlencode "name=济宁市兖州区漕河镇人民政府" | jq '.items[0].id')
curl -sf "$BENCH_URL/agencies/$id/years/2023" > target/bench-report.json
echo "body: $(wc -c < target/bench-report.json) bytes (the demo report as GET returns it)"
curl -sf -X POST "$BENCH_URL/validate" -H 'Content-Type: application/json' --data-binary @target/bench-report.json \
    | jq -c '{valid, evaluated: .summary.evaluated, failed: .summary.failed}'

cat > target/bench-post.lua <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("target/bench-report.json", "rb")
wrk.body = file:read("*a")
file:close()
LUA

app_cpu_ticks() { awk '{print $14 + $15}' "/proc/$BENCH_APP_PID/stat"; }

run() { # path name → requests/s; also writes the app's CPU time per request to target/bench-name.cpu
    local before after
    before=$(app_cpu_ticks)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s target/bench-post.lua "$BENCH_URL$1" > "target/bench-$2.txt"
    after=$(app_cpu_ticks)
    awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.3f", ticks / hz * 1000 / $1}' \
        "target/bench-$2.txt" > "target/bench-$2.cpu"
    awk '/Requests\/sec/ {print $2}' "target/bench-$2.txt"
}

# Warm-up until the JIT is done: on two cores busy with wrk and the app, C2 needs about a minute of load to compile the
# rules; a run before that measures half-compiled code (validate climbed from 2,000 to 10,000 req/s over 50 s).
warm_up() { # path → rounds of 10 s until one adds under 200 ms of C2 time (at most 12)
    local round before
    for round in $(seq 1 12); do
        before=$(bench_jit_ms)
        wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s target/bench-post.lua "$BENCH_URL$1" > /dev/null
        if [ $(($(bench_jit_ms) - before)) -lt 200 ]; then
            break
        fi
    done
    echo "warm-up $1: $round round(s) of 10 s"
}
warm_up /diagnostics/echo
warm_up /validate
warm_up /diagnostics/echo

echo_rps=$(run /diagnostics/echo echo)
validate_rps=$(run /validate validate)
echo_rps2=$(run /diagnostics/echo echo2)
validate_rps2=$(run /validate validate2)

echo_mean=$(echo "$echo_rps $echo_rps2" | awk '{printf "%.0f", ($1+$2)/2}')
validate_mean=$(echo "$validate_rps $validate_rps2" | awk '{printf "%.0f", ($1+$2)/2}')
p99() { awk '/ 99%/ {print $2}' "target/bench-$1.txt"; }
echo
cpu() { echo "$(cat "target/bench-$1.cpu") / $(cat "target/bench-$2.cpu") ms"; }
echo "endpoint          req/s (run 1, run 2)      p99 (run 2)    app CPU per request (run 1 / run 2)"
echo "POST /diagnostics/echo  $echo_rps, $echo_rps2    $(p99 echo2)    $(cpu echo echo2)"
echo "POST /validate          $validate_rps, $validate_rps2    $(p99 validate2)    $(cpu validate validate2)"
echo "ratio validate/echo: $(echo "$validate_mean $echo_mean" | awk '{printf "%.2f", $1/$2}') (goal ≥ 0.80)"
