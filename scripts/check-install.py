#!/usr/bin/env python3
"""Runs scripts/install.sh into a scratch prefix with a binary already built, and checks what it
installed: the binary finds its questionnaires there, the bash, zsh and fish completions and the
man page name every command, the man page every option, and groff reads it without a warning.

    python3 scripts/check-install.py PATH/TO/sobre
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPLETIONS = ["share/bash-completion/completions/sobre", "share/zsh/site-functions/_sobre",
               "share/fish/vendor_completions.d/sobre.fish"]
MAN = "share/man/man1/sobre.1"


def main():
    binary = os.path.abspath(sys.argv[1])
    problems = []
    with tempfile.TemporaryDirectory() as prefix:
        env = dict(os.environ, SOBRE_BINARY=binary)
        subprocess.run([os.path.join(ROOT, "scripts/install.sh"), prefix], check=True, env=env,
                       stderr=subprocess.DEVNULL)
        installed = os.path.join(prefix, "bin/sobre")
        # From a folder outside the sources, without SOBRE_HOME: only share/sobre can answer.
        clean = {k: v for k, v in os.environ.items() if k != "SOBRE_HOME"}
        listed = subprocess.run([installed, "questionnaires"], cwd=prefix, env=clean, capture_output=True, text=True)
        if listed.returncode != 0 or os.path.join(prefix, "share/sobre/Questionnaires") not in listed.stdout:
            problems.append("the installed sobre does not find share/sobre: " + listed.stderr.strip())

        dump = json.loads(subprocess.run([installed, "--experimental-dump-help"], check=True, capture_output=True).stdout)
        commands = [c for c in dump["command"]["subcommands"] if c["commandName"] != "help"]
        texts = {}
        for path in COMPLETIONS + [MAN]:
            with open(os.path.join(prefix, path), encoding="utf-8") as f:
                texts[path] = f.read()
        for command in commands:
            name = command["commandName"]
            for path in COMPLETIONS:
                if name not in texts[path]:
                    problems.append("%s does not name %s" % (path, name))
            if '.SS "sobre %s"' % name not in texts[MAN]:
                problems.append("%s has no section for sobre %s" % (MAN, name))
            for argument in command["arguments"]:
                if argument.get("shouldDisplay", True) and argument["kind"] != "positional":
                    option = "\\-\\-" + argument["preferredName"]["name"].replace("-", "\\-")
                    if option not in texts[MAN]:
                        problems.append("%s does not mention sobre %s --%s" % (MAN, name, argument["preferredName"]["name"]))
        subprocess.run(["bash", "-n", os.path.join(prefix, COMPLETIONS[0])], check=True)
        if shutil.which("groff"):
            warnings = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", os.path.join(prefix, MAN)],
                                      capture_output=True, text=True).stderr
            if warnings.strip():
                problems.append("groff: " + warnings.strip())
    for p in problems:
        print("check-install: " + p, file=sys.stderr)
    if problems:
        sys.exit(1)
    print("install checked: binary, share/sobre, completions (bash, zsh, fish) and man page")


if __name__ == "__main__":
    main()
