#!/usr/bin/env bash
# Configures (once) and builds Koso Planner in build/ (Release, Ninja). Prints the build folder.
# KOSO_WERROR=ON (CI) turns compiler warnings into errors; ccache is used when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KOSO_BUILD_DIR:-$root/build}"
args=()
[ -n "${KOSO_WERROR:-}" ] && args+=("-DKOSO_WERROR=$KOSO_WERROR")
if [ ! -f "$build/build.ninja" ]; then
    command -v ccache >/dev/null && args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${args[@]}" >&2
elif [ ${#args[@]} -gt 0 ]; then
    cmake "$build" "${args[@]}" >&2
fi
cmake --build "$build" >&2
echo "$build"
