#!/usr/bin/env bash
# Sets up and runs every check: the Swift test suite, the build of the libFuzzer harness (run
# once on its seeds), the schema check of the bundled questionnaires, the install (completions,
# man page), the schema check of what sobre writes (demo, reports, comparisons, golden files),
# and the freshness of Reports/examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
swift build --build-tests
swift test --skip-build 2>&1 | tee /tmp/sobre-swift-test.log
# Fuzz/ is a package of its own, which nothing else builds: without sanitizers, so it stays quick.
scripts/fuzz.sh check
python3 scripts/check-schema.py
# The README's install steps into a scratch prefix, with the binary just built.
python3 scripts/check-install.py "$(swift build --show-bin-path)/sobre"
python3 scripts/check-output-schemas.py
bash scripts/make-examples.sh >/dev/null
if ! git diff --quiet -- Reports/examples; then
  git --no-pager diff --stat -- Reports/examples
  echo "Reports/examples is stale: run scripts/make-examples.sh and commit the result." >&2
  exit 1
fi
count=$(grep -oE 'Test run with [0-9]+ tests' /tmp/sobre-swift-test.log | tail -1 | grep -oE '[0-9]+' || true)
echo "All checks passed."
if [ -n "$count" ]; then echo "$count passed, 0 failed"; fi
