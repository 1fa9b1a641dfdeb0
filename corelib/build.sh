#!/usr/bin/env bash
# Compiles Kiln's System.Private.CoreLib from src/**/*.cs with mcs, only when a source is newer than the dll.
set -euo pipefail
cd "$(dirname "$0")"
out=target/System.Private.CoreLib.dll
mkdir -p target
mapfile -t sources < <(find src -name '*.cs' | LC_ALL=C sort)
if [ -f "$out" ] && [ -z "$(find src build.sh -newer "$out" -print -quit)" ]; then exit 0; fi
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
mcs -nostdlib -noconfig -target:library -unsafe -optimize+ -deterministic -nowarn:169,414,649,1699 \
    -out:"$tmp" "${sources[@]}"
mv -f "$tmp" "$out"
