#!/usr/bin/env bash
# Many async chains at once on the thread pool (issue 17): CHAINS chains each await the three-wrapper chain (Wrap3 →
# Wrap2 → Wrap1 ordinary Task-returning wrappers, an async leaf that always yields) AWAITS times, all started before
# any is waited for, so every await is a real suspension resumed by a pool thread. Measured side by side: runtime
# async with async versions on and off (Kiln), the same program as classic async methods compiled by mcs and run by
# Kiln, and by mono. Prints microseconds in total and nanoseconds per await (best of REPEATS runs).
# Usage: bench/async-concurrent.sh [CHAINS] [AWAITS] [REPEATS]   (defaults 10000, 100, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
CHAINS=${1:-10000}
AWAITS=${2:-100}
REPEATS=${3:-3}
ROOT=$(pwd)
W=$(mktemp -d /tmp/kiln-bench-concurrent.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
(cd tests && mvn -q -o test-compile >/dev/null 2>&1 || mvn -q test-compile >/dev/null)
CORELIB=$(./kiln corelib)
CP="$ROOT/codegen-llvm/target/test-classes:$ROOT/tests/target/test-classes:$ROOT/compiler/target/kiln-compiler.jar:$ROOT/compiler/target/lib/*"

mkdir -p "$W/kiln" "$W/mono"
mcs -nostdlib -noconfig -r:"$CORELIB" -target:library -out:"$W/kiln/BenchReport.dll" bench/async/ConcurrentDriver.cs
java -cp "$CP" dev.kiln.ilasm.IlAssembler bench/async/ConcurrentChains.il "$W/kiln" >/dev/null
mcs -nostdlib -noconfig -r:"$CORELIB" -optimize+ -out:"$W/kiln/Classic.exe" bench/async/ConcurrentChainsClassic.cs bench/async/ConcurrentDriver.cs
./kiln compile "$W/kiln/ConcurrentChains.exe" -o "$W/versions-on" --async-versions=on
./kiln compile "$W/kiln/ConcurrentChains.exe" -o "$W/versions-off" --async-versions=off
./kiln compile "$W/kiln/Classic.exe" -o "$W/classic-kiln"
mcs -optimize+ -out:"$W/mono/Classic.exe" bench/async/ConcurrentChainsClassic.cs bench/async/ConcurrentDriver.cs

# best (lowest total) of REPEATS runs: prints "us ns/await checksum"
best() {
    local bestline="" bestus=""
    for _ in $(seq "$REPEATS"); do
        line=$("$@" "$CHAINS" "$AWAITS")
        us=$(echo "$line" | awk '{print $2}')
        if [ -z "$bestus" ] || [ "$us" -lt "$bestus" ]; then bestus=$us; bestline=$line; fi
    done
    echo "$bestline" | awk '{print $2, $4, $6}'
}

on=$(best "$W/versions-on")
off=$(best "$W/versions-off")
ck=$(best "$W/classic-kiln")
cm=$(best mono "$W/mono/Classic.exe")
sums=$(printf '%s\n' "$on" "$off" "$ck" "$cm" | awk '{print $3}' | sort -u | wc -l)
[ "$sums" = 1 ] || { echo "checksums differ: $on | $off | $ck | $cm" >&2; exit 1; }
printf '%-36s %14s %14s %14s %14s\n' "$CHAINS chains x $AWAITS awaits" "versions on" "versions off" "classic, Kiln" "classic, mono"
printf '%-36s %14s %14s %14s %14s\n' "  total, us" "$(echo "$on" | cut -d' ' -f1)" "$(echo "$off" | cut -d' ' -f1)" \
    "$(echo "$ck" | cut -d' ' -f1)" "$(echo "$cm" | cut -d' ' -f1)"
printf '%-36s %14s %14s %14s %14s\n' "  per await, ns" "$(echo "$on" | cut -d' ' -f2)" "$(echo "$off" | cut -d' ' -f2)" \
    "$(echo "$ck" | cut -d' ' -f2)" "$(echo "$cm" | cut -d' ' -f2)"
