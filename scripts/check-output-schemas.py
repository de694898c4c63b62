#!/usr/bin/env python3
"""Check what `sobre` writes against Schemas/assessment, report, compare and benchmark.schema.json.

Usage: scripts/check-output-schemas.py [--sobre PATH] [FILE.json ...]

1. Checks that each schema is valid JSON Schema draft-07, and that each one refuses a
   document known to be wrong (so that this check can fail).
2. Runs `sobre demo` in a temporary folder and validates every assessment it writes, the
   JSON comparison of them (plain and `--by group`), and the JSON report of each assessment
   (the report site's latest one with `--previous`), the network benchmark of them
   (`compare --format benchmark --min-sites 3`, which has a category) and each site's latest
   report against it.
3. Validates every golden JSON file: Tests/*/Golden/*.json and Reports/examples/*.json,
   and every FILE given. Which schema applies is told by the file's version key:
   `format` (assessment), `report_format` (report), `compare_format` (comparison) or
   `benchmark_format` (benchmark).

The binary is PATH, or the debug build's (`swift build --show-bin-path`; build it first).
Each problem is printed on stderr as `FILE: error: PATH: MESSAGE`.
Exit status: 0 when everything matches, 1 when a file does not match or a command fails,
2 when a schema is broken or cannot be checked.
"""

import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:  # pragma: no cover - environment problem
    sys.stderr.write("check-output-schemas: missing Python module jsonschema "
                     "(scripts/setup.sh --test installs it)\n")
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"format": "assessment", "report_format": "report", "compare_format": "compare",
         "benchmark_format": "benchmark"}


def load_validators():
    validators = {}
    for kind in KINDS.values():
        path = os.path.join(ROOT, "Schemas", f"{kind}.schema.json")
        with open(path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft7Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft7Validator(schema)
    return validators


def problems(validator, document):
    """The schema errors of a document, as `PATH: MESSAGE` lines."""
    out = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path) or "(top level)"
        out.append(f"{where.lstrip('.')}: {error.message}")
    return out


def kind_of(document):
    if isinstance(document, dict):
        for key, kind in KINDS.items():
            if key in document:
                return kind
    return None


def self_test(validators, samples):
    """Each schema must refuse a sample of its kind once it is broken; a check that cannot
    fail checks nothing."""
    broken = {
        "assessment": lambda d: d.update(format=2) or d["site"].pop("id"),
        "report": lambda d: d["overall"].update(capped="no") or d.pop("plan"),
        "compare": lambda d: d.update(sites={}) or d.update(unexpected_key=1),
        # A benchmark must never carry a site: a key naming one is refused.
        "benchmark": lambda d: d["population"].update(site_ids=["x"]) or d["overall"].pop("p50"),
    }
    failures = []
    for kind, validator in validators.items():
        sample = samples.get(kind)
        if sample is None:
            failures.append(f"self-test: no {kind} document to break")
            continue
        if problems(validator, sample):
            continue  # reported with the file itself
        document = copy.deepcopy(sample)
        broken[kind](document)
        if not problems(validator, document):
            failures.append(f"self-test: the {kind} schema accepts a broken {kind}")
    # Plan items may carry the action's description, source and owner, text or null.
    report = samples.get("report")
    if report and report.get("plan"):
        document = copy.deepcopy(report)
        document["plan"][0].update(description=None, source="Guide", owner=None)
        if problems(validators["report"], document):
            failures.append("self-test: the report schema refuses a plan item's description, source or owner")
        document["plan"][0]["owner"] = 3
        if not problems(validators["report"], document):
            failures.append("self-test: the report schema accepts a plan item whose owner is a number")
    return failures


def sobre_binary(argv):
    if "--sobre" in argv:
        k = argv.index("--sobre")
        path = os.path.abspath(argv[k + 1])
        del argv[k:k + 2]
        return path
    folder = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    return os.path.join(folder, "sobre")


def run(binary, args, cwd):
    """stdout of a sobre command; raises with its stderr when it fails."""
    env = dict(os.environ, NO_COLOR="1", LANG="C.UTF-8")
    done = subprocess.run([binary] + args, cwd=cwd, capture_output=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"sobre {' '.join(args)}: exit status {done.returncode}: "
                           + done.stderr.decode("utf-8", "replace").strip())
    return done.stdout


