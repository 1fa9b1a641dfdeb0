#!/usr/bin/env bash
# The collector's part in the concurrent async benchmark (bench/async-concurrent.sh; issue 17: versions on must scale
# >= 1.7x from one core to two). Each Kiln variant — runtime async with async versions on, off, and classic async — runs
# on one core (taskset -c 0) and on all, interleaved, REPEATS times, with the counts that other load on the machine
# does not move: collections during the timed part and bytes of new memory per await (the driver's, GC counters), and
# from the collector's statistics (GC_PRINT_STATS=1) the collections of the whole process and their world-stopped
# marking time (total, and the median collection's). Prints the median and best time per variant and mask, the counts
# of the median run, the scaling of the medians and bests, and the load average before and after.
# Usage: bench/async-concurrent-gc.sh [CHAINS] [AWAITS] [REPEATS]   (defaults 10000, 100, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
CHAINS=${1:-10000}
AWAITS=${2:-100}
REPEATS=${3:-5}
ROOT=$(pwd)
W=$(mktemp -d /tmp/kiln-bench-concurrent-gc.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
(cd tests && mvn -q -o test-compile >/dev/null 2>&1 || mvn -q test-compile >/dev/null)
CORELIB=$(./kiln corelib)
CP="$ROOT/codegen-llvm/target/test-classes:$ROOT/tests/target/test-classes:$ROOT/compiler/target/kiln-compiler.jar:$ROOT/compiler/target/lib/*"

mcs -nostdlib -noconfig -r:"$CORELIB" -d:KILN -target:library -out:"$W/BenchReport.dll" bench/async/ConcurrentDriver.cs
java -cp "$CP" dev.kiln.ilasm.IlAssembler bench/async/ConcurrentChains.il "$W" >/dev/null
mcs -nostdlib -noconfig -r:"$CORELIB" -d:KILN -optimize+ -out:"$W/Classic.exe" bench/async/ConcurrentChainsClassic.cs bench/async/ConcurrentDriver.cs
./kiln compile "$W/ConcurrentChains.exe" -o "$W/versions-on" --async-versions=on
./kiln compile "$W/ConcurrentChains.exe" -o "$W/versions-off" --async-versions=off
./kiln compile "$W/Classic.exe" -o "$W/classic"

VARIANTS=(versions-on versions-off classic)
MASKS=(one all)
load() { uptime | sed 's/.*load average: //'; }

# one run: "ms collections bytes/await process-collections mark-ms median-mark-ms"
run() {
    local variant=$1 mask=$2 out
    if [ "$mask" = one ]; then
        out=$(GC_PRINT_STATS=1 taskset -c 0 "$W/$variant" "$CHAINS" "$AWAITS" 2>&1)
    else
        out=$(GC_PRINT_STATS=1 "$W/$variant" "$CHAINS" "$AWAITS" 2>&1)
    fi
    echo "$out" | awk '
        /^us / { ms = $2 / 1000; for (i = 1; i < NF; i++) { if ($i == "collections") c = $(i + 1); if ($i == "bytes/await") b = $(i + 1) } }
        /World-stopped marking took/ { n++; t = $4 + $6 / 1e6; total += t; marks[n] = t }
        END {
            for (i = 2; i <= n; i++) { v = marks[i]; j = i - 1; while (j > 0 && marks[j] > v) { marks[j + 1] = marks[j]; j-- } marks[j + 1] = v }
            printf "%.1f %d %s %d %.1f %.2f\n", ms, c, b, n, total, n ? marks[int((n + 1) / 2)] : 0 }'
}

echo "date: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before: $(load); $CHAINS chains x $AWAITS awaits, $REPEATS interleaved runs"
for r in $(seq "$REPEATS"); do
    for v in "${VARIANTS[@]}"; do
        for m in "${MASKS[@]}"; do
            run "$v" "$m" >> "$W/$v.$m"
        done
    done
done
printf '%-13s %-5s %9s %9s %12s %12s %11s %12s %13s\n' variant cores "median ms" "best ms" "collections" "bytes/await" \
    "process GCs" "marking ms" "ms per GC"
for v in "${VARIANTS[@]}"; do
    for m in "${MASKS[@]}"; do
        sort -n "$W/$v.$m" | awk -v v="$v" -v m="$m" '{ a[NR] = $0 } END {
            split(a[int((NR + 1) / 2)], x, " "); split(a[1], best, " ")
            printf "%-13s %-5s %9.1f %9.1f %12d %12s %11d %12.1f %13.2f\n", v, m, x[1], best[1], x[2], x[3], x[4], x[5], x[6] }'
    done
    one=$(sort -n "$W/$v.one" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[1] }')
    all=$(sort -n "$W/$v.all" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[1] }')
    echo "$one $all" | awk -v v="$v" '{ printf "%-13s scaling one -> all cores: medians %.2fx, bests %.2fx\n", v, $1 / $3, $2 / $4 }'
done
echo "load average after: $(load)"
