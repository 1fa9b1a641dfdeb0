#!/usr/bin/env bash
# Compile speed (issue 7): how long `kiln compile` takes for a program plus the part of the core library it
# reaches (whole program: every method it compiles is counted), in methods per second, next to `mono --aot -O=all`
# on the same program (which compiles only the program's own assembly) and on mscorlib, in the same run.
# Usage: bench/compile-speed.sh [PROGRAM.cs ...]   (defaults: the benchmark programs and two larger test programs)
set -euo pipefail
cd "$(dirname "$0")/.."
W=$(mktemp -d /tmp/kiln-compile-speed.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
CORELIB=$(./kiln corelib)
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(bench/programs/*.cs tests/programs/async/AsyncMethodShapes.cs tests/programs/linq/QueryBasics.cs)

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

printf '%-28s %10s %10s %12s   %12s %10s %12s\n' program "kiln ms" methods "methods/s" "mono aot ms" methods "methods/s"
for p in "${programs[@]}"; do
    name=$(basename "$p" .cs)
    mcs -nostdlib -noconfig -r:"$CORELIB" -out:"$W/$name.exe" "$p" >/dev/null
    t=$(ms ./kiln compile "$W/$name.exe" -o "$W/$name" --map "$W/$name.map" --map-format csv)
    n=$(grep -cE '^(MethodBody|AsyncVariant|AsyncVersion|AsyncThunk|TaskReturningThunk),' "$W/$name.map")
    mcs -optimize+ -out:"$W/$name-mono.exe" "$p" >/dev/null
    s=$(date +%s%N); log=$(mono --aot -O=all "$W/$name-mono.exe" 2>&1); e=$(date +%s%N)
    mt=$(( (e - s) / 1000000 ))
    mn=$(echo "$log" | sed -n 's/^Compiled: \([0-9]*\)\/.*/\1/p')
    awk -v p="$name" -v t="$t" -v n="$n" -v mt="$mt" -v mn="$mn" \
        'BEGIN{printf "%-28s %10d %10d %12.0f   %12d %10d %12.0f\n", p, t, n, n * 1000 / t, mt, mn, mn * 1000 / mt}'
done
mkdir -p "$W/mscorlib"
cp /usr/lib/mono/4.5/mscorlib.dll "$W/mscorlib/"
s=$(date +%s%N); log=$(MONO_PATH="$W/mscorlib" mono --aot -O=all "$W/mscorlib/mscorlib.dll" 2>&1 || true); e=$(date +%s%N)
mn=$(echo "$log" | sed -n 's/^Compiled: \([0-9]*\)\/.*/\1/p')
awk -v mt=$(( (e - s) / 1000000 )) -v mn="${mn:-0}" \
    'BEGIN{printf "%-28s %10s %10s %12s   %12d %10d %12.0f\n", "mono: mscorlib.dll", "", "", "", mt, mn, mn * 1000 / mt}'
echo "kiln ms is one 'kiln compile' process (JVM start, reading, analysis, LLVM -O2, linking)"
