#!/usr/bin/env bash
# Builds one libFuzzer target of Fuzz/ with -sanitize=fuzzer,address and runs it on its seed corpus.
#
#   scripts/fuzz.sh TARGET [SECONDS]       # TARGET: html, text, jsonl, rules, time; SECONDS default 60
#   scripts/fuzz.sh TARGET crash-FILE      # replays one input (a crash file libFuzzer wrote)
#
# The library is compiled once into .build/fuzz/ (again when a source under Sources/NewsEvents changes);
# each target is one file, Fuzz/TARGET.swift, whose LLVMFuzzerTestOneInput libFuzzer calls. New inputs go
# to .build/fuzz/corpus/TARGET (the seeds in Fuzz/corpus/TARGET are only read); crashes to .build/fuzz/.
# Extra libFuzzer flags can be given in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-runs=5000000").
# Plain `swift build` and `swift test` never see Fuzz/: it is not a package target.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?"usage: scripts/fuzz.sh html|text|jsonl|rules|time [SECONDS | CRASH-FILE]"}
argument=${2:-60}
source_file="Fuzz/$target.swift"
[ -f "$source_file" ] || { echo "fuzz.sh: no target '$target': expected $source_file" >&2; exit 2; }

out=.build/fuzz
mkdir -p "$out/corpus/$target"
sanitize=(-sanitize=fuzzer,address)
libxml=()
for flag in $(pkg-config --cflags libxml-2.0); do libxml+=(-Xcc "$flag"); done

library="$out/libNewsEvents.a"
if [ ! -f "$library" ] || [ -n "$(find Sources/NewsEvents -name '*.swift' -newer "$library" | head -1)" ]; then
    echo "fuzz.sh: compiling the NewsEvents library for fuzzing (a few minutes)" >&2
    swiftc -O -g "${sanitize[@]}" -enable-testing -parse-as-library -module-name NewsEvents \
        -I Sources/CLibXML2 "${libxml[@]}" \
        -emit-module -emit-module-path "$out/NewsEvents.swiftmodule" \
        -emit-library -static -o "$library" \
        $(find Sources/NewsEvents -name '*.swift' | sort)
fi
binary="$out/fuzz-$target"
if [ ! -f "$binary" ] || [ "$source_file" -nt "$binary" ] || [ "$library" -nt "$binary" ]; then
    swiftc -O -g "${sanitize[@]}" -parse-as-library -I "$out" -I Sources/CLibXML2 "${libxml[@]}" \
        "$source_file" "$library" -lxml2 -o "$binary"
fi

export NEWSEVENTS_RULES="$PWD/rules"
if [ -f "$argument" ]; then
    exec "$binary" "$argument"
fi
# -rss_limit_mb: a document may cost several times its size, never a gigabyte for a few kilobytes of input.
# -timeout: one input taking 10 seconds is a hang.
exec "$binary" -max_total_time="$argument" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$out/" ${FUZZ_FLAGS:-} \
    "$out/corpus/$target" "Fuzz/corpus/$target"
