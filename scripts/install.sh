#!/usr/bin/env bash
# Builds sobre (release) and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/sobre                                       the binary
#   PREFIX/share/sobre/{Questionnaires,Reports}            its questionnaires and templates
#   PREFIX/share/bash-completion/completions/sobre         Tab completion for bash,
#   PREFIX/share/zsh/site-functions/_sobre                 zsh
#   PREFIX/share/fish/vendor_completions.d/sobre.fish      and fish
#   PREFIX/share/man/man1/sobre.1                          the man page (needs python3)
#
#   scripts/install.sh [PREFIX]
#
# Builds as the user who runs it; writes with sudo only when PREFIX is not writable.
# SOBRE_BINARY=PATH installs that binary instead of building one (scripts/test.sh does).
# DESTDIR is put before every installed path, for packaging.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${1:-/usr/local}"
case "$prefix" in
  /*) ;;
  *) echo "install.sh: PREFIX must be an absolute path, not '$prefix'" >&2; exit 64 ;;
esac
dest="${DESTDIR:-}$prefix"

binary="${SOBRE_BINARY:-}"
[ -n "$binary" ] || binary="$("$root/scripts/build.sh")"

# Everything generated first, in a scratch folder, so a failure installs nothing.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for shell in bash zsh fish; do
  "$binary" --generate-completion-script "$shell" > "$work/completion.$shell"
done
man=""
if command -v python3 >/dev/null 2>&1; then
  date="$(git -C "$root" log -1 --format=%cs 2>/dev/null || date -u +%F)"
  python3 "$root/scripts/make-man.py" "$binary" --date "$date" > "$work/sobre.1"
  man="$work/sobre.1"
else
  echo "install.sh: python3 not found, no man page installed (sudo apt-get install python3, then run again)" >&2
fi

# sudo only when the nearest existing folder of the destination is not writable.
existing="$dest"
while [ ! -d "$existing" ]; do existing="$(dirname "$existing")"; done
sudo=""
if [ ! -w "$existing" ] && [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

$sudo install -D -m 755 "$binary" "$dest/bin/sobre"
$sudo mkdir -p "$dest/share/sobre"
$sudo cp -R "$root/Questionnaires" "$root/Reports" "$dest/share/sobre/"
$sudo install -D -m 644 "$work/completion.bash" "$dest/share/bash-completion/completions/sobre"
$sudo install -D -m 644 "$work/completion.zsh" "$dest/share/zsh/site-functions/_sobre"
$sudo install -D -m 644 "$work/completion.fish" "$dest/share/fish/vendor_completions.d/sobre.fish"
[ -z "$man" ] || $sudo install -D -m 644 "$man" "$dest/share/man/man1/sobre.1"
echo "sobre installed in $dest (bin/sobre, share/sobre, shell completions${man:+, man page})" >&2
