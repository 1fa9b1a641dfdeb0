#!/usr/bin/env bash
# Allocation and collection (issue 22): binary-trees at depths 18 and 20 and the allocation loop (bench/programs),
# each as Kiln's executable, mono (JIT) and C (cc -O2, malloc/free), with the wall-clock time and peak resident memory
# of each run (GNU time's %M). Prints the median time of REPEATS runs and the peak RSS of the median run, and the
# machine's load average, since other work on the machine moves these numbers.
# Usage: bench/allocation.sh [REPEATS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-3}
W=$(mktemp -d /tmp/kiln-alloc-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 1; }
./kiln --version >/dev/null

ROWS=("binarytrees 18" "binarytrees 20" "allocation 100000000")

# "seconds KiB" of one run; output to $W/out.$label
measure() {
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$W/time.$label" "$@" > "$W/out.$label"
    cat "$W/time.$label"
}
# the run with the median time of REPEATS: "seconds KiB"
median_run() { local label=$1; shift; for _ in $(seq "$REPEATS"); do measure "$label" "$@"; done | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

echo "date: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average$(uptime | sed 's/.*load average//'), median of $REPEATS runs"
printf '%-12s %-10s %16s %16s %16s %8s %8s %9s\n' benchmark argument "C s/MiB" "Kiln s/MiB" "mono s/MiB" Kiln/C mono/Kiln "RSS K/C"
for row in "${ROWS[@]}"; do
    read -r b a <<< "$row"
    [ -x "$W/$b-c" ] || cc -O2 -o "$W/$b-c" "bench/programs/$b.c" -lm
    [ -x "$W/$b-kiln" ] || ./kiln build "bench/programs/$b.cs" -o "$W/$b-kiln"
    [ -f "$W/$b.exe" ] || mcs -optimize+ -out:"$W/$b.exe" "bench/programs/$b.cs"
    read -r ct cm <<< "$(median_run c "$W/$b-c" "$a")"
    read -r kt km <<< "$(median_run kiln "$W/$b-kiln" "$a")"
    read -r mt mm <<< "$(median_run mono mono "$W/$b.exe" "$a")"
    for other in kiln mono; do
        cmp -s "$W/out.c" "$W/out.$other" || { echo "$b: $other prints something else than C" >&2; exit 1; }
    done
    awk -v b="$b" -v a="$a" -v ct="$ct" -v cm="$cm" -v kt="$kt" -v km="$km" -v mt="$mt" -v mm="$mm" 'BEGIN{
        printf "%-12s %-10s %9.2f/%6.1f %9.2f/%6.1f %9.2f/%6.1f %8.2f %8.2f %9.2f\n", b, a, ct, cm / 1024, kt, km / 1024,
            mt, mm / 1024, kt / ct, mt / kt, km / cm}'
done
