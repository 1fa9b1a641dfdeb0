#!/usr/bin/env bash
# Contended Monitor costs: runtime-c monitor.c alone with pthreads, and Handoff.cs under mono (and under Kiln when
# System.Threading.Thread is there). Usage: bench/locks/handoff.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -std=c11 -D_GNU_SOURCE -I"$root/runtime-c/include" -I"$root/runtime-c/src" -o "$work/handoff" \
    "$here/monitor_handoff.c" "$root/runtime-c/src/monitor.c" "$root/runtime-c/src/parking.c" \
    "$root/runtime-c/src/spinning.c" -lgc -lpthread
echo "== runtime-c monitor.c, pthreads"
"$work/handoff"
mcs -optimize+ -out:"$work/Handoff.exe" "$here/Handoff.cs" >/dev/null
echo "== mono"
mono "$work/Handoff.exe" 2>/dev/null
if "$root/kiln" build "$here/Handoff.cs" -o "$work/handoff-kiln" >/dev/null 2>&1; then
    echo "== kiln"
    "$work/handoff-kiln" 2>/dev/null
fi
