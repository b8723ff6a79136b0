#!/usr/bin/env bash
# Installs what is missing, builds, and starts Koso Planner on the bundled demo dataset.
# Extra arguments go to the program (for example: scripts/run.sh --lang en).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/install-deps.sh"
build="$("$here/build.sh")"
exec "$build/app/koso-planner" --demo "$@"
