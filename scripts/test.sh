#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test; ends with ctest's summary line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/install-deps.sh"
build="$("$here/build.sh")"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --timeout 600 -j2 "$@"
