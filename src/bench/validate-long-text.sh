#!/usr/bin/env bash
# How POST /validate's time grows with the length of a text that has no sentence ends (a copy that lost its 。):
# the demo report with its first part-one item replaced by a run-on text of each shape below, 25,000 and 100,000
# characters long. Each body is posted 5 times after one untimed post; the median time and the response size are
# printed (a shape over MAX_SECONDS, default 60, is shown as over it). Linear growth is 4× from the first length to the second; before the texts were cut into pieces of at most
# 1,000 characters (src/main/java/cn/gongkai/validation/Sentence.java) some shapes grew 16× and answered 200 MB.
#
#   src/bench/validate-long-text.sh
#
# Needs curl and jq, and a PostgreSQL (see lib.sh). Runs the packaged app (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

bench_database gongkai_bench
export GONGKAI_DEMO_DATA=true
bench_start_app

id=$(curl -sf -G "$BENCH_URL/agencies" --data-urlencode "name=济宁市兖州区漕河镇人民政府" | jq '.items[0].id')
curl -sf "$BENCH_URL/agencies/$id/years/2023" > target/bench-report.json

# shape name and the clause it repeats
shapes=(
    "claims|未收到政府信息公开申请行政复议行政诉讼均为0件收取信息处理费0元占比50%同比增长20%"
    "applications|收到政府信息公开申请12件其中自然人申请10件、法人申请2件予以公开5件不予公开2件"
    "lists|共发布信息12条，其中政务动态3条，通知公告9条，"
    "shares|共20件其中15件占75%5件占25%"
    "plain|本机关持续推进政务公开标准化规范化建设，收到群众咨询3件，行政复议和行政诉讼工作有序开展，"
)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%-13s %9s | %-22s | %-22s\n' shape "" "25,000 characters" "100,000 characters"
for shape in "${shapes[@]}"; do
    name=${shape%%|*}
    clause=${shape#*|}
    line=""
    for length in 25000 100000; do
        jq --arg clause "$clause" --argjson length "$length" \
            '.sections.part1.items[0].text = (($clause * ($length / ($clause | length) | floor + 1))[:$length])' \
            target/bench-report.json > target/bench-long.json
        # at most MAX_SECONDS a request (default 60): a shape that takes longer is shown as over it, not waited for
        post() { curl -s -m "${MAX_SECONDS:-60}" -o target/bench-long-out.json -w '%{time_total}\n' -X POST "$BENCH_URL/validate" \
            -H 'Content-Type: application/json' --data-binary @target/bench-long.json || echo timeout; }
        if [[ "$(post)" == *timeout ]]; then
            line+=$(printf ' | %19s' "over ${MAX_SECONDS:-60} s")
            continue
        fi
        ms=$(for _ in 1 2 3 4 5; do post; done | median | awk '{ printf "%.0f", $1 * 1000 }')
        line+=$(printf ' | %6s ms, %8s bytes' "$ms" "$(wc -c < target/bench-long-out.json)")
    done
    printf '%-13s %9s%s\n' "$name" "" "$line"
done
