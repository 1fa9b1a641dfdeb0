#!/usr/bin/env bash
# Lists the core-library types and members the given assemblies reference that Kiln's core library lacks, e.g.
#   scripts/corelib-gaps/run.sh /usr/lib/mono-cecil/Mono.Cecil.dll /usr/lib/mono/4.5/System.Json.dll
# Reads metadata with Mono.Cecil (apt-get install libmono-cecil-cil); builds the core library first if needed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cecil=/usr/lib/mono-cecil/Mono.Cecil.dll
[ -f "$cecil" ] || { echo "needs $cecil: apt-get install -y libmono-cecil-cil" >&2; exit 1; }
"$root/corelib/build.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$cecil" "$work/"
mcs -nologo -r:"$cecil" -r:System.Core -out:"$work/CoreLibGaps.exe" "$here/CoreLibGaps.cs"
mono "$work/CoreLibGaps.exe" "$root/corelib/target/System.Private.CoreLib.dll" "$@"
