#!/usr/bin/env bash
# Reading + resolving all of mscorlib with Kiln's reader, next to `monodis --method` on the same file, in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-/usr/lib/mono/4.5/mscorlib.dll}
mvn -q -o -pl typesystem test-compile >/dev/null 2>&1 || mvn -q -pl typesystem test-compile
java -cp typesystem/target/classes:typesystem/target/test-classes dev.kiln.typesystem.metadata.ReaderBenchmark "$file" 15
best=""
for i in 1 2 3 4 5; do
    s=$(date +%s%N); monodis --method "$file" >/dev/null; e=$(date +%s%N)
    ms=$(( (e - s) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "monodis --method $(basename "$file"): best of 5 runs ${best} ms (whole process)"
s=$(date +%s%N); java -cp typesystem/target/classes:typesystem/target/test-classes dev.kiln.typesystem.metadata.ReaderBenchmark "$file" 1 >/dev/null; e=$(date +%s%N)
echo "kiln reader as a fresh JVM process (1 run incl. JVM start): $(( (e - s) / 1000000 )) ms"
