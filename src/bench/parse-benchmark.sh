#!/usr/bin/env bash
# Parse time per document: the example report as .docx, text and HTML, read and interpreted
# (no HTTP, no database), 200 warm-up rounds then 500 measured. Goal: under 50 ms for the .docx.
# Run from anywhere: src/bench/parse-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" cn.gongkai.bench.ParseBenchmark
