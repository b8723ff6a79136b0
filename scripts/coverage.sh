#!/usr/bin/env bash
# Builds an instrumented copy in build-coverage/, runs every test and prints the line coverage
# of core/ and app/ (gcovr). Extra arguments go to ctest (for example -R tst_dataset).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
if ! command -v gcovr >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends gcovr
fi
build="$root/build-coverage"
[ -f "$build/build.ninja" ] || cmake --preset coverage -S "$root" >&2
cmake --build "$build" >&2
find "$build" -name '*.gcda' -delete
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest -j2 --timeout 900 "$@" >&2) || true
for part in core app; do
    line=$(gcovr --gcov-ignore-parse-errors --root "$root" --filter "$root/$part/" --exclude '.*_autogen/.*' \
               --object-directory "$build" --print-summary --output /dev/null "$build" \
           | grep '^lines:')
    echo "$part/ $line"
done
