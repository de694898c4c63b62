#!/usr/bin/env bash
# Installs what sobre needs on a fresh Debian machine: GNU readline's headers (and, with
# --test, Chromium for the HTML print test, and Python's jsonschema for the schema checks).
# Safe to run again: it installs only what is missing.
set -euo pipefail
need=()
[ -f /usr/include/readline/readline.h ] || need+=(libreadline-dev)
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The schema checks (scripts/check-schema.py, scripts/check-output-schemas.py) need jsonschema.
if [ "${1:-}" = "--test" ] && ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "Installing: jsonschema (pip)" >&2
  python3 -m pip install --quiet jsonschema \
    || python3 -m pip install --quiet --break-system-packages jsonschema
fi
