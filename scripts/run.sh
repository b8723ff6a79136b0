#!/usr/bin/env bash
# Installs what is missing, builds, and starts Koso Planner on the bundled demo dataset.
# Extra arguments go to the program (scripts/run.sh --lang en, scripts/run.sh my.koso).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/install-deps.sh"
build="$("$here/build.sh")"
# With a dataset file among the arguments, open that instead of the demo.
for arg in "$@"; do
    case "$arg" in
    *.koso) exec "$build/app/koso-planner" "$@" ;;
    esac
done
exec "$build/app/koso-planner" --demo "$@"
