#!/usr/bin/env bash
# Compile speed (issues 7 and 20), in one run next to `mono --aot -O=all` on the same machine:
#  1. throughput: method bodies per second of the core-library image (`kiln compile --image`, at --parallelism 1
#     and 2) against mono's on mscorlib, and their ratio;
#  2. programs: wall time, cpu time and peak memory of one `kiln compile` process (JVM start, reading, analysis,
#     LLVM -O2, linking) for samples/hello, a 600-method program (AsyncMethodShapes: about 1,000 bodies with the
#     part of the core library it reaches) and a second program (QueryBasics), each "cold" (an empty compiled-object
#     cache: KILN_CACHE_DIR is a fresh directory) and, for hello and the second program, "warm" (the same compile
#     again with that cache filled). methods/s counts every method body the
#     executable holds (the program and the part of the core library it reaches); mono's columns are
#     `mono --aot -O=all` of the same program built against Mono's mscorlib (only the program's own methods).
# Every kiln run gets its own cache directory, so no row depends on what earlier runs (or ~/.cache/kiln) hold.
# The targets (issue 20) are printed next to the numbers. Two shared cores: compare rows of one run, not of two.
# Usage: bench/compile-speed.sh [PROGRAM.cs ...]   (extra programs, timed cold like AsyncMethodShapes)
set -euo pipefail
cd "$(dirname "$0")/.."
W=$(mktemp -d /tmp/kiln-compile-speed.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null # builds Kiln (and its class-data archive) first, so that no row pays for it
CORELIB=$(./kiln corelib)
HELLO_RUNS=3
BODIES='^(MethodBody|AsyncVariant|AsyncVersion|AsyncThunk|TaskReturningThunk),'

# measure CACHE_DIR COMMAND...: runs it once; sets MS (wall ms), CPU (user+system ms: what a busy machine changes
# least) and MB (peak resident MB); fails the bench on error
measure() {
    local cache=$1 s e
    shift
    s=$(date +%s%N)
    if ! KILN_CACHE_DIR="$cache" /usr/bin/time -o "$W/time" -f '%M %U %S' "$@" >"$W/log" 2>&1; then
        cat "$W/log" >&2
        echo "compile-speed: failed: $*" >&2
        exit 1
    fi
    e=$(date +%s%N)
    MS=$(( (e - s) / 1000000 ))
    read -r MB CPU < <(tail -1 "$W/time" | awk '{printf "%d %d\n", $1 / 1024, ($2 + $3) * 1000}')
}
fresh_cache() { mktemp -d "$W/cache.XXXXXX"; }
bodies() { grep -cE "$BODIES" "$1"; }
# mono_aot DIR/ASSEMBLY: sets MONO_MS and MONO_N (methods mono compiled)
mono_aot() {
    local s e log
    s=$(date +%s%N)
    log=$(MONO_PATH="$(dirname "$1")" mono --aot -O=all "$1" 2>&1 || true)
    e=$(date +%s%N)
    MONO_MS=$(( (e - s) / 1000000 ))
    MONO_N=$(echo "$log" | sed -n 's/^Compiled: \([0-9]*\)\/.*/\1/p')
    MONO_N=${MONO_N:-0}
}
rate() { awk -v n="$1" -v ms="$2" 'BEGIN{printf "%.0f", (ms > 0 ? n * 1000 / ms : 0)}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
# median and range of the numbers given
spread() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{printf "%d (%d-%d)", v[int((NR+1)/2)], v[1], v[NR]}'; }
cache_state() {
    local n
    n=$(find "$1" -type f 2>/dev/null | wc -l)
    if [ "$n" -gt 0 ]; then echo "cache: $n files"; else echo "no compiled-object cache written (warm = the same compile again)"; fi
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
echo
echo "== Throughput: method bodies per second =="
# methods per cpu-second (user+system) as well: what other work on the machine changes least
printf '%-42s %8s %8s %8s %10s %14s %8s\n' "" methods "wall s" "cpu s" "methods/s" "methods/cpu-s" "peak MB"
declare -A KILN_RATE KILN_CPU_RATE
for p in 1 2; do
    measure "$(fresh_cache)" ./kiln compile --image "$CORELIB" -o "$W/corelib.img" --parallelism "$p" \
        --map "$W/corelib.map" --map-format csv
    n=$(bodies "$W/corelib.map")
    KILN_RATE[$p]=$(rate "$n" "$MS")
    KILN_CPU_RATE[$p]=$(rate "$n" "$CPU")
    printf '%-42s %8d %8.1f %8.1f %10d %14d %8d\n' "kiln: core-library image, --parallelism $p" "$n" \
        "$(echo "$MS / 1000" | bc -l)" "$(echo "$CPU / 1000" | bc -l)" "${KILN_RATE[$p]}" "${KILN_CPU_RATE[$p]}" "$MB"
done
mkdir -p "$W/mscorlib"
cp /usr/lib/mono/4.5/mscorlib.dll "$W/mscorlib/"
s=$(date +%s%N)
/usr/bin/time -o "$W/time" -f '%M %U %S' bash -c 'MONO_PATH="$1" mono --aot -O=all "$1/mscorlib.dll" >"$1/aot.log" 2>&1 || true' _ "$W/mscorlib"
e=$(date +%s%N)
mono_ms=$(( (e - s) / 1000000 ))
mono_n=$(sed -n 's/^Compiled: \([0-9]*\)\/.*/\1/p' "$W/mscorlib/aot.log")
read -r mono_mb mono_cpu < <(tail -1 "$W/time" | awk '{printf "%d %d\n", $1 / 1024, ($2 + $3) * 1000}')
mono_rate=$(rate "${mono_n:-0}" "$mono_ms")
mono_cpu_rate=$(rate "${mono_n:-0}" "$mono_cpu")
printf '%-42s %8d %8.1f %8.1f %10d %14d %8d\n' "mono --aot -O=all: mscorlib.dll" "${mono_n:-0}" \
    "$(echo "$mono_ms / 1000" | bc -l)" "$(echo "$mono_cpu / 1000" | bc -l)" "$mono_rate" "$mono_cpu_rate" "$mono_mb"
for p in 1 2; do
    awk -v k="${KILN_RATE[$p]}" -v m="$mono_rate" -v kc="${KILN_CPU_RATE[$p]}" -v mc="$mono_cpu_rate" -v p="$p" \
        'BEGIN{r = (m > 0 ? k / m : 0);
        printf "kiln/mono at --parallelism %d: %.2f (per cpu-second %.2f)   target >= 0.50 (>= %.0f methods/s): %s\n",
            p, r, (mc > 0 ? kc / mc : 0), m / 2, (r >= 0.5 ? "met" : "not met")}'
done

echo
echo "== Programs: one 'kiln compile' process each =="
printf '%-32s %-5s %7s %16s %7s %9s %7s  %-20s %11s %7s %9s\n' program cache methods "wall ms" "cpu ms" methods/s \
    "peak MB" target "mono aot ms" methods methods/s
# row NAME CACHE METHODS WALL_MS_TEXT MS CPU_MS MB TARGET [MONO_MS MONO_N]
row() {
    local mono=""
    [ $# -gt 8 ] && mono=$(printf '%11d %7d %9d' "$9" "${10}" "$(rate "${10}" "$9")")
    printf '%-32s %-5s %7d %16s %7d %9d %7d  %-20s %s\n' "$1" "$2" "$3" "$4" "$6" "$(rate "$3" "$5")" "$7" "$8" "$mono"
}
# target TEXT MS LIMIT_MS
target() { if [ "$2" -le "$3" ]; then echo "$1 met"; else echo "$1 not met"; fi; }
# program NAME SOURCE...: builds it for kiln (against Kiln's core library) and for mono (against mscorlib)
program() {
    local name=$1
    shift
    mcs -nostdlib -noconfig -r:"$CORELIB" -out:"$W/$name.exe" "$@" >/dev/null
    mkdir -p "$W/mono-$name"
    mcs -optimize+ -out:"$W/mono-$name/$name.exe" "$@" >/dev/null
    mono_aot "$W/mono-$name/$name.exe"
}
compile() { measure "$1" ./kiln compile "$W/$2.exe" -o "$W/$2" --map "$W/$2.map" --map-format csv; }

program hello samples/hello/*.cs
cold=() cold_cpu=() cold_mb=0 warm=() warm_cpu=() warm_mb=0
for _ in $(seq "$HELLO_RUNS"); do
    cache=$(fresh_cache)
    compile "$cache" hello
    cold+=("$MS") cold_cpu+=("$CPU")
    [ "$MB" -gt "$cold_mb" ] && cold_mb=$MB
    compile "$cache" hello
    warm+=("$MS") warm_cpu+=("$CPU")
    [ "$MB" -gt "$warm_mb" ] && warm_mb=$MB
done
n=$(bodies "$W/hello.map")
row "hello (median of $HELLO_RUNS)" cold "$n" "$(spread "${cold[@]}")" "$(median "${cold[@]}")" \
    "$(median "${cold_cpu[@]}")" "$cold_mb" "$(target "<= 1000 ms" "$(median "${cold[@]}")" 1000)" "$MONO_MS" "$MONO_N"
row "hello (median of $HELLO_RUNS)" warm "$n" "$(spread "${warm[@]}")" "$(median "${warm[@]}")" \
    "$(median "${warm_cpu[@]}")" "$warm_mb" "$(target "<= 400 ms" "$(median "${warm[@]}")" 400)"
hello_cache=$(cache_state "$cache")

program AsyncMethodShapes tests/programs/async/AsyncMethodShapes.cs
compile "$(fresh_cache)" AsyncMethodShapes
row "AsyncMethodShapes" cold "$(bodies "$W/AsyncMethodShapes.map")" "$MS" "$MS" "$CPU" "$MB" "" "$MONO_MS" "$MONO_N"

program QueryBasics tests/programs/linq/QueryBasics.cs
cache=$(fresh_cache)
compile "$cache" QueryBasics
row "QueryBasics (second program)" cold "$(bodies "$W/QueryBasics.map")" "$MS" "$MS" "$CPU" "$MB" "" "$MONO_MS" "$MONO_N"
compile "$cache" QueryBasics
row "QueryBasics (second program)" warm "$(bodies "$W/QueryBasics.map")" "$MS" "$MS" "$CPU" "$MB" ""

for p in "$@"; do
    name=$(basename "$p" .cs)
    program "$name" "$p"
    compile "$(fresh_cache)" "$name"
    row "$name" cold "$(bodies "$W/$name.map")" "$MS" "$MS" "$CPU" "$MB" "" "$MONO_MS" "$MONO_N"
done
echo
echo "warm: $hello_cache"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
