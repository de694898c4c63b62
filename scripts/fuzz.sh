#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (docs/FUZZING.md), beside the seeded fuzz tests that CI
# runs. Builds the package in Fuzz/ with coverage and AddressSanitizer, seeds a corpus from the
# repository, and runs one target for a while.
#
#   scripts/fuzz.sh assessment 600       # a target (assessment, expression, questionnaire), seconds
#   scripts/fuzz.sh all 300              # each target in turn
#   scripts/fuzz.sh check                # CI: builds the harness without instrumentation (so it
#                                        # cannot rot) and runs each target once on its seeds
#
# The corpus grows in $SOBRE_FUZZ_DIR/<target> (default /tmp/sobre-libfuzzer); inputs that break
# a property or crash are written to Fuzz/findings/ (not committed: each becomes a regression
# test in Tests/SobreFuzzTests/FuzzRegressionTests.swift). Extra arguments go to libFuzzer.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

target="${1:-}"
seconds="${2:-300}"
shift $(( $# > 2 ? 2 : $# ))
case "$target" in
  assessment|expression|questionnaire|all|check) ;;
  *) echo "usage: scripts/fuzz.sh assessment|expression|questionnaire|all|check [SECONDS] [libFuzzer options]" >&2; exit 2 ;;
esac

# libFuzzer's driver without its main (SwiftPM gives the executable its own), from the
# toolchain's clang runtime.
swiftc="$(readlink -f "$(command -v swiftc)")"
runtime="$(ls "$(dirname "$swiftc")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1)"
if [ -z "$runtime" ]; then
  echo "fuzz: libclang_rt.fuzzer_no_main not found beside $swiftc" >&2
  exit 1
fi

work="${SOBRE_FUZZ_DIR:-/tmp/sobre-libfuzzer}"
mkdir -p "$work"

# seed TARGET DIR: the repository's own files of that kind, as a starting corpus.
seed() {
  local dir="$2"
  mkdir -p "$dir"
  case "$1" in
    assessment)
      cp Reports/examples/*.json "$dir/" 2>/dev/null || true
      find Tests -name '*.json' -size -64k -exec cp {} "$dir/" \; 2>/dev/null || true ;;
    questionnaire)
      # The bundled questionnaire, and the tests' small ones (every question type, English…)
      # that run a hundred times faster under the sanitizer.
      cp Questionnaires/*.yaml Tests/SobreTestSupport/Questionnaires/*.yaml "$dir/" ;;
    expression)
      # Every condition of the bundled questionnaire, one file each.
      grep -h 'when:' Questionnaires/*.yaml | sed -e 's/^[^:]*when:[[:space:]]*//' -e 's/^"\(.*\)"$/\1/' \
        | awk -v d="$dir" '{ f = sprintf("%s/when-%03d", d, NR); printf "%s", $0 > f; close(f) }' ;;
  esac
}

if [ "$target" = check ]; then
  # Without sanitizers or coverage, in a folder of its own (so the instrumented build is not
  # redone): a compile and link check, then each target once on each of its seeds (files
  # named on libFuzzer's command line are run once each, no fuzzing).
  scratch=Fuzz/.build/check
  swift build -c debug --package-path Fuzz --scratch-path "$scratch" \
    -Xswiftc -parse-as-library -Xswiftc -enable-testing -Xlinker "$runtime" -Xlinker -lstdc++ > "$work-check.log" 2>&1 \
    || { cat "$work-check.log" >&2; exit 1; }
  fuzzer="$(swift build -c debug --package-path Fuzz --scratch-path "$scratch" --show-bin-path)/SobreFuzzer"
  for name in assessment expression questionnaire; do
    rm -rf "$work-check/$name"
    seed "$name" "$work-check/$name"
    SOBRE_HOME="$root" SOBRE_FUZZ_TARGET="$name" "$fuzzer" -artifact_prefix="$work-check/" "$work-check/$name"/* > "$work-check.log" 2>&1 \
      || { cat "$work-check.log" >&2; echo "fuzz: the $name target fails on a seed" >&2; exit 1; }
  done
  echo "fuzz: the harness builds, and every target holds on its seeds" >&2
  exit 0
fi

scripts/setup.sh
# The linker warns about every sanitizer symbol it cannot export: shown only when the build fails.
if ! swift build -c debug --package-path Fuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -parse-as-library -Xswiftc -enable-testing \
  -Xlinker "$runtime" -Xlinker -lstdc++ > "$work-build.log" 2>&1; then
  cat "$work-build.log" >&2
  exit 1
fi
fuzzer="$(swift build -c debug --package-path Fuzz --show-bin-path)/SobreFuzzer"

mkdir -p Fuzz/findings

run() {
  local name="$1"
  shift
  local corpus="$work/$name"
  [ -d "$corpus" ] || seed "$name" "$corpus"
  local max_len=8192
  [ "$name" = questionnaire ] && max_len=131072
  [ "$name" = expression ] && max_len=1024
  echo "fuzz: $name for $seconds s, corpus $corpus" >&2
  SOBRE_HOME="$root" SOBRE_FUZZ_TARGET="$name" ASAN_OPTIONS=detect_leaks=0 "$fuzzer" "$corpus" \
    -max_total_time="$seconds" -max_len="$max_len" -dict="Fuzz/dictionaries/$name.dict" \
    -artifact_prefix="Fuzz/findings/$name-" -print_final_stats=1 "$@"
}

if [ "$target" = all ]; then
  for name in assessment expression questionnaire; do run "$name" "$@"; done
else
  run "$target" "$@"
fi
