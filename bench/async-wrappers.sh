#!/usr/bin/env bash
# Awaiting through a chain of ordinary wrappers (issue 6): a loop awaits Wrap3(i), Wrap3 → Wrap2 → Wrap1 are ordinary
# Task-returning wrappers, the leaf is async. (a) everything completes synchronously, (b) the leaf yields every 10th
# call, (c) everything completes synchronously and each leaf call allocates a small object (issue 22: allocation in
# async code). Measured in one run, side by side: runtime async with async versions on and off (Kiln), the same program as
# classic async methods compiled by mcs and run by Kiln, and by mono (JIT, and AOT with -O=all).
# Bytes are the allocation counters of the thread running the loop (GC.GetAllocatedBytesForCurrentThread): exact for
# Kiln (one thread), but under mono (b)'s continuations run on thread-pool threads, which mono's counter misses.
# Usage: bench/async-wrappers.sh [ITERATIONS] [REPEATS]   (defaults 10000000 and 3; the best of the repeats is shown)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000000}
REPEATS=${2:-3}
ROOT=$(pwd)
W=$(mktemp -d /tmp/kiln-bench-async.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
(cd tests && mvn -q -o test-compile >/dev/null 2>&1 || mvn -q test-compile >/dev/null)
CORELIB=$(./kiln corelib)
CP="$ROOT/codegen-llvm/target/test-classes:$ROOT/tests/target/test-classes:$ROOT/compiler/target/kiln-compiler.jar:$ROOT/compiler/target/lib/*"

mkdir -p "$W/kiln" "$W/mono"
mcs -nostdlib -noconfig -r:"$CORELIB" -target:library -out:"$W/kiln/BenchReport.dll" bench/async/BenchReport.cs
java -cp "$CP" dev.kiln.ilasm.IlAssembler bench/async/WrapperChain.il "$W/kiln" >/dev/null
mcs -nostdlib -noconfig -r:"$CORELIB" -optimize+ -out:"$W/kiln/Classic.exe" bench/async/WrapperChainClassic.cs bench/async/BenchReport.cs
./kiln compile "$W/kiln/WrapperChain.exe" -o "$W/versions-on" --async-versions=on
./kiln compile "$W/kiln/WrapperChain.exe" -o "$W/versions-off" --async-versions=off
./kiln compile "$W/kiln/Classic.exe" -o "$W/classic-kiln"
mcs -optimize+ -out:"$W/mono/Classic.exe" bench/async/WrapperChainClassic.cs bench/async/BenchReport.cs
cp "$W/mono/Classic.exe" "$W/mono/ClassicAot.exe"
mono --aot -O=all "$W/mono/ClassicAot.exe" >/dev/null 2>&1

# best (lowest ns/iter) of REPEATS runs: prints "ns bytes checksum"
best() {
    local bestline="" bestns=""
    for _ in $(seq "$REPEATS"); do
        line=$("$@")
        ns=$(echo "$line" | awk '{print $2}')
        if [ -z "$bestns" ] || awk -v a="$ns" -v b="$bestns" 'BEGIN{exit !(a<b)}'; then bestns=$ns; bestline=$line; fi
    done
    echo "$bestline" | awk '{print $2, $4, $6}'
}

printf '%-34s %14s %14s %14s %14s %16s\n' "$N iterations" "versions on" "versions off" "classic, Kiln" "classic, mono" "classic, mono AOT"
for mode in "0 0" "10 0" "0 1"; do
    read -r every alloc <<< "$mode"
    case "$mode" in
        "0 0") label="(a) all synchronous" ;;
        "10 0") label="(b) leaf yields every 10th call" ;;
        *) label="(c) synchronous, leaf allocates" ;;
    esac
    on=$(best "$W/versions-on" "$N" "$every" "$alloc")
    off=$(best "$W/versions-off" "$N" "$every" "$alloc")
    ck=$(best "$W/classic-kiln" "$N" "$every" "$alloc")
    cm=$(best mono "$W/mono/Classic.exe" "$N" "$every" "$alloc")
    ca=$(best mono -O=all "$W/mono/ClassicAot.exe" "$N" "$every" "$alloc")
    sums=$(printf '%s\n' "$on" "$off" "$ck" "$cm" | awk '{print $3}' | sort -u | wc -l)
    [ "$sums" = 1 ] || { echo "checksums differ: $on | $off | $ck | $cm" >&2; exit 1; }
    col() { echo "$1" | awk '{printf "%s ns %s B", $1, $2}'; }
    printf '%-34s %14s %14s %14s %14s %16s\n' "$label" "$(col "$on" | cut -d' ' -f1-2)" "$(col "$off" | cut -d' ' -f1-2)" \
        "$(col "$ck" | cut -d' ' -f1-2)" "$(col "$cm" | cut -d' ' -f1-2)" "$(col "$ca" | cut -d' ' -f1-2)"
    printf '%-34s %14s %14s %14s %14s %16s\n' "  bytes allocated per iteration" "$(echo "$on" | awk '{print $2}')" \
        "$(echo "$off" | awk '{print $2}')" "$(echo "$ck" | awk '{print $2}')" "$(echo "$cm" | awk '{print $2}')" "$(echo "$ca" | awk '{print $2}')"
    awk -v on="$(echo "$on" | awk '{print $1}')" -v off="$(echo "$off" | awk '{print $1}')" -v m="$(echo "$cm" | awk '{print $1}')" \
        'BEGIN{printf "  ratios: mono / versions on = %.1fx, versions off / versions on = %.2fx\n", m/on, off/on}'
done
