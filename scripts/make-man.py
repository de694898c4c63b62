#!/usr/bin/env python3
"""Writes the man page of sobre (roff, man(7) macros) from the commands themselves.

    python3 scripts/make-man.py PATH/TO/sobre [--date YYYY-MM-DD] > sobre.1

Everything about the commands comes from `sobre --experimental-dump-help` (the same text as
--help); the sections after them (environment, files, exit status) are written here. Why not
swift-argument-parser's generate-manual plugin: in 1.8.2 it drops every character that is not
ASCII (« Mne lentretien guid »), and the help texts are French.
"""
import argparse
import datetime
import json
import subprocess
import sys


def roff(text):
    """Text safe in a roff line: backslashes and hyphens escaped, non-ASCII as \\[uXXXX]."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\e")
        elif ch == "-":
            out.append("\\-")
        elif ord(ch) > 127:
            out.append("\\[u%04X]" % ord(ch))
        else:
            out.append(ch)
    line = "".join(out)
    # A line starting with a dot or a quote would be read as a request.
    return "\\&" + line if line[:1] in (".", "'") else line


def paragraphs(text):
    """The paragraphs of a help text, each as one line."""
    blocks = [" ".join(p.split()) for p in (text or "").split("\n\n")]
    return [b for b in blocks if b]


def shown(command):
    """The arguments --help shows, without --version and --help (said once, for sobre)."""
    return [a for a in command.get("arguments", [])
            if a.get("shouldDisplay", True) and a.get("valueName") not in ("version", "help")]


def name_of(argument):
    names = argument.get("names") or []
    longs = [n["name"] for n in names if n["kind"] in ("long", "longWithSingleDash")]
    shorts = [n["name"] for n in names if n["kind"] == "short"]
    return ["-" + s for s in shorts] + ["--" + l for l in longs]


def value_of(argument):
    return argument.get("valueName", "value").upper()


def synopsis_item(argument):
    """One argument as the usage line writes it, in roff: `[\\-\\-output \\fIFILE\\fR]`."""
    repeat = "\u2026" if argument.get("isRepeating") else ""
    if argument["kind"] == "positional":
        item = "\\fI%s\\fR%s" % (roff(value_of(argument)), roff(repeat))
    else:
        item = "\\fB%s\\fR" % roff(name_of(argument)[-1])
        if argument["kind"] == "option":
            item += " \\fI%s\\fR" % roff(value_of(argument))
        item += roff(repeat)
    return "[%s]" % item if argument.get("isOptional") else item


def item_lines(argument):
    """A .TP entry: the argument, then what it does, its values and default."""
    if argument["kind"] == "positional":
        head = "\\fI%s\\fR" % roff(value_of(argument))
    else:
        head = ", ".join("\\fB%s\\fR" % roff(n) for n in name_of(argument))
        if argument["kind"] == "option":
            head += " \\fI%s\\fR" % roff(value_of(argument))
    body = " ".join(paragraphs(argument.get("abstract")) + paragraphs(argument.get("discussion")))
    extras = []
    # Values the help text does not list already.
    if argument.get("allValues") and not all(v in body for v in argument["allValues"]):
        extras.append("valeurs : " + ", ".join(argument["allValues"]))
    if argument.get("defaultValue") is not None and argument["kind"] != "flag":
        extras.append("par d\u00e9faut : " + argument["defaultValue"])
    if extras:
        body += " (" + " ; ".join(extras) + ")"
    return [".TP", head, roff(body)]


STATIC = r"""
.SH ENVIRONNEMENT
.TP
.B SOBRE_HOME
Le dossier qui contient \fIQuestionnaires/\fR et \fIReports/\fR (sinon
\fI<pr\[u00E9]fixe>/share/sobre\fR \[u00E0] c\[u00F4]t\[u00E9] de \fI<pr\[u00E9]fixe>/bin/sobre\fR, ou l\[u2019]arbre des sources).
.TP
.B NO_COLOR
Non vide : pas de couleur, m\[u00EA]me sur un terminal.
.TP
.BR LC_ALL ", " LC_MESSAGES ", " LANG
La langue des messages avant qu\[u2019]un questionnaire soit connu (anglais quand la valeur commence par \fIen\fR).
.SH FICHIERS
.TP
.I assessments/<site>/<date>.json
Une \[u00E9]valuation, r\[u00E9]\[u00E9]crite atomiquement apr\[u00E8]s chaque r\[u00E9]ponse.
.TP
.I assessments/.questionnaires/<sha256>.yaml
La copie de chaque version de questionnaire utilis\[u00E9]e.
.SH CODE DE RETOUR
0 en cas de succ\[u00E8]s, 1 en cas d\[u2019]erreur, 64 pour une ligne de commande invalide ;
\fBsobre interview\fR aussi 3 quand les r\[u00E9]ponses lues finissent avant l\[u2019]entretien, 130 apr\[u00E8]s Ctrl-C.
.SH COMPL\[u00C9]TION
\fBsobre \-\-generate\-completion\-script\fR \fIbash\fR|\fIzsh\fR|\fIfish\fR \[u00E9]crit le script de compl\[u00E9]tion
du shell ; \fIscripts/install.sh\fR l\[u2019]installe.
.SH VOIR AUSSI
\fIdocs/reference/cli.md\fR et \fIdocs/reference/\fR dans les sources de sobre.
"""


def page(tool, version, date):
    root = tool["command"]
    name = root["commandName"]
    # `help` is said once, in the description.
    commands = [c for c in root.get("subcommands", []) if c.get("shouldDisplay", True) and c["commandName"] != "help"]
    lines = ['.TH %s 1 "%s" "%s %s"' % (name.upper(), date, name, version),
             ".SH NOM",
             "%s \\- %s" % (name, roff(root.get("abstract", "")))]
    lines += [".SH SYNOPSIS"]
    for c in commands:
        lines += [".br" if len(lines) > 4 else ".nh",
                  "\\fB%s %s\\fR %s" % (name, c["commandName"], " ".join(synopsis_item(a) for a in shown(c)))]
    lines += [".br", "\\fB%s\\fR [\\fB\\-\\-version\\fR] [\\fB\\-\\-help\\fR]" % name, ".hy"]
    lines += [".SH DESCRIPTION"]
    for p in paragraphs(root.get("discussion")):
        lines += [".PP", roff(p)]
    lines += [".PP", roff("Chaque commande a --help ; sobre help COMMANDE aussi.")]
    lines += [".SH COMMANDES"]
    for c in commands:
        lines += [".SS \"%s %s\"" % (name, c["commandName"])]
        for p in paragraphs(c.get("abstract")) + paragraphs(c.get("discussion")):
            lines += [".PP", roff(p)]
        for a in shown(c):
            lines += item_lines(a)
    lines += [".SH OPTIONS"]
    for a in root.get("arguments", []):
        if a.get("shouldDisplay", True):
            lines += item_lines(a)
    return "\n".join(lines) + STATIC


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the sobre executable")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="the page's date (YYYY-MM-DD)")
    args = parser.parse_args()
    dump = subprocess.run([args.binary, "--experimental-dump-help"], check=True, capture_output=True)
    version = subprocess.run([args.binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    tool = json.loads(dump.stdout)
    if tool.get("serializationVersion") != 0:
        sys.exit("make-man.py: unknown --experimental-dump-help format %r" % tool.get("serializationVersion"))
    sys.stdout.write(page(tool, version, args.date))


if __name__ == "__main__":
    main()
