#!/usr/bin/env bash
# Console input and output (issue 16): 50 MB of UTF-8 text (multi-byte characters, a line every ~80 bytes) piped
# into Console.ReadLine and Console.In.ReadToEnd, and 2 million lines written by Console.WriteLine and by a
# StreamWriter over Console.OpenStandardOutput() into a pipe; Kiln's executable against mono. Prints the median of
# REPEATS wall-clock runs and checks that both print the same.
# Usage: bench/console-io.sh [REPEATS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-3}
W=$(mktemp -d /tmp/kiln-console.XXXXXX)
trap 'rm -rf "$W"' EXIT
python3 - "$W/input.txt" <<'PY'
import random, sys
random.seed(16)
words = ["alpha", "béta", "γάμμα", "€uro", "😀emoji", "plain", "x" * 40]
size, out = 0, []
while size < 50_000_000:
    line = " ".join(random.choice(words) for _ in range(random.randint(0, 12)))
    out.append(line)
    size += len(line.encode()) + 1
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
./kiln build bench/console/ConsoleIo.cs -o "$W/kiln" >/dev/null
mcs -optimize+ -out:"$W/ConsoleIo.exe" bench/console/ConsoleIo.cs >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
timeit() { local out=$1; shift; local s e; s=$(date +%s%N); "$@" < "$W/input.txt" 2>/dev/null | cat > "$out"; e=$(date +%s%N); awk -v d=$((e - s)) 'BEGIN{printf "%.3f\n", d / 1e9}'; }
run() { local out=$1; shift; for _ in $(seq "$REPEATS"); do timeit "$out" "$@"; done | median; }

echo "date: $(date -u +%Y-%m-%d), $(nproc) cores, median of $REPEATS runs (seconds)"
printf '%-22s %9s %9s %10s\n' case Kiln mono mono/Kiln
for c in "lines" "all" "write 2000000" "stream 2000000"; do
    # shellcheck disable=SC2086
    k=$(run "$W/out.kiln" "$W/kiln" $c)
    # shellcheck disable=SC2086
    m=$(run "$W/out.mono" mono "$W/ConsoleIo.exe" $c)
    cmp -s "$W/out.kiln" "$W/out.mono" || { echo "$c: Kiln and mono print different things" >&2; exit 1; }
    awk -v c="$c" -v k="$k" -v m="$m" 'BEGIN{printf "%-22s %9.3f %9.3f %10.2f\n", c, k, m, m / k}'
done
