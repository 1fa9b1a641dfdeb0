#!/usr/bin/env bash
# Generated-code speed (issue 7): n-body, spectral-norm, fannkuch-redux, binary-trees and mandelbrot, each written in
# C# and in C with the same algorithm (bench/programs). Built and run in one go on this machine: Kiln's executable,
# mono (JIT), mono with an AOT image (--aot -O=all) and the C version (cc -O2). Prints the median of REPEATS runs
# and the ratios, checks that all four print the same, then hello-world start-up and size, and compile speed.
# Usage: bench/classic.sh [REPEATS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-5}
W=$(mktemp -d /tmp/kiln-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null

declare -A ARGS=([nbody]=5000000 [spectralnorm]=3000 [fannkuch]=10 [binarytrees]=18 [mandelbrot]=4000)
ORDER=(nbody spectralnorm fannkuch binarytrees mandelbrot)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# seconds of one run (wall clock), output to $W/out.$2
timeit() { local label=$1; shift; local s e; s=$(date +%s%N); "$@" > "$W/out.$label"; e=$(date +%s%N); awk -v d=$((e - s)) 'BEGIN{printf "%.4f\n", d / 1e9}'; }
run() { local label=$1; shift; for _ in $(seq "$REPEATS"); do timeit "$label" "$@"; done | median; }

echo "date: $(date -u +%Y-%m-%d), $(nproc) cores, median of $REPEATS runs (seconds)"
printf '%-14s %-10s %9s %9s %9s %11s %9s %11s %11s\n' benchmark argument C Kiln mono "mono AOT" Kiln/C mono/Kiln AOT/Kiln
for b in "${ORDER[@]}"; do
    a=${ARGS[$b]}
    cc -O2 -o "$W/$b-c" "bench/programs/$b.c" -lm
    ./kiln build "bench/programs/$b.cs" -o "$W/$b-kiln"
    mcs -optimize+ -out:"$W/$b.exe" "bench/programs/$b.cs"
    cp "$W/$b.exe" "$W/$b-aot.exe"
    mono --aot -O=all "$W/$b-aot.exe" >/dev/null 2>&1
    c=$(run c "$W/$b-c" "$a")
    k=$(run kiln "$W/$b-kiln" "$a")
    m=$(run mono mono "$W/$b.exe" "$a")
    o=$(run aot mono -O=all "$W/$b-aot.exe" "$a")
    for other in kiln mono aot; do
        cmp -s "$W/out.c" "$W/out.$other" || { echo "$b: $other prints something else than C" >&2; exit 1; }
    done
    awk -v b="$b" -v a="$a" -v c="$c" -v k="$k" -v m="$m" -v o="$o" \
        'BEGIN{printf "%-14s %-10s %9.3f %9.3f %9.3f %11.3f %9.2f %11.2f %11.2f\n", b, a, c, k, m, o, k / c, m / k, o / k}'
done

echo
printf 'class Hello { static void Main() { System.Console.WriteLine("Hello, World!"); } }\n' > "$W/Hello.cs"
./kiln build "$W/Hello.cs" -o "$W/hello"
# 200 starts timed together, so that starting the clock costs nothing per run
hello200() { for _ in $(seq 200); do "$W/hello"; done; }
total=$(for _ in $(seq 3); do timeit hello hello200; done | median)
awk -v size="$(stat -c %s "$W/hello")" -v t="$total" 'BEGIN{printf "hello world: %d bytes, start to exit %.2f ms (median of 3 × 200 runs)\n", size, t * 1000 / 200}'
