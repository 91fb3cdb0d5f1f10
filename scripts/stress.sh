#!/usr/bin/env bash
# Large inputs against the release build, peak memory measured with /usr/bin/time -v (not part of swift test):
#   1. a 200 MB plain-text file: one document, far over --max-document-bytes (32 MiB by default), so it must
#      be refused with a clear message after reading no more than the limit;
#   2. a 1,000,000-line JSONL file (about 1 in 50 records states an event): every record read, streaming.
# Each must stay under 1 GB of peak resident memory. The files are generated in a temporary folder, deleted
# on exit. Usage: scripts/stress.sh [LINES]   (LINES: JSONL lines, default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
limit_kb=$((1024 * 1024))

swift build -c release --product newsevents >&2
binary=.build/release/newsevents
work=$(mktemp -d "${TMPDIR:-/tmp}/newsevents-stress.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Peak RSS in kB of a command (its exit status in $status), with its stderr's last lines shown.
measure() {
    local name=$1; shift
    set +e
    /usr/bin/time -v -o "$work/time.txt" "$@" 2>"$work/stderr.txt" >/dev/null
    status=$?
    set -e
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
    echo "$name: exit $status, peak RSS $((rss / 1024)) MB, wall $wall"
    tail -n 2 "$work/stderr.txt" | sed 's/^/    /'
    if [ "$rss" -ge "$limit_kb" ]; then echo "$name: FAILED: peak RSS over 1 GB" >&2; exit 1; fi
}

python3 - "$work" "$lines" <<'PY'
import json, sys
work, lines = sys.argv[1], int(sys.argv[2])
paragraph = ("The ministry said on Friday that talks on the trade accord would resume next month, officials said, "
             "adding that no decision had been taken on tariffs.\n")
with open(f"{work}/big.txt", "w") as out:
    out.write("Title: A very long document\nPublished: 2019-11-22\n\n")
    written = 0
    while written < 200 * 1000 * 1000:
        out.write(paragraph)
        written += len(paragraph)
with open(f"{work}/big.jsonl", "w") as out:
    for n in range(lines):
        if n % 50 == 0:
            text = f"The Commerce Department added Huawei affiliate {n % 997} to the Entity List on Thursday."
        else:
            text = f"Shares of company {n} rose 2 percent in early trading on Tuesday, traders said."
        out.write(json.dumps({"id": f"r-{n}", "title": f"Record {n}", "published": "2019-11-22", "text": text}) + "\n")
PY
echo "files: $(du -h "$work/big.txt" | cut -f1) text, $(du -h "$work/big.jsonl" | cut -f1) JSONL ($lines lines)"

measure "200 MB text, default limit" "$binary" extract "$work/big.txt" -o "$work/out.json"
[ "$status" -eq 1 ] && grep -q "larger than 33554432 bytes, the limit" "$work/stderr.txt" \
    || { echo "200 MB text: expected exit 1 and the limit message" >&2; exit 1; }
[ ! -e "$work/out.json" ] || grep -q '"status": "failed"' "$work/out.json"

measure "1,000,000-line JSONL, extract" "$binary" extract "$work/big.jsonl" -o "$work/out.json"
[ "$status" -eq 0 ] || { echo "JSONL: expected exit 0" >&2; exit 1; }
documents=$(grep -c '"status": "ok"' "$work/out.json")
[ "$documents" -eq "$lines" ] || { echo "JSONL: $documents documents listed, expected $lines" >&2; exit 1; }
echo "stress: all under 1 GB"
