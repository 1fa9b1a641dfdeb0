#!/usr/bin/env bash
# P/Invoke call cost (issue 16): a blittable call in a loop — kiln_bench_add of a small C library built here
# (bench/pinvoke/native.c) and libc's getpid — from C (the library's PLT), Kiln (bound with dlopen/dlsym at the
# first call), Kiln with --direct-pinvoke (linked: a plain call through the PLT, as C) and mono (JIT), all in one go
# on this machine. Each program times its own loop after a first, binding call; prints the median ns per call of
# REPEATS runs, the ratios to C (issue target: Kiln within 2× of C) and the machine's load average.
# Usage: bench/pinvoke.sh [REPEATS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-5}
W=$(mktemp -d /tmp/kiln-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null

declare -A CALLS=([add]=200000000 [getpid]=5000000)
ORDER=(add getpid)

cc -O2 -shared -fPIC -o "$W/libkilnbench.so" bench/pinvoke/native.c
cc -O2 -o "$W/loop-c" bench/pinvoke/loop.c -L"$W" -lkilnbench -Wl,-rpath,"$W"
./kiln build bench/pinvoke/PInvokeLoop.cs -o "$W/loop-kiln"
./kiln build bench/pinvoke/PInvokeLoop.cs -o "$W/loop-direct" --direct-pinvoke "$W/libkilnbench.so" --direct-pinvoke libc
mcs -optimize+ -out:"$W/PInvokeLoop.exe" bench/pinvoke/PInvokeLoop.cs

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# ns per call of one run; the checksum must be the call count
per_call() {
    local calls=$1; shift
    local out; out=$(LD_LIBRARY_PATH="$W" "$@")
    [ "${out%% *}" = "$calls" ] || { echo "$*: checksum ${out%% *}, expected $calls" >&2; exit 1; }
    awk -v ns="${out##* }" -v n="$calls" 'BEGIN{printf "%.3f\n", ns / n}'
}
run() { local calls=$1; shift; for _ in $(seq "$REPEATS"); do per_call "$calls" "$@"; done | median; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), median of $REPEATS runs (ns per call)"
printf '%-8s %11s %8s %8s %8s %8s %8s %10s %9s\n' call calls C Kiln direct mono Kiln/C direct/C mono/Kiln
for f in "${ORDER[@]}"; do
    n=${CALLS[$f]}
    c=$(run "$n" "$W/loop-c" "$f" "$n")
    k=$(run "$n" "$W/loop-kiln" "$f" "$n")
    d=$(run "$n" "$W/loop-direct" "$f" "$n")
    m=$(run "$n" mono "$W/PInvokeLoop.exe" "$f" "$n")
    awk -v f="$f" -v n="$n" -v c="$c" -v k="$k" -v d="$d" -v m="$m" \
        'BEGIN{printf "%-8s %11d %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %10.2f\n", f, n, c, k, d, m, k / c, d / c, m / k}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
