#!/usr/bin/env bash
# Sets up and builds sobre (release), then prints the path of the binary. Build output goes to
# standard error, so that `bin="$(scripts/build.sh)"` gets the path alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" >&2
# The Swift runtime linked in (--static-swift-stdlib): a binary that runs where no Swift is
# installed, and starts in about half the time (no dozen runtime libraries to load and bind).
if ! swift build -c release --static-swift-stdlib --package-path "$root" --product sobre >&2; then
  # A toolchain without the runtime's static libraries: link against the installed runtime.
  echo "sobre: building with the Swift runtime linked in failed; building against the installed runtime" >&2
  swift build -c release --package-path "$root" --product sobre >&2
fi
echo "$(swift build -c release --package-path "$root" --show-bin-path)/sobre"
