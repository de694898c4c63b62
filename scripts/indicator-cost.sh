#!/usr/bin/env bash
# What the indicators (SPEC §8) cost a comparison, measured on the same files: the benchmark's
# association of about 10,000 assessment files, compared as it is, and compared again after its
# questionnaire copy is replaced by the same questionnaire without `factors`, `indicators` and
# `saves` (each file's `sha256` rewritten to name it). Same answers, same questions, same plan
# conditions: the difference is the estimates alone.
#
#   scripts/indicator-cost.sh BINARY [FILES]    # FILES: 10000 by default (the benchmark's sizes)
#
# Uses the associations of scripts/benchmark.sh in $SOBRE_BENCH_DIR (run it once first) and
# prints the median of 7 runs of each, taken in turn, and their ratio.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="$1"
size="${2:-10000}"
scratch="${SOBRE_BENCH_DIR:-/tmp/sobre-bench}"
with="$scratch/association-$size"
without="$scratch/association-$size-without-indicators"
[ -f "$with/.complete" ] || { echo "indicator-cost: run scripts/benchmark.sh first ($with missing)" >&2; exit 1; }
export SOBRE_HOME="$root" NO_COLOR=1
if [ ! -f "$without/.complete" ]; then
  rm -rf "$without"
  cp -r "$with" "$without"
  copy="$(ls "$without"/assessments/.questionnaires/*.yaml)"
  old="$(basename "$copy" .yaml)"
  # The blocks `factors:` and `indicators:` (up to the next top-level key) and every `saves:`
  # block of an action, removed as text: the rest of the file is the same bytes.
  python3 - "$copy" "$without/stripped.yaml" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out, skip_top, skip_saves = [], False, None
for line in lines:
    if re.match(r"^(factors|indicators):", line): skip_top = True; continue
    if skip_top and re.match(r"^[a-z_]+:", line): skip_top = False
    if skip_top: continue
    m = re.match(r"^(\s*)saves:", line)
    if m: skip_saves = len(m.group(1)); continue
    if skip_saves is not None:
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and indent <= skip_saves: skip_saves = None
        else: continue
    out.append(line)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
  new="$(sha256sum "$without/stripped.yaml" | cut -d' ' -f1)"
  rm "$copy"
  mv "$without/stripped.yaml" "$without/assessments/.questionnaires/$new.yaml"
  find "$without/assessments" -name '*.json' -print0 | xargs -0 sed -i "s/$old/$new/"
  "$binary" validate "$without/assessments/.questionnaires/$new.yaml" >/dev/null
  touch "$without/.complete"
fi
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
once() {
  local t0=$EPOCHREALTIME
  "$binary" compare "$1/assessments" --format "$2" --output "$scratch/cost.out" >/dev/null
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}
# The two associations are run in turn, 7 times each, so that whatever else the machine does
# weighs on both alike; the medians are compared.
for format in json html benchmark; do
  "$binary" compare "$with/assessments" --format "$format" --output "$scratch/cost.out" >/dev/null
  : > "$scratch/cost-a.txt"; : > "$scratch/cost-b.txt"
  for _ in 1 2 3 4 5 6 7; do
    once "$without" "$format" >> "$scratch/cost-a.txt"
    once "$with" "$format" >> "$scratch/cost-b.txt"
  done
  a=$(median < "$scratch/cost-a.txt")
  b=$(median < "$scratch/cost-b.txt")
  awk -v f="$format" -v a="$a" -v b="$b" 'BEGIN { printf "compare --format %-9s without indicators %.3f s, with %.3f s: ratio %.2f\n", f, a, b, b / a }'
done
