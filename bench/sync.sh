#!/usr/bin/env bash
# Synchronization speed (issue 17): bench/sync/SyncBench.cs, built by `kiln build` and by mcs -optimize+ (mono's
# JIT), each benchmark run in turn under both REPEATS times; the best wall time of each is kept.
#   (c) Parallel.For summing 100M ints (per-worker subtotals)
#   (d) SemaphoreSlim ping-pong between two tasks, 100,000 round trips, blocking Wait and await WaitAsync
# (d) needs the thread pool (helper "pool" of issue 17): before it, tasks run on one run loop and the two would wait
# for each other forever.
# Usage: bench/sync.sh [REPEATS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-3}
W=$(mktemp -d /tmp/kiln-bench-sync.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
./kiln build bench/sync/SyncBench.cs -o "$W/bench-kiln"
mcs -optimize+ -out:"$W/bench.exe" bench/sync/SyncBench.cs

# best (lowest ms) of REPEATS runs of one command: "ms checksum"
best() {
    local bestms="" bestsum=""
    for _ in $(seq "$REPEATS"); do
        read -r _ ms sum < <("$@")
        if [ -z "$bestms" ] || awk -v a="$ms" -v b="$bestms" 'BEGIN{exit !(a<b)}'; then bestms=$ms; bestsum=$sum; fi
    done
    echo "$bestms $bestsum"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg); best of $REPEATS runs"
printf '%-44s %12s %12s %10s\n' benchmark "Kiln ms" "Mono ms" Kiln/Mono
for spec in "parallel-for 100000000 (c) Parallel.For, sum of 100M ints" \
            "sem-pingpong 100000 (d) SemaphoreSlim ping-pong, Wait" "sem-pingpong-async 100000     ping-pong, await WaitAsync"; do
    read -r name n label <<< "$spec"
    k=$(best "$W/bench-kiln" "$name" "$n")
    m=$(best mono "$W/bench.exe" "$name" "$n")
    [ "${k#* }" = "${m#* }" ] || { echo "$name: checksums differ: kiln $k, mono $m" >&2; exit 1; }
    awk -v l="$label" -v k="${k% *}" -v m="${m% *}" 'BEGIN{printf "%-44s %12.1f %12.1f %10.2f\n", l, k, m, k/m}'
done
