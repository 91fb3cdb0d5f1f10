#!/bin/sh
# Scores the ingest stage of web pages through the command line, on the shared dev sets:
#   - main text: ../shared/data/article-extraction/dev/ (scrapinghub benchmark metric, F1 on word 4-grams)
#   - publication dates: ../shared/data/pubdate/dev/ (htmldate's test pages, exact-day accuracy)
# and the speed of reading pages, in pages per CPU-second (user + system time of the release binary).
# Run from anywhere; paths are relative to the repository root. Needs ../shared next to the repository.
# Usage: scripts/eval-ingest.sh [--keep DIR]   (DIR keeps the system outputs and per-page scores)
set -eu
cd "$(dirname "$0")/.."
SHARED=../shared
EXTRACTION=$SHARED/data/article-extraction/dev
PUBDATE=$SHARED/data/pubdate/dev
for needed in "$EXTRACTION/ground-truth.json" "$EXTRACTION/html" "$PUBDATE/pubdate.jsonl" "$PUBDATE/html" \
    "$SHARED/eval/score_extraction.py" "$SHARED/eval/score_pubdate.py"; do
    if [ ! -e "$needed" ]; then
        echo "eval-ingest: ../shared is absent ($needed not found); nothing to score." >&2
        exit 2
    fi
done
if [ "${1:-}" = "--keep" ] && [ -n "${2:-}" ]; then
    OUT=$2
    mkdir -p "$OUT"
else
    OUT=$(mktemp -d "${TMPDIR:-/tmp}/newsevents-ingest-XXXXXX")
    trap 'rm -rf "$OUT"' EXIT
fi

swift build -c release --product newsevents >/dev/null
BIN=$(swift build -c release --show-bin-path)/newsevents

# Runs `annotate --ingest-only` over a folder of pages; prints "pages cpu-seconds" (children's user + sys).
run() {
    python3 - "$BIN" "$1" "$2" <<'PY'
import os, resource, subprocess, sys
binary, folder, output = sys.argv[1:]
status = subprocess.call([binary, "annotate", "--ingest-only", "--jobs", "1", folder, "-o", output])
if status not in (0, 1):
    sys.exit("eval-ingest: newsevents exited with status %d" % status)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
pages = sum(1 for name in os.listdir(folder) if name.endswith((".html", ".htm")))
print(pages, usage.ru_utime + usage.ru_stime)
PY
}

rate() { awk -v p="$1" -v s="$2" -v what="$3" 'BEGIN { if (s <= 0) s = 0.001; printf "%s: %d pages in %.2f CPU-s (user+sys): %.0f pages per CPU-second\n", what, p, s, p / s }'; }

# Prints a section's heading and reads its pages into $2; sets PAGES and CPU.
measure() {
    echo "== $1: $2"
    set -- $(run "$2" "$3")
    PAGES=$1 CPU=$2
}

measure "main text" "$EXTRACTION/html" "$OUT/extraction.jsonl"
python3 "$SHARED/eval/score_extraction.py" "$EXTRACTION/ground-truth.json" "$OUT/extraction.jsonl" \
    --per-doc "$OUT/extraction-per-page.jsonl"
rate "$PAGES" "$CPU" "speed (main-text pages)"
echo
measure "publication dates" "$PUBDATE/html" "$OUT/pubdate.jsonl"
python3 "$SHARED/eval/score_pubdate.py" "$PUBDATE/pubdate.jsonl" "$OUT/pubdate.jsonl" \
    --per-record "$OUT/pubdate-per-record.jsonl"
rate "$PAGES" "$CPU" "speed (publication-date pages)"
