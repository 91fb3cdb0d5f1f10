#!/bin/sh
# Scores the time stage on the TempEval-3 training data (TBAQ-cleaned), the way TE3 Task A does.
# Run from anywhere; paths are relative to the repository root. Needs ../shared next to the repository.
set -eu
cd "$(dirname "$0")/.."
GOLD=../shared/data/tempeval3/train.jsonl
SCORER=../shared/eval/score_timex.py
if [ ! -f "$GOLD" ] || [ ! -f "$SCORER" ]; then
    echo "eval-timex: ../shared is absent ($GOLD or $SCORER not found); nothing to score." >&2
    exit 2
fi
OUT=${TMPDIR:-/tmp}/newsevents-timex-$$.jsonl
trap 'rm -f "$OUT"' EXIT
swift build -c release --product newsevents >/dev/null
DOCS=$(wc -l < "$GOLD" | tr -d ' ')
START=$(date +%s.%N)
swift run -c release --skip-build newsevents annotate "$GOLD" > "$OUT"
END=$(date +%s.%N)
python3 "$SCORER" "$GOLD" "$OUT" --by-type
awk -v d="$DOCS" -v s="$START" -v e="$END" 'BEGIN { t = e - s; if (t <= 0) t = 0.001; printf "documents: %d in %.2f s (%.1f documents/s, whole pipeline)\n", d, t, d / t }'
