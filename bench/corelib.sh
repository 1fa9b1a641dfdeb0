#!/usr/bin/env bash
# Core-library speed: bench/corelib/*.cs, compiled together into one program (Ops.cs is the harness; each other file
# registers an area of operations, see Ops.cs's header for adding one), times ~85 operations of the core library
# (number formatting and parsing, string.Format, strings, encodings, collections, sorting, LINQ, enums, DateTime,
# Math, boxing, delegates) inside the process (Stopwatch, best of 5 timed batches of at least 30 ms each), one line
# "name ns/op" per operation. The same sources are built by
# `kiln build` (against Kiln's core library) and by mcs -optimize+ (run by mono's JIT); both executables run in
# turn REPEATS times, and the best ns/op of each operation is kept. Prints ns/op for both, Kiln/Mono (below 1:
# Kiln is faster) and the geometric mean of the ratios. Mono's double/float ToString() print 15 significant digits
# where .NET Core 3.0+ (and Kiln) print the shortest round-trip text: the work differs slightly there.
# Usage: bench/corelib.sh [REPEATS] [FILTER]   (default 3; FILTER keeps operations whose name contains it)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-3}
FILTER=${2:-}
W=$(mktemp -d /tmp/kiln-bench-corelib.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
mapfile -t SOURCES < <(LC_ALL=C ls bench/corelib/*.cs)
./kiln build "${SOURCES[@]}" -o "$W/ops-kiln"
mcs -optimize+ -out:"$W/ops.exe" "${SOURCES[@]}"

for r in $(seq "$REPEATS"); do
    "$W/ops-kiln" $FILTER > "$W/kiln.$r"
    mono "$W/ops.exe" $FILTER > "$W/mono.$r"
done
# best (lowest ns/op) of the repeats, in the program's order: "name ns"
best() { cat "$W/$1".* | grep -v '^checksum ' | awk '{ns=$NF; $NF=""; sub(/ $/, ""); if (!($0 in b)) {order[++n]=$0; b[$0]=ns} else if (ns+0 < b[$0]+0) b[$0]=ns}
                                                   END {for (i=1; i<=n; i++) print order[i] "\t" b[order[i]]}'; }
best kiln > "$W/kiln.best"
best mono > "$W/mono.best"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg); best of $REPEATS runs"
printf '%-42s %12s %12s %10s\n' operation "Kiln ns/op" "Mono ns/op" Kiln/Mono
paste "$W/kiln.best" "$W/mono.best" | awk -F'\t' '
    $1 != $3 { print "operation lists differ: " $1 " / " $3 > "/dev/stderr"; exit 1 }
    { r = $2 / $4; logsum += log(r); n++; printf "%-42s %12.1f %12.1f %10.2f\n", $1, $2, $4, r }
    END { if (n) printf "%-42s %12s %12s %10.2f\n", "geometric mean (" n " operations)", "", "", exp(logsum / n) }'
