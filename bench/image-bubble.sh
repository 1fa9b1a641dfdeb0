#!/usr/bin/env bash
# Version bubbles (issue 8): a loop of calls to small core-library methods (bench/images/SmallCalls.cs) run as a
# whole-program executable, as an image in its own bubble (every call bound to corelib.kimg), and as an image compiled
# with --inputbubble (the core library in its bubble, small methods inlined); with the compile time of each image,
# against one core-library image compiled first. Prints the best of 5 runs of each.
set -euo pipefail
cd "$(dirname "$0")/.."
W=$(mktemp -d /tmp/kiln-image-bubble.XXXXXX)
trap 'rm -rf "$W"' EXIT
./kiln --version >/dev/null
CORELIB=$(./kiln corelib)
RUN=runtime-c/target/kiln-run
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
best() { local b=999999999 t; for _ in 1 2 3 4 5; do t=$(ms "$@"); [ "$t" -lt "$b" ] && b=$t; done; echo "$b"; }

mkdir -p "$W/core" "$W/own" "$W/bubble"
./kiln compile --image "$CORELIB" -o "$W/core/corelib.kimg" >/dev/null
for d in own bubble; do
    mcs -nostdlib -noconfig -r:"$CORELIB" -out:"$W/$d/SmallCalls.exe" bench/images/SmallCalls.cs >/dev/null
done
./kiln compile "$W/own/SmallCalls.exe" -o "$W/SmallCalls"
own_ct=$(ms ./kiln compile --image "$W/own/SmallCalls.exe" -o "$W/own/SmallCalls.kimg")
bub_ct=$(ms ./kiln compile --image --inputbubble "$W/bubble/SmallCalls.exe" -o "$W/bubble/SmallCalls.kimg")
a=(--images "$W/core" --assemblies "$(dirname "$CORELIB")")
[ "$("$RUN" "${a[@]}" "$W/own/SmallCalls.exe")" = "$("$W/SmallCalls")" ] || { echo "own-bubble image prints something else" >&2; exit 1; }
[ "$("$RUN" "${a[@]}" "$W/bubble/SmallCalls.exe")" = "$("$W/SmallCalls")" ] || { echo "--inputbubble image prints something else" >&2; exit 1; }
printf '%-34s %10s %12s\n' "SmallCalls (10^8 iterations)" "run ms" "compile ms"
printf '%-34s %10d %12s\n' "executable" "$(best "$W/SmallCalls")" ""
printf '%-34s %10d %12d\n' "image, own bubble" "$(best "$RUN" "${a[@]}" "$W/own/SmallCalls.exe")" "$own_ct"
printf '%-34s %10d %12d\n' "image, --inputbubble" "$(best "$RUN" "${a[@]}" "$W/bubble/SmallCalls.exe")" "$bub_ct"
echo "imports of kiln.m symbols: own $(nm -D --undefined-only "$W/own/SmallCalls.kimg" | grep -c ' kiln\.m\.'), --inputbubble $(nm -D --undefined-only "$W/bubble/SmallCalls.kimg" | grep -c ' kiln\.m\.')"
