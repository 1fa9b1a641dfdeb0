#!/usr/bin/env bash
# Compiles Kiln's System.Private.CoreLib from src/**/*.cs with mcs, only when a source is newer than the dll.
set -euo pipefail
cd "$(dirname "$0")"
out=target/System.Private.CoreLib.dll
mkdir -p target
mapfile -t sources < <(find src -name '*.cs' | LC_ALL=C sort)
if [ -f "$out" ] && [ -z "$(find src build.sh -newer "$out" -print -quit)" ]; then exit 0; fi
# mcs names the assembly after the output file, so compile into a private folder under the final name.
tmp=$(mktemp -d target/.build.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mcs -nostdlib -noconfig -target:library -unsafe -optimize+ -deterministic -nowarn:169,414,649,1699,1718 \
    -out:"$tmp/System.Private.CoreLib.dll" "${sources[@]}"
mv -f "$tmp/System.Private.CoreLib.dll" "$out"
