#!/usr/bin/env bash
# The benchmark of docs/PERFORMANCE.md. Builds sobre in release mode, generates synthetic
# associations of about 1,000, 10,000 and 100,000 assessment files of the bundled questionnaire
# (the demo generator: fixed seed, three yearly campaigns per site), times each command as a
# whole process (wall time, peak memory) and writes the table into docs/PERFORMANCE.md with the
# machine it ran on.
#
#   scripts/benchmark.sh                          # everything: about 5 minutes on 2 cores
#   scripts/benchmark.sh --sizes "1000 10000"     # fewer sizes
#   scripts/benchmark.sh --binary PATH --no-write # time another build; print the table only
#
# Scratch files go to $SOBRE_BENCH_DIR (default /tmp/sobre-bench, about 1 GB for 100,000 files).
# An association is generated once and kept: the same seed gives the same bytes every time. It
# is generated anew when this build's demo writes other files (a fingerprint in `.complete`).
# Fast commands are run 5 times, the comparisons of 10,000 and 100,000 files 3 times; the table
# gives the median wall time and the median peak resident memory (GNU time's %M).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

sizes="1000 10000 100000"
binary=""
write_doc=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --no-write) write_doc=0; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "benchmark: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
scratch="${SOBRE_BENCH_DIR:-/tmp/sobre-bench}"
mkdir -p "$scratch"

# GNU time gives the peak resident memory of a process (%M); bash's `time` does not.
if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing GNU time" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends time >/dev/null
fi

if [ -z "$binary" ]; then
  scripts/setup.sh
  # Built as scripts/sobre builds it: release, Swift runtime linked in.
  swift build -c release --static-swift-stdlib --product sobre >&2
  binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/sobre"
fi
# A binary copied elsewhere (--binary) still finds Questionnaires/ and Reports/ here.
export SOBRE_HOME="$root"
export NO_COLOR=1
questionnaire="$root/Questionnaires/essms-sobriete.fr.yaml"

# Sites needed for at least $1 files: every site has 3 campaigns except one in 12 (k % 12 == 10),
# which joined in the second year.
sites_for() {
  local n=$(( $1 / 3 ))
  while [ $(( 3 * n - (n + 1) / 12 )) -lt "$1" ]; do n=$(( n + 1 )); done
  echo "$n"
}

# measure RUNS COMMAND...: runs it RUNS times; prints "WALL_SECONDS PEAK_KB", the medians.
# Wall time is taken around /usr/bin/time with bash's microsecond clock (GNU time's %e has only
# hundredths); memory is GNU time's %M.
# When $warm names a list of files (NUL-separated), they are read, untimed, before every run:
# this VM gives back part of its page cache within seconds (about one file in ten of a
# 10,000-file association is no longer cached forty seconds after it was read), and a run that
# meets such files waits for the disk, whichever command it is.
warm=""
measure() {
  local runs=$1; shift
  local walls=() peaks=()
  for ((k = 0; k < runs; k++)); do
    if [ -n "$warm" ]; then xargs -0 cat < "$warm" > /dev/null; fi
    local t0=$EPOCHREALTIME
    if ! /usr/bin/time -f '%M' -o "$scratch/time.txt" "$@" >/dev/null 2>"$scratch/stderr.txt"; then
      echo "benchmark: failed: $*" >&2
      cat "$scratch/stderr.txt" >&2
      exit 1
    fi
    local t1=$EPOCHREALTIME
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')")
    peaks+=("$(tail -n 1 "$scratch/time.txt")")
  done
  echo "$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')" \
       "$(printf '%s\n' "${peaks[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
}

ms() { awk -v s="$1" 'BEGIN { v = s * 1000; if (v < 100) printf "%.1f ms", v; else if (v < 1000) printf "%.0f ms", v; else printf "%.2f s", s }'; }
thousands() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); echo "  $1 ($2): $3, $4" >&2; }

