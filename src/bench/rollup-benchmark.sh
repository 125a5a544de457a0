#!/usr/bin/env bash
# Roll-up summary latency (issue 4) on a database made by generate-country.sh: for a county, a city and a
# province, GET /divisions/{code}/years/2023/summary with hey (one client, sequential requests: latency, not
# throughput), next to the bare SQL SUM … GROUP BY over the same rows timed with psql in the same run.
#
#   BENCH_DB=gongkai_country src/bench/rollup-benchmark.sh [county city province]     (default 410101 410100 410000)
#
# The per-report validation counts are not computed on read here (GONGKAI_ROLLUP_VALIDATE_PER_REQUEST=0): the
# generated reports have none stored, and filling them is a one-off cost, not the summary's. Run from the
# repository root; the packaged app is built if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

BENCH_DB=${BENCH_DB:-gongkai_country}
CODES=("${@:-410101 410100 410000}")
[ $# -eq 0 ] && CODES=(410101 410100 410000)
YEAR=2023
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$BENCH_DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
export GONGKAI_ROLLUP_VALIDATE_PER_REQUEST=0 GONGKAI_DEMO_DATA=false
bench_start_app

psql_db() { runuser -u postgres -- psql -qAtX -p "$port" -d "$BENCH_DB" "$@"; }

# p50 and p99 of a list of milliseconds on stdin
percentiles() { sort -n | awk '{ v[NR] = $1 } END { i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
    printf "p50 %.1f ms  p99 %.1f ms  (n=%d)", v[i50], v[i99], NR }'; }

echo "database: $(psql_db -c "select count(*) || ' agencies, ' || (select count(*) from report) || ' reports, ' || (select count(*) from report_cell) || ' cells, ' || pg_size_pretty(pg_database_size(current_database())) from agency")"
for code in "${CODES[@]}"; do
    case $code in
        ??0000) prefix=${code:0:2}; n=20 ;;
        ????00) prefix=${code:0:4}; n=100 ;;
        *) prefix=$code; n=400 ;;
    esac
    sql="select a.scope, rc.cell_id, sum(rc.value) from agency a join report r on r.agency_id = a.id and r.year = $YEAR
         join report_cell rc on rc.report_id = r.id where a.division_code like '$prefix%' group by a.scope, rc.cell_id"
    reports=$(psql_db -c "select count(*) from report r join agency a on a.id = r.agency_id where r.year = $YEAR and a.division_code like '$prefix%'")
    # warm both, then time: bare SQL (EXPLAIN ANALYZE execution time, n runs) and the endpoint over HTTP (n requests)
    for _ in 1 2 3; do psql_db -c "$sql" >/dev/null; curl -sf "$BENCH_URL/divisions/$code/years/$YEAR/summary" >/dev/null; done
    bare=$(for _ in $(seq 1 "$n"); do psql_db -c "explain (analyze, timing off) $sql" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'; done | percentiles)
    http=$(hey -n "$n" -c 1 "$BENCH_URL/divisions/$code/years/$YEAR/summary" | awk '/^  50% in/ {p50 = $3 * 1000} /^  99% in/ {p99 = $3 * 1000}
        /Slowest:/ {max = $2 * 1000} END { if (!p99) p99 = max; printf "p50 %.1f ms  p99 %.1f ms", p50, p99 }')
    printf '%-8s %6s reports  summary (HTTP): %-32s bare SQL: %s\n' "$code" "$reports" "$http" "$bare"
done
