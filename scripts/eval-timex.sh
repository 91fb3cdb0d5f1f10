#!/bin/sh
# Scores the time stage on the TempEval-3 training data (TBAQ-cleaned), the way TE3 Task A does, and measures its
# speed on one core (release build, --jobs 1): the time layer alone (tokens, sentences, temporal expressions) and the
# whole pipeline. Run from anywhere; paths are relative to the repository root. Needs ../shared next to the repository.
# Extra arguments go to the scorer (e.g. --errors 20 --kinds value,missed).
set -eu
cd "$(dirname "$0")/.."
GOLD=../shared/data/tempeval3/train.jsonl
SCORER=../shared/eval/score_timex.py
if [ ! -f "$GOLD" ] || [ ! -f "$SCORER" ]; then
    echo "eval-timex: ../shared is absent ($GOLD or $SCORER not found); nothing to score." >&2
    exit 2
fi
OUT=${TMPDIR:-/tmp}/newsevents-timex-$$.jsonl
TIMES=${TMPDIR:-/tmp}/newsevents-timex-$$.times
trap 'rm -f "$OUT" "$TIMES"' EXIT
swift build -c release --product newsevents >/dev/null
BIN=$(swift build -c release --show-bin-path)/newsevents
DOCS=$(wc -l < "$GOLD" | tr -d ' ')
# Best of three runs of each: wall-clock and CPU seconds (CPU from GNU time when it is installed).
measure() {
    best=""
    for run in 1 2 3; do
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f "%e %U %S" -o "$TIMES" "$BIN" annotate --jobs 1 "$@" "$GOLD" > "$OUT" 2>/dev/null
        else
            start=$(date +%s.%N)
            "$BIN" annotate --jobs 1 "$@" "$GOLD" > "$OUT" 2>/dev/null
            end=$(date +%s.%N)
            awk -v s="$start" -v e="$end" 'BEGIN { print e - s, e - s, 0 }' > "$TIMES"
        fi
        this=$(awk '{ printf "%.3f %.3f", $1, $2 + $3 }' "$TIMES")
        if [ -z "$best" ] || [ "$(echo "$this $best" | awk '{ print ($1 < $3) }')" = 1 ]; then best=$this; fi
    done
    echo "$best"
}
WHOLE=$(measure)
TIME_ONLY=$(measure --through time)
python3 "$SCORER" "$GOLD" "$OUT" --by-type "$@"
# documents/s by wall clock and by CPU seconds (the fair figure when other work shares the machine).
report() {
    echo "$2" | awk -v d="$DOCS" -v what="$1" '{ cpu = $2 > 0 ? $2 : 0.001
        printf "%s %d documents in %.2f s wall, %.2f s CPU: %.0f documents/s wall, %.0f documents/s CPU (--jobs 1, release)\n", what, d, $1, $2, d / $1, d / cpu }'
}
report "time layer (tokens, sentences, timexes; rule loading included):" "$TIME_ONLY"
report "whole pipeline:" "$WHOLE"
