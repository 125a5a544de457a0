#!/usr/bin/env bash
# Roll-up summary latency (issue 4) on a database made by generate-country.sh: for a county, a city and a
# province, GET /divisions/{code}/years/2023/summary with hey (one client, sequential requests: latency, not
# throughput), next to the bare SQL SUM … GROUP BY over the same rows (grouped by scope, format and cell, as the
# summary keeps them apart), timed in the same run three ways:
#   exec      EXPLAIN (ANALYZE) execution time: the server's work only, no planning, no result transfer
#   simple    pgbench -M simple, as psql sends it: parse, plan, execute and rows back to the client
#   prepared  pgbench -M prepared, as the app sends its statements: planned once, then execute and rows back
# and the execution time of the app's own sum statement, which reads the same sums from cell_sum (kept by triggers
# as cells change, V8) instead of adding every cell.
#
#   BENCH_DB=gongkai_full src/bench/rollup-benchmark.sh [county city province]     (default 410101 410100 410000)
#   N_COUNTY=2000 N_CITY=300 N_PROVINCE=50 WARMUP=2000                             (requests / runs; the defaults)
#
# The app is warmed with WARMUP county requests first (the JIT compiles the summary path; a few requests are
# not enough and put compilation into the measured tail), then each division with a tenth of its runs. The
# per-report validation counts are not computed on read here (GONGKAI_ROLLUP_VALIDATE_PER_REQUEST=0): the
# generated reports have none stored, and filling them is a one-off cost, not the summary's. Run from the
# repository root; the packaged app is built if missing (rebuild it after changing the code).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

BENCH_DB=${BENCH_DB:-gongkai_country}
CODES=("$@")
[ $# -eq 0 ] && CODES=(410101 410100 410000)
YEAR=2023
WARMUP=${WARMUP:-2000}
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$BENCH_DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
export GONGKAI_ROLLUP_VALIDATE_PER_REQUEST=0 GONGKAI_ROLLUP_COUNT_IN_BACKGROUND=false GONGKAI_DEMO_DATA=false
bench_start_app

psql_db() { runuser -u postgres -- psql -qAtX -p "$port" -d "$BENCH_DB" "$@"; }
work=$(mktemp -d)
chmod 777 "$work"
trap 'kill $BENCH_APP_PID 2>/dev/null; wait $BENCH_APP_PID 2>/dev/null; rm -rf "$work"' EXIT

# p50 and p99 of a list of milliseconds on stdin (nearest rank)
percentiles() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { printf "no data"; exit } i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
    printf "%.1f / %.1f", v[i50], v[i99] }'; }
# hey's per-request latencies (seconds, CSV) as milliseconds
hey_ms() {
    hey -n "$1" -c 1 -o csv "$2" > "$work/hey.csv" 2> "$work/hey.err" || true
    awk -F, 'NR > 1 && $7 == 200 { printf "%.3f\n", $1 * 1000 }' "$work/hey.csv"
    local ok
    ok=$(awk -F, 'NR > 1 && $7 == 200' "$work/hey.csv" | wc -l)
    [ "$ok" -eq "$1" ] || echo "hey: $ok of $1 requests answered 200 ($(head -c 300 "$work/hey.err"))" >&2
}
# p50 / p99 of a statement's server execution time (EXPLAIN ANALYZE) over n runs
exec_ms() { for _ in $(seq 1 "$2"); do echo "explain (analyze, timing off) $1;"; done | psql_db | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p' | percentiles; }
# client-observed latencies of one statement run n times by pgbench in a protocol mode, in milliseconds
pgbench_ms() {
    local mode=$1 n=$2
    (cd "$work" && rm -f pgbench_log.* && runuser -u postgres -- pgbench -n -c 1 -t "$n" -M "$mode" -f "$work/bare.sql" -l -p "$port" "$BENCH_DB" >/dev/null \
        && awk '{ printf "%.3f\n", $3 / 1000 }' pgbench_log.*)
}

echo "database: $(psql_db -c "select count(*) || ' agencies, ' || (select count(*) from report) || ' reports, ' || (select count(*) from report_cell) || ' cells, ' || pg_size_pretty(pg_database_size(current_database())) from agency")"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
hey_ms "$WARMUP" "$BENCH_URL/divisions/${CODES[0]}/years/$YEAR/summary" >/dev/null
printf '%-8s %7s | %-22s | %-18s %-18s %-18s | %-18s | %s\n' division reports "summary HTTP p50 / p99" "bare exec" "bare simple" "bare prepared" "app's sum exec" "load"
for code in "${CODES[@]}"; do
    case $code in
        ??0000) prefix=${code:0:2}; n=${N_PROVINCE:-50} ;;
        ????00) prefix=${code:0:4}; n=${N_CITY:-300} ;;
        *) prefix=$code; n=${N_COUNTY:-2000} ;;
    esac
    # the bare SQL: the plain sum by scope and format (reports of two formats are never added together) and cell
    sql="select a.scope, r.format_id, rc.cell_id, sum(rc.value) from agency a join report r on r.agency_id = a.id and r.year = $YEAR
         join report_cell rc on rc.report_id = r.id where a.division_code like '$prefix%' group by a.scope, r.format_id, rc.cell_id"
    # the app's statement (SUM_SQL in src/main/java/cn/gongkai/rollup/RollupService.java; change both together): the same
    # sums from cell_sum, which triggers keep as cells change (V8)
    app_sql="select s.scope, s.format_id, s.cell_id, case when sum(s.reported) > 0 then sum(s.total) end from cell_sum s
         where s.year = $YEAR and s.division_code like '$prefix%' group by s.scope, s.format_id, s.cell_id"
    echo "$sql;" > "$work/bare.sql"
    reports=$(psql_db -c "select count(*) from report r join agency a on a.id = r.agency_id where r.year = $YEAR and a.division_code like '$prefix%'")
    url="$BENCH_URL/divisions/$code/years/$YEAR/summary"
    warm=$(( n / 10 > 3 ? n / 10 : 3 ))
    hey_ms "$warm" "$url" >/dev/null
    pgbench_ms simple "$warm" >/dev/null
    http=$(hey_ms "$n" "$url" | percentiles)
    exec=$(exec_ms "$sql" "$n")
    app_exec=$(exec_ms "$app_sql" "$n")
    simple=$(pgbench_ms simple "$n" | percentiles)
    prepared=$(pgbench_ms prepared "$n" | percentiles)
    printf '%-8s %7s | %-22s | %-18s %-18s %-18s | %-18s | %s\n' "$code" "$reports" "$http ms" "$exec ms" "$simple ms" "$prepared ms" "$app_exec ms" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "(n: county ${N_COUNTY:-2000}, city ${N_CITY:-300}, province ${N_PROVINCE:-50} per column; p99 of 50 is the slowest run)"
