#!/usr/bin/env bash
# Makes sure the tools Kiln needs are installed. As root it installs what is missing with apt-get; otherwise it
# prints the command to run and fails. Sourced by ./kiln and scripts/test; safe to run on its own.
set -euo pipefail

kiln_missing_packages() {
    local missing=()
    command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
    command -v mcs >/dev/null 2>&1 || missing+=(mono-mcs)
    command -v mono >/dev/null 2>&1 || missing+=(mono-runtime)
    command -v ilasm >/dev/null 2>&1 || missing+=(mono-devel)
    command -v monodis >/dev/null 2>&1 || missing+=(mono-utils)
    command -v cc >/dev/null 2>&1 || missing+=(gcc)
    command -v make >/dev/null 2>&1 || missing+=(make)
    [ -f /usr/include/gc.h ] || missing+=(libgc-dev)
    # the reference assemblies Mono's own tests and the oracle compile against
    [ -f /usr/lib/mono/4.5/mscorlib.dll ] || missing+=(mono-runtime)
    printf '%s\n' "${missing[@]}" | sort -u | grep -v '^$' || true
}

kiln_ensure_deps() {
    local missing
    missing=$(kiln_missing_packages | tr '\n' ' ')
    [ -z "${missing// /}" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "kiln: missing prerequisites. Install them with:" >&2
        echo "  sudo apt-get install -y $missing" >&2
        return 1
    fi
    echo "kiln: installing $missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q $missing >/tmp/kiln-apt.log 2>&1; then
        apt-get update -qq >>/tmp/kiln-apt.log 2>&1
        apt-get install -y -q $missing >>/tmp/kiln-apt.log 2>&1 || {
            echo "kiln: apt-get install failed; see /tmp/kiln-apt.log" >&2
            return 1
        }
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    kiln_ensure_deps
fi
