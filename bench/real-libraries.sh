#!/usr/bin/env bash
# A real library, unchanged (issue 15): Mono.Cecil from Debian's libmono-cecil-cil reads Mono's System.Core.dll five
# times, decoding every method body. Compiled by `kiln compile App.exe -r Mono.Cecil.dll` (time and size reported) and
# run side by side with mono (JIT) in one go.
# Usage: bench/real-libraries.sh [READS] [REPEATS]   (defaults 5 and 3; the best of the repeats is shown)
set -euo pipefail
cd "$(dirname "$0")/.."
READS=${1:-5}
REPEATS=${2:-3}
CECIL=/usr/lib/mono-cecil/Mono.Cecil.dll
TARGET=/usr/lib/mono/4.5/System.Core.dll
if [ ! -f "$CECIL" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q libmono-cecil-cil >/dev/null
    else
        echo "Mono.Cecil is not installed: sudo apt-get install -y libmono-cecil-cil" >&2
        exit 1
    fi
fi
W=$(mktemp -d /tmp/kiln-bench-real.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
cp "$CECIL" "$W/"
mcs -optimize+ -r:"$W/Mono.Cecil.dll" -out:"$W/CecilRead.exe" bench/real-libraries/CecilRead.cs
start=$(date +%s.%N)
./kiln compile "$W/CecilRead.exe" -r "$W/Mono.Cecil.dll" -o "$W/cecil-read" 2>"$W/warnings.txt"
end=$(date +%s.%N)
echo "kiln compile: $(echo "$end - $start" | bc) s, executable $(stat -c %s "$W/cecil-read") bytes, $(grep -c 'warning: .* uses' "$W/warnings.txt") missing-item warnings"

best() {
    local bestline="" bestms=""
    for _ in $(seq "$REPEATS"); do
        line=$("$@")
        ms=$(echo "$line" | awk '{print $5}')
        if [ -z "$bestms" ] || [ "$ms" -lt "$bestms" ]; then bestms=$ms; bestline=$line; fi
    done
    echo "$bestline"
}
kiln=$(best "$W/cecil-read" "$TARGET" "$READS")
mono=$(best mono "$W/CecilRead.exe" "$TARGET" "$READS")
echo "kiln: $kiln"
echo "mono: $mono"
k=$(echo "$kiln" | awk '{print $5}')
m=$(echo "$mono" | awk '{print $5}')
[ "$(echo "$kiln" | awk '{print $NF}')" = "$(echo "$mono" | awk '{print $NF}')" ] || { echo "checksums differ" >&2; exit 1; }
echo "reading System.Core.dll $READS times: kiln $k ms, mono $m ms, mono/kiln $(echo "scale=2; $m / $k" | bc)"
