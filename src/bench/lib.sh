# Shared by the benchmark scripts: a PostgreSQL to run against and the packaged app on a spare port.
# Source it from a script in this folder; it expects to run from the repository root.

BENCH_PORT=${BENCH_PORT:-18080}
BENCH_URL="http://localhost:$BENCH_PORT"

# Uses QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME/_PASSWORD) when set; otherwise starts the machine's
# PostgreSQL cluster (Debian: pg_ctlcluster) and creates a database for the benchmark.
bench_database() {
    local db=$1
    if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
        return
    fi
    local cluster
    cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
    if [ -z "$cluster" ]; then
        echo "No PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD, or install postgresql (apt-get install postgresql)." >&2
        exit 1
    fi
    pg_ctlcluster $cluster start 2>/dev/null || true
    local port
    port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
    # the role may own other benchmark databases: create it once, never drop it
    runuser -u postgres -- psql -qp "$port" -v ON_ERROR_STOP=1 \
        -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'bench') then create role bench login password 'bench'; end if; end \$\$" \
        -c "drop database if exists $db" -c "create database $db owner bench" >/dev/null
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$port/$db"
    export QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
}

# Starts target/quarkus-app (building it if missing) and waits until it is ready.
bench_start_app() {
    [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
    PORT=$BENCH_PORT java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
    BENCH_APP_PID=$!
    trap 'kill $BENCH_APP_PID 2>/dev/null; wait $BENCH_APP_PID 2>/dev/null' EXIT
    for _ in $(seq 1 60); do
        curl -sf "$BENCH_URL/q/health/ready" >/dev/null && return
        sleep 1
    done
    echo "The app did not become ready; see target/bench-app.log" >&2
    exit 1
}

# CPU time (ms) the app's C2 compiler threads have used: the JIT is done with a load when a round of it adds almost none.
bench_jit_ms() {
    local total=0 task
    for task in /proc/$BENCH_APP_PID/task/*; do
        if grep -q '^C2 Compiler' "$task/comm" 2>/dev/null; then
            total=$((total + $(awk '{print $14 + $15}' "$task/stat")))
        fi
    done
    echo $((total * 1000 / $(getconf CLK_TCK)))
}
