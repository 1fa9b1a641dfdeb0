#!/usr/bin/env bash
# Makes sure the tools Kiln needs are installed. As root it installs what is missing with apt-get; otherwise it
# prints the command to run and fails. Sourced by ./kiln and scripts/test; safe to run on its own
# (`scripts/ensure-deps.sh --tests` also installs what only the tests use).
set -euo pipefail

# Sets KILN_MISSING to the packages of the tools that are not installed (a package may repeat). Shell builtins
# only, no subshell or pipe: the launcher runs this on every start.
kiln_find_missing() {
    KILN_MISSING=()
    command -v java >/dev/null 2>&1 || KILN_MISSING+=(openjdk-17-jdk-headless)
    command -v mvn >/dev/null 2>&1 || KILN_MISSING+=(maven)
    command -v mcs >/dev/null 2>&1 || KILN_MISSING+=(mono-mcs)
    command -v mono >/dev/null 2>&1 || KILN_MISSING+=(mono-runtime)
    command -v ilasm >/dev/null 2>&1 || KILN_MISSING+=(mono-devel)
    command -v monodis >/dev/null 2>&1 || KILN_MISSING+=(mono-utils)
    command -v cc >/dev/null 2>&1 || KILN_MISSING+=(gcc)
    command -v make >/dev/null 2>&1 || KILN_MISSING+=(make)
    [ -f /usr/include/gc.h ] || KILN_MISSING+=(libgc-dev)
    # the reference assemblies Mono's own tests and the oracle compile against
    [ -f /usr/lib/mono/4.5/mscorlib.dll ] || KILN_MISSING+=(mono-runtime)
    return 0
}

kiln_missing_packages() {
    kiln_find_missing
    [ ${#KILN_MISSING[@]} -eq 0 ] || printf '%s\n' "${KILN_MISSING[@]}" | sort -u
}

# Installs the given packages with apt-get (as root), updating the package lists once if the first try fails.
kiln_apt_install() {
    echo "kiln: installing $*" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q "$@" >/tmp/kiln-apt.log 2>&1; then
        apt-get update -qq >>/tmp/kiln-apt.log 2>&1
        apt-get install -y -q "$@" >>/tmp/kiln-apt.log 2>&1 || {
            echo "kiln: apt-get install failed; see /tmp/kiln-apt.log" >&2
            return 1
        }
    fi
}

kiln_ensure_deps() {
    kiln_find_missing
    [ ${#KILN_MISSING[@]} -eq 0 ] && return 0
    local missing
    missing=$(kiln_missing_packages | tr '\n' ' ')
    if [ "$(id -u)" -ne 0 ]; then
        echo "kiln: missing prerequisites. Install them with:" >&2
        echo "  sudo apt-get install -y $missing" >&2
        return 1
    fi
    kiln_apt_install $missing
}

# What scripts/test needs besides: a headless browser for the size report's end-to-end test. Tests that need it are
# skipped, with the reason, where it cannot be installed, so a missing browser never fails the build.
kiln_ensure_test_deps() {
    kiln_ensure_deps
    command -v chromium >/dev/null 2>&1 && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "kiln: chromium is not installed, so the size report's browser test will be skipped" \
            "(sudo apt-get install -y chromium)" >&2
        return 0
    fi
    kiln_apt_install chromium || echo "kiln: the size report's browser test will be skipped" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    if [ "${1:-}" = "--tests" ]; then
        kiln_ensure_test_deps
    else
        kiln_ensure_deps
    fi
fi
