#!/usr/bin/env bash
# Regenerates Reports/examples/ from the sample assessment of the bundled questionnaire.
# The sample keeps its answers; its questionnaire hash follows the bundled file, so that a
# change of the questionnaire shows in the examples (and CI fails until they are regenerated).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product sobre >/dev/null
bin=$(swift build --show-bin-path)/sobre
sample=Reports/examples/assessment.json
sha=$(sha256sum Questionnaires/essms-sobriete.fr.yaml | cut -d' ' -f1)
python3 - "$sample" "$sha" <<'PY'
import json, sys
path, sha = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    a = json.load(f)
a["questionnaire"]["sha256"] = sha
with open(path, "w", encoding="utf-8") as f:
    json.dump(a, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
for format in text markdown html json csv; do
  case $format in text) ext=txt ;; markdown) ext=md ;; *) ext=$format ;; esac
  NO_COLOR=1 "$bin" report "$sample" --format "$format" --output "Reports/examples/report.$ext"
done
echo "Reports/examples regenerated."
