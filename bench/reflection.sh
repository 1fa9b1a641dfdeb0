#!/usr/bin/env bash
# Reflection call cost (issue 18): MethodInfo.Invoke of a two-argument static method (int Add(int, int)) and
# PropertyInfo.GetValue of an int property, each in a loop, from Kiln (through the compiled invoke stub of the
# signature's shape) and mono (JIT), in one go on this machine. Each program times its own loop after a first call;
# prints the median ns per call of REPEATS runs, the ratio and the machine's load average.
# Usage: bench/reflection.sh [REPEATS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-5}
W=$(mktemp -d /tmp/kiln-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null

declare -A CALLS=([invoke]=5000000 [getvalue]=5000000)
ORDER=(invoke getvalue)

./kiln build bench/reflection/InvokeLoop.cs -o "$W/loop-kiln"
mcs -optimize+ -out:"$W/InvokeLoop.exe" bench/reflection/InvokeLoop.cs

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# ns per call of one run; the checksum must be the call count
per_call() {
    local calls=$1; shift
    local out; out=$("$@")
    [ "${out%% *}" = "$calls" ] || { echo "$*: checksum ${out%% *}, expected $calls" >&2; exit 1; }
    awk -v ns="${out##* }" -v n="$calls" 'BEGIN{printf "%.3f\n", ns / n}'
}
run() { local calls=$1; shift; for _ in $(seq "$REPEATS"); do per_call "$calls" "$@"; done | median; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), median of $REPEATS runs (ns per call)"
printf '%-9s %9s %8s %8s %10s\n' call calls Kiln mono mono/Kiln
for f in "${ORDER[@]}"; do
    n=${CALLS[$f]}
    k=$(run "$n" "$W/loop-kiln" "$f" "$n")
    m=$(run "$n" mono "$W/InvokeLoop.exe" "$f" "$n")
    awk -v f="$f" -v n="$n" -v k="$k" -v m="$m" 'BEGIN{printf "%-9s %9d %8.2f %8.2f %10.2f\n", f, n, k, m, m / k}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
