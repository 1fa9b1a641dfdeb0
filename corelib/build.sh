#!/usr/bin/env bash
# Compiles Kiln's System.Private.CoreLib from src/**/*.cs with mcs, only when a source is newer than the dll.
set -euo pipefail
cd "$(dirname "$0")"
out=target/System.Private.CoreLib.dll
mkdir -p target
mapfile -t sources < <(find src -name '*.cs' | LC_ALL=C sort)
if [ -f "$out" ] && [ -z "$(find src build.sh facades.txt tools/FacadeWriter.java -newer "$out" -print -quit)" ]; then exit 0; fi
# mcs names the assembly after the output file, so compile into a private folder under the final name.
tmp=$(mktemp -d target/.build.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mcs -nostdlib -noconfig -target:library -unsafe -optimize+ -deterministic -nowarn:169,414,649,1699,1718 \
    -out:"$tmp/System.Private.CoreLib.dll" "${sources[@]}"
mv -f "$tmp/System.Private.CoreLib.dll" "$out"

# Facades: assemblies named as other tool chains name the core library (mscorlib, netstandard, System.Runtime and
# the other framework names listed in facades.txt), whose ExportedType rows forward every public type to
# System.Private.CoreLib, so that assemblies compiled against them run on Kiln's core library. Rebuilt with the core
# library by tools/FacadeWriter.java (one ilasm run per public key, then a renamed copy per name).
monodis --typedef "$out" | sed -n -E 's/^[0-9]+: ([^ ]+) \(.*flags=(0x[0-9a-f]+).*/\1 \2/p' |
    while read -r name flags; do
        # public (visibility 1), top-level types: nested ones follow their enclosing type
        if [[ $name != */* ]] && (( (flags & 7) == 1 )); then
            echo ".class extern forwarder $name { .assembly extern System.Private.CoreLib }"
        fi
    done > "$tmp/forwarders.il"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" tools/FacadeWriter.java "$tmp/forwarders.il" facades.txt "$tmp/templates" "$tmp/facades"
rm -rf target/facades
mkdir -p target/facades
mv "$tmp"/facades/*.dll target/facades/
