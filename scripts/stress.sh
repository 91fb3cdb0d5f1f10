#!/usr/bin/env bash
# Large inputs against the release build, peak memory measured with /usr/bin/time -v (not part of swift test):
#   1. a 200 MB plain-text file: one document of varied news paragraphs (1 in 100 states an event), under
#      --max-document-bytes (256 MiB by default), analysed in sections of 1 MiB: exit 0, events found;
#   2. a JSONL file whose one record holds 20 MB of those paragraphs: sectioned the same way;
#   3. a 1,000,000-line JSONL file (about 1 in 50 records states an event): every record read, streaming;
#   4. a JSONL file of LINES/10 records that all state the same event: one event with that many sources
#      (merged in place, so the time grows with the number of mentions, not its square).
# Each must stay under 1 GB of peak resident memory; peak RSS and wall time are reported. The files are generated in a temporary folder, deleted
# on exit. Usage: scripts/stress.sh [LINES]   (LINES: lines of the third file, default 1000000; 0 leaves it out)
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
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.1f", u + s}' "$work/time.txt")
    echo "$name: exit $status, peak RSS $((rss / 1024)) MB, wall $wall, CPU ${cpu} s"
    tail -n 2 "$work/stderr.txt" | sed 's/^/    /'
    if [ "$rss" -ge "$limit_kb" ]; then echo "$name: FAILED: peak RSS over 1 GB" >&2; exit 1; fi
}

python3 - "$work" "$lines" <<'PY'
import json, sys
work, lines = sys.argv[1], int(sys.argv[2])
paragraphs = [
    "The ministry said on Friday that talks on the trade accord would resume next month, officials said, "
    "adding that no decision had been taken on tariffs.",
    "Shares of the steelmaker rose 2 percent in early trading on Tuesday, traders said, after a report that "
    "demand in Europe had recovered faster than expected.",
    "Rain and strong winds closed two ports for much of Wednesday.\nShipping resumed in the evening.",
    "“We will look at every option,” the minister told reporters in Geneva, declining to give details.",
]
def news(size):
    """Paragraphs up to `size` bytes, one in 100 stating an event."""
    written, n = 0, 0
    while written < size:
        if n % 100 == 0:
            text = f"The Commerce Department added Huawei affiliate {n % 997} to the Entity List on Thursday."
        else:
            text = paragraphs[n % len(paragraphs)]
        yield text + "\n\n"
        written += len(text.encode()) + 2
        n += 1
with open(f"{work}/big.txt", "w") as out:
    out.write("Title: A very long document\nPublished: 2019-11-22\n\n")
    out.writelines(news(200 * 1000 * 1000))
with open(f"{work}/one-record.jsonl", "w") as out:
    out.write(json.dumps({"id": "one", "published": "2019-11-22", "text": "".join(news(20 * 1000 * 1000))}) + "\n")
with open(f"{work}/big.jsonl", "w") as out:
    for n in range(lines):
        if n % 50 == 0:
            text = f"The Commerce Department added Huawei affiliate {n % 997} to the Entity List on Thursday."
        else:
            text = f"Shares of company {n} rose 2 percent in early trading on Tuesday, traders said."
        out.write(json.dumps({"id": f"r-{n}", "title": f"Record {n}", "published": "2019-11-22", "text": text}) + "\n")
with open(f"{work}/same.jsonl", "w") as out:
    for n in range(lines // 10):
        text = "The Commerce Department added Huawei to the Entity List on Thursday."
        out.write(json.dumps({"id": f"s-{n}", "published": "2019-11-22", "text": text}) + "\n")
PY
echo "files: $(du -h "$work/big.txt" | cut -f1) text, $(du -h "$work/one-record.jsonl" | cut -f1) one-record JSONL, $(du -h "$work/big.jsonl" | cut -f1) JSONL ($lines lines)"

# Exit 0, some event mentions, and a timeline of one document with events.
expect_events() {
    [ "$status" -eq 0 ] || { echo "$1: expected exit 0" >&2; exit 1; }
    mentions=$(sed -n 's/.* document(s), \([0-9]*\) event mention(s).*/\1/p' "$work/stderr.txt")
    [ "${mentions:-0}" -gt 0 ] || { echo "$1: expected events" >&2; exit 1; }
    python3 -c 'import json, sys; t = json.load(open(sys.argv[1])); assert len(t["documents"]) == 1 and t["events"]' "$work/out.json" \
        || { echo "$1: the timeline is not one document with events" >&2; exit 1; }
}

measure "200 MB text, one document in sections" "$binary" extract --jobs 1 "$work/big.txt" -o "$work/out.json"
expect_events "200 MB text"
measure "20 MB JSONL record" "$binary" extract --jobs 1 "$work/one-record.jsonl" -o "$work/out.json"
expect_events "20 MB JSONL record"

if [ "$lines" -gt 0 ]; then
    measure "$lines-line JSONL, extract" "$binary" extract "$work/big.jsonl" -o "$work/out.json"
    [ "$status" -eq 0 ] || { echo "JSONL: expected exit 0" >&2; exit 1; }
    documents=$(grep -c '"status": "ok"' "$work/out.json")
    [ "$documents" -eq "$lines" ] || { echo "JSONL: $documents documents listed, expected $lines" >&2; exit 1; }
    same=$((lines / 10))
    measure "$same-line JSONL of one repeated event, extract" "$binary" extract "$work/same.jsonl" -o "$work/out.json"
    [ "$status" -eq 0 ] || { echo "repeated event: expected exit 0" >&2; exit 1; }
    python3 -c 'import json, sys; t = json.load(open(sys.argv[1])); assert [len(e["sources"]) for e in t["events"]] == [int(sys.argv[2])]' \
        "$work/out.json" "$same" || { echo "repeated event: expected one event with $same sources" >&2; exit 1; }
fi
echo "stress: all under 1 GB"
