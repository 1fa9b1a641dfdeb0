#!/usr/bin/env bash
# File I/O speed (issue 16): bench/io/IoBench.cs built by Kiln and run by mono (mcs -optimize+), next to the same
# jobs in C with stdio (bench/io/io.c, cc -O2), in one go: File.WriteAllBytes + File.ReadAllBytes of 100 MB, and
# a 50 MB text file read line by line with StreamReader, counting words. Each program times its steps itself
# (Stopwatch / CLOCK_MONOTONIC); the best of REPEATS runs is kept, and all three must print the same results.
# The files live in $TMPDIR (else /tmp); the page cache is warm after the first run, so this measures the
# library and the copies, not the disk.
# Usage: bench/io.sh [REPEATS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-5}
W=$(mktemp -d "${TMPDIR:-/tmp}/kiln-io-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null

cc -O2 -o "$W/io-c" bench/io/io.c
./kiln build bench/io/IoBench.cs -o "$W/io-kiln"
mcs -optimize+ -out:"$W/IoBench.exe" bench/io/IoBench.cs >/dev/null

# 50 MB of text: lines of 1 to 24 words of 1 to 12 letters, some of them accented (two UTF-8 bytes)
awk 'BEGIN { srand(16); split("a b c d e f g h i j k l m n o p q r s t u v w x y z é è à ü", letters, " "); size = 0
    while (size < 50 * 1048576) {
        line = ""; n = 1 + int(rand() * 24)
        for (w = 0; w < n; w++) { len = 1 + int(rand() * 12); word = ""
            for (c = 0; c < len; c++) { i = rand() < 0.97 ? 1 + int(rand() * 26) : 27 + int(rand() * 4); word = word letters[i] }
            line = line (w ? (rand() < 0.1 ? "\t" : " ") : "") word }
        print line; size += length(line) + 1 } }' > "$W/words.txt"

# best (lowest) value of field $2 of the stderr lines over REPEATS runs; stdout kept in $W/out.$1
best() {
    local label=$1 key=$2; shift 2
    for _ in $(seq "$REPEATS"); do "$@" > "$W/out.$label" 2> "$W/err.$label"; sed -n "s/.*$key \([0-9]*\).*/\1/p" "$W/err.$label"; done | sort -n | head -1
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), best of $REPEATS runs (ms)"
printf '%-34s %8s %8s %8s %9s %10s\n' job C Kiln mono Kiln/C Kiln/mono
row() {
    local name=$1 key=$2; shift 2
    local c k m
    c=$(best c "$key" "$W/io-c" "$@")
    k=$(best kiln "$key" "$W/io-kiln" "$@")
    m=$(best mono "$key" mono "$W/IoBench.exe" "$@")
    for other in kiln mono; do
        cmp -s "$W/out.c" "$W/out.$other" || { echo "$name: $other prints $(cat "$W/out.$other"), C $(cat "$W/out.c")" >&2; exit 1; }
    done
    awk -v n="$name" -v c="$c" -v k="$k" -v m="$m" 'BEGIN{printf "%-34s %8d %8d %8d %9.2f %10.2f\n", n, c, k, m, k / (c ? c : 1), k / (m ? m : 1)}'
}
row "WriteAllBytes 100 MB" write bytes "$W/data.bin" 100
row "ReadAllBytes 100 MB" read bytes "$W/data.bin" 100
row "StreamReader.ReadLine 50 MB, words" words words "$W/words.txt"