# One warm-up run of each kind first, not counted, so the binary and the files are in the page
# cache, and the files read again before each timed run (`warm`): the table is about sobre, not
# about the disk.
echo "Benchmarking $binary" >&2
# What this build's demo generator writes, as a hash of a small association's files: an
# association kept from an older generator (before the demo set objectives, say) no longer
# matches and is generated anew, so the table is about the files today's demo writes.
rm -rf "$scratch/fingerprint"
"$binary" demo "$scratch/fingerprint" --sites 12 --assessments-only >/dev/null
generator="$(cd "$scratch/fingerprint" && find assessments -name '*.json' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"
rm -rf "$scratch/fingerprint"
for size in $sizes; do
  sites=$(sites_for "$size")
  folder="$scratch/association-$size"
  if [ "$(cat "$folder/.complete" 2>/dev/null)" != "$generator" ]; then
    rm -rf "$folder"
    echo "Generating $size files ($sites sites) in $folder" >&2
    t0=$EPOCHREALTIME
    "$binary" demo "$folder" --sites "$sites" --assessments-only >/dev/null
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "  generated in %.1f s\n", b - a }' >&2
    echo "$generator" > "$folder/.complete"
  fi
  files=$(find "$folder/assessments" -name '*.json' | wc -l)
  runs=5
  [ "$size" -lt 10000 ] || runs=3
  # The floor: reading the same files and nothing else, measured beside the JSON comparison.
  find "$folder/assessments" -name '*.json' -print0 > "$scratch/files-$size.txt"
  warm="$scratch/files-$size.txt"
  read -r cat_wall cat_peak < <(measure "$runs" sh -c 'xargs -0 cat < "$1" > /dev/null' sh "$scratch/files-$size.txt")
  row "\`cat\` of the same files" "$(thousands "$files") files" "$(ms "$cat_wall")" "$(mb "$cat_peak")"
  for format in json html benchmark; do
    "$binary" compare "$folder/assessments" --format "$format" --output "$scratch/compare.$format" >/dev/null 2>&1 || true
    read -r wall peak < <(measure "$runs" "$binary" compare "$folder/assessments" --format "$format" --output "$scratch/compare.$format")
    row "\`compare --format $format\`" "$(thousands "$files") files, $(thousands "$sites") sites" "$(ms "$wall")" "$(mb "$peak")"
    if [ "$format" = json ]; then
      awk -v c="$wall" -v f="$cat_wall" -v n="$files" 'BEGIN { printf "  compare --format json / cat at %s files: %.2f\n", n, c / f }' >&2
    fi
  done
done
warm=""

# A single assessment: the first site of the demo, its latest campaign.
single="$scratch/single"
if [ "$(cat "$single/.complete" 2>/dev/null)" != "$generator" ]; then
  rm -rf "$single"
  "$binary" demo "$single" --sites 12 --assessments-only >/dev/null
  echo "$generator" > "$single/.complete"
fi
assessment="$(find "$single/assessments/ehpad-les-tilleuls" -name '*.json' | sort | tail -n 1)"
for format in text html json; do
  "$binary" report "$assessment" --format "$format" >/dev/null
  read -r wall peak < <(measure 5 "$binary" report "$assessment" --format "$format" --output "$scratch/report.$format")
  row "\`report --format $format\`" "1 assessment" "$(ms "$wall")" "$(mb "$peak")"
done
# Against the benchmark of the 12 demo sites (3 is the smallest K, so that EHPAD has its figures).
"$binary" compare "$single/assessments" --format benchmark --min-sites 3 --output "$scratch/benchmark-12.json"
read -r wall peak < <(measure 5 "$binary" report "$assessment" --format html --benchmark "$scratch/benchmark-12.json" --output "$scratch/report-benchmark.html")
row "\`report --format html --benchmark\`" "1 assessment, 12-site benchmark" "$(ms "$wall")" "$(mb "$peak")"

"$binary" validate "$questionnaire"
read -r wall peak < <(measure 5 "$binary" validate "$questionnaire")
row "\`validate\`" "bundled questionnaire" "$(ms "$wall")" "$(mb "$peak")"

read -r millis peak < <(python3 "$root/scripts/first-prompt.py" "$binary" "$scratch/interviews" 7)
row "\`interview\`, piped: start to first prompt" "new interview" "$(ms "$(awk -v m="$millis" 'BEGIN { print m / 1000 }')")" "$(mb "$peak")"

cpu="$(grep -m 1 'model name' /proc/cpuinfo | sed 's/.*: //')"
memory="$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
swift_version="$(swift --version 2>/dev/null | grep -m 1 -o 'Swift version [^ ]*' || echo unknown)"
table="$(
  echo "Measured on $(date -u +%Y-%m-%d) by \`scripts/benchmark.sh\`: $(nproc) cores ($cpu), $memory of memory,"
  echo "$swift_version, release build (Swift runtime linked in), Linux $(uname -r). Median of 5 runs (3 for 10,000 and more files)."
  echo
  echo "| command | input | wall time | peak memory |"
  echo "|---|---|---:|---:|"
  printf '%s\n' "${rows[@]}"
)"
echo
echo "$table"

if [ "$write_doc" -eq 1 ]; then
  TABLE="$table" python3 - "$root/docs/PERFORMANCE.md" <<'EOF'
import os, sys
path = sys.argv[1]
start, end = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
text = open(path, encoding="utf-8").read()
if start not in text or end not in text:
    sys.exit(f"benchmark: {path} has no {start} ... {end} markers")
head, rest = text.split(start, 1)
_, tail = rest.split(end, 1)
open(path, "w", encoding="utf-8").write(head + start + "\n" + os.environ["TABLE"] + "\n" + end + tail)
EOF
  echo "Table written into docs/PERFORMANCE.md" >&2
fi