def demo_documents(binary, folder):
    """(name, parsed JSON) of everything the demo gives."""
    run(binary, ["demo", "demo"], folder)
    base = os.path.join(folder, "demo")
    docs = []
    files = sorted(glob.glob(os.path.join(base, "assessments", "*", "*.json")))
    for path in files:
        rel = os.path.relpath(path, base)
        with open(path, encoding="utf-8") as handle:
            docs.append((f"demo/{rel}", json.load(handle)))
        report = run(binary, ["report", rel, "--format", "json"], base)
        docs.append((f"sobre report demo/{rel} --format json", json.loads(report)))
    by_site = {}
    for path in files:
        by_site.setdefault(os.path.basename(os.path.dirname(path)), []).append(os.path.relpath(path, base))
    for site, paths in sorted(by_site.items()):
        if len(paths) >= 2:
            args = ["report", paths[-1], "--previous", paths[-2], "--format", "json"]
            docs.append((f"sobre {' '.join(args)}", json.loads(run(binary, args, base))))
    benchmark_args = ["compare", "assessments", "--format", "benchmark", "--min-sites", "3", "--output", "benchmark.json"]
    run(binary, benchmark_args, base)
    with open(os.path.join(base, "benchmark.json"), encoding="utf-8") as handle:
        docs.append((f"sobre {' '.join(benchmark_args)}", json.load(handle)))
    for site, paths in sorted(by_site.items()):
        args = ["report", paths[-1], "--benchmark", "benchmark.json", "--format", "json"]
        report = json.loads(run(binary, args, base))
        if "benchmark" not in report:
            raise RuntimeError(f"sobre {' '.join(args)}: no benchmark key")
        docs.append((f"sobre {' '.join(args)}", report))
    for extra in ([], ["--by", "group"]):
        args = ["compare", "assessments", "--format", "json"] + extra
        docs.append((f"sobre {' '.join(args)}", json.loads(run(binary, args, base))))
    # Common objectives (compare --targets): the demo's sites without objectives of their own
    # are measured against them.
    with open(os.path.join(base, "communs.yaml"), "w", encoding="utf-8") as handle:
        handle.write("by: 2029\noverall: 3\nthemes: { pilotage: 4 }\nindicators: { electricite: -20 }\n")
    args = ["compare", "assessments", "--format", "json", "--targets", "communs.yaml"]
    measured = json.loads(run(binary, args, base))
    if not any("common_targets" in site for site in measured["sites"]):
        raise RuntimeError(f"sobre {' '.join(args)}: no site has common_targets")
    docs.append((f"sobre {' '.join(args)}", measured))
    return docs


def file_documents(paths):
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            docs.append((os.path.relpath(path, ROOT) if path.startswith(ROOT) else path, json.load(handle)))
    return docs


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        return 0
    argv = list(argv)
    try:
        validators = load_validators()
    except (OSError, ValueError, jsonschema.SchemaError) as exc:
        sys.stderr.write(f"check-output-schemas: a schema is broken: {exc}\n")
        return 2
    binary = sobre_binary(argv)
    goldens = sorted(glob.glob(os.path.join(ROOT, "Tests", "*", "Golden", "*.json"))
                     + glob.glob(os.path.join(ROOT, "Reports", "examples", "*.json")))
    bad = 0
    try:
        with tempfile.TemporaryDirectory(prefix="sobre-schemas-") as folder:
            documents = demo_documents(binary, folder) + file_documents(goldens + argv)
    except (RuntimeError, OSError, ValueError, subprocess.CalledProcessError) as exc:
        sys.stderr.write(f"check-output-schemas: error: {exc}\n")
        return 1

    samples = {}
    counts = {}
    for name, document in documents:
        kind = kind_of(document)
        if kind is None:
            sys.stderr.write(f"{name}: error: no format, report_format, compare_format or benchmark_format key\n")
            bad += 1
            continue
        samples.setdefault(kind, document)
        counts[kind] = counts.get(kind, 0) + 1
        lines = problems(validators[kind], document)
        if lines:
            bad += 1
            for line in lines[:20]:
                sys.stderr.write(f"{name}: error: {line}\n")
    failures = self_test(validators, samples)
    for line in failures:
        sys.stderr.write(f"check-output-schemas: error: {line}\n")
    if bad or failures:
        sys.stderr.write(f"check-output-schemas: {bad} of {len(documents)} document(s) do not match their schema\n")
        return 1
    summary = ", ".join(f"{counts[k]} {k}" for k in sorted(counts))
    print(f"check-output-schemas: {len(documents)} document(s) match their schema ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
