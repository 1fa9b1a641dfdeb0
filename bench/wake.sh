#!/usr/bin/env bash
# Waking and locking speed (issue 17, perf2): bench/wake/WakeBench.cs, built by `kiln build` and by mcs -optimize+
# (mono's JIT); each benchmark runs REPEATS times under each, alternating, and the median wall time is kept.
# Usage: bench/wake.sh [REPEATS] [BENCH...]   (default 5, all)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-5}
shift || true
W=$(mktemp -d /tmp/kiln-bench-wake.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln build bench/wake/WakeBench.cs -o "$W/bench-kiln" >/dev/null
mcs -optimize+ -out:"$W/bench.exe" bench/wake/WakeBench.cs >/dev/null

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); median of $REPEATS runs"
printf '%-28s %10s %10s %10s\n' benchmark "Kiln ms" "Mono ms" Kiln/Mono
specs=("are-pingpong 10000" "mres-pingpong 10000" "sem-pingpong 10000" "monitor-pingpong 10000" "first-lock 1000000" "cdict-writes 1000000")
[ $# -gt 0 ] && { specs=(); for b in "$@"; do specs+=("$b"); done; }
for spec in "${specs[@]}"; do
    read -r name n <<< "$spec"
    : > "$W/k"; : > "$W/m"; ks=""; ms=""
    for _ in $(seq "$REPEATS"); do
        read -r _ k ks < <("$W/bench-kiln" "$name" "$n"); echo "$k" >> "$W/k"
        read -r _ m ms < <(mono "$W/bench.exe" "$name" "$n"); echo "$m" >> "$W/m"
    done
    [ "$ks" = "$ms" ] || { echo "$name: checksums differ: kiln $ks, mono $ms" >&2; exit 1; }
    k=$(median < "$W/k"); m=$(median < "$W/m")
    awk -v l="$name $n" -v k="$k" -v m="$m" 'BEGIN{printf "%-28s %10.1f %10.1f %10.2f\n", l, k, m, k/m}'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
