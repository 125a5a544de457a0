#!/usr/bin/env bash
# Fills a PostgreSQL database with a synthetic country for the roll-up benchmark (issue 4):
# PROVINCES × CITIES × COUNTIES divisions, AGENCIES agency-scope agencies per county plus a REGION-scope
# government per county and city, and consistent 2021-format reports for 2021–2023 (~3% missing each year).
#
#   PROVINCES=30 CITIES=10 COUNTIES=8 AGENCIES=40 src/bench/generate-country.sh     # ~100k agencies, ~60M cells
#   PROVINCES=2 src/bench/generate-country.sh                                        # a scaled-down country
#
# Uses the machine's PostgreSQL cluster (pg_ctlcluster), database $BENCH_DB (default gongkai_country, dropped
# and re-created). The app is started once to create the schema (Flyway) and register the catalogue's cells,
# then the data is made by set-based SQL (src/bench/generate-country.sql). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

export PROVINCES=${PROVINCES:-30} CITIES=${CITIES:-10} COUNTIES=${COUNTIES:-8} AGENCIES=${AGENCIES:-40}
BENCH_DB=${BENCH_DB:-gongkai_country}
start=$(date +%s)
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
pg_ctlcluster $(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}') start 2>/dev/null || true
# its own database; the bench role is shared with the other benchmarks, so it is created if missing, never dropped
runuser -u postgres -- psql -qp "$port" -c "drop database if exists $BENCH_DB" \
    -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'bench') then create role bench login password 'bench'; end if; end \$\$" \
    -c "create database $BENCH_DB owner bench" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$BENCH_DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
GONGKAI_DEMO_DATA=true bench_start_app          # schema and the cell table
kill "$BENCH_APP_PID"; wait "$BENCH_APP_PID" 2>/dev/null || true
trap - EXIT
runuser -u postgres -- psql -p "$port" -d "$BENCH_DB" -v provinces="$PROVINCES" -v cities="$CITIES" -v counties="$COUNTIES" \
    -v agencies="$AGENCIES" -f src/bench/generate-country.sql
echo "generated PROVINCES=$PROVINCES CITIES=$CITIES COUNTIES=$COUNTIES AGENCIES=$AGENCIES into $BENCH_DB in $(( $(date +%s) - start )) s"
