#!/usr/bin/env python3
"""Check questionnaire files against Schemas/questionnaire.schema.json.

Usage: scripts/check-schema.py [FILE.yaml ...]

Checks that the schema itself is valid JSON Schema draft-07, then validates every
Questionnaires/*.yaml (and *.yml) of the repository and every file given as argument.

YAML is read the way `sobre` reads it (docs/reference/questionnaire.md): with the YAML 1.2 core schema, so only
true/false are booleans (`no`, `yes`, `on`, `off`, `n` stay text), there are no dates and
no sexagesimal numbers, `010` is ten and `<<` is an ordinary key. Duplicate keys are
reported. Mapping keys are kept as written, as in JSON (`1:` becomes the key "1").

Each problem is printed on stderr as `FILE:LINE:COLUMN: error: PATH: MESSAGE`.
Exit status: 0 when every file is valid, 1 when a file is invalid or unreadable,
2 when the schema itself is broken.

This only checks what the schema can express (keys, types, ranges, id syntax). The
cross-references (unique ids, option sets that exist, expressions, levels ascending,
min < max, ...) are checked by `sobre validate`.
"""

import difflib
import glob
import json
import os
import re
import sys

try:
    import jsonschema
    import yaml
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode
    from yaml.tokens import ScalarToken
except ImportError as exc:  # pragma: no cover - environment problem
    sys.stderr.write(f"check-schema: missing Python module: {exc.name} "
                     "(install python3-jsonschema and python3-yaml)\n")
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "Schemas", "questionnaire.schema.json")


# --------------------------------------------------------------------------------------
# YAML 1.2 core schema loader

class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader whose implicit types are those of the YAML 1.2 core schema.

    It also accepts a `?` inside a plain scalar in a flow collection, as libyaml
    (which `sobre` uses through Yams) and YAML 1.2 do, so that
    `{ text: Est-ce mesuré ?, type: boolean }` reads the same here as in sobre.
    PyYAML alone refuses it (yaml/pyyaml#128)."""

    def scan_plain(self):
        # PyYAML's Scanner.scan_plain, with '?' removed from the characters that
        # end a plain scalar in the flow context.
        chunks = []
        start_mark = self.get_mark()
        end_mark = start_mark
        indent = self.indent + 1
        spaces = []
        while True:
            length = 0
            if self.peek() == "#":
                break
            while True:
                ch = self.peek(length)
                if (ch in "\0 \t\r\n\x85\u2028\u2029"
                        or (ch == ":" and self.peek(length + 1) in
                            "\0 \t\r\n\x85\u2028\u2029" + (",[]{}" if self.flow_level else ""))
                        or (self.flow_level and ch in ",[]{}")):
                    break
                length += 1
            if length == 0:
                break
            self.allow_simple_key = False
            chunks.extend(spaces)
            chunks.append(self.prefix(length))
            self.forward(length)
            end_mark = self.get_mark()
            spaces = self.scan_plain_spaces(indent, start_mark)
            if (not spaces or self.peek() == "#"
                    or (not self.flow_level and self.column < indent)):
                break
        return ScalarToken("".join(chunks), True, start_mark, end_mark)


Yaml12Loader.yaml_implicit_resolvers = {}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null",
    re.compile(r"^(?:~|null|Null|NULL|)$"),
    ["~", "n", "N", ""])
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))


def _construct_int12(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _construct_bool12(loader, node):
    return loader.construct_scalar(node).lower() == "true"


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int12)
Yaml12Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool12)


class Problem(Exception):
    def __init__(self, line, column, path, message):
        super().__init__(message)
        self.line, self.column, self.path, self.message = line, column, path, message


def load_yaml(text):
    """Return (data, value_marks, key_marks, problems).

    value_marks maps a JSON path (tuple) to the (line, column) of its value,
    key_marks maps it to the (line, column) of the key that names it."""
    loader = Yaml12Loader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is None:
        raise Problem(1, 1, (), "the file is empty")
    value_marks, key_marks, problems = {}, {}, []
    busy = set()

    def pos(mark):
        return (mark.line + 1, mark.column + 1)

    def convert(n, path):
        value_marks[path] = pos(n.start_mark)
        if id(n) in busy:
            problems.append(Problem(*pos(n.start_mark), path, "recursive alias"))
            return None
        if isinstance(n, ScalarNode):
            return loader.construct_object(n, deep=True)
        busy.add(id(n))
        try:
            if isinstance(n, SequenceNode):
                return [convert(child, path + (i,)) for i, child in enumerate(n.value)]
            if isinstance(n, MappingNode):
                result = {}
                for key_node, value_node in n.value:
                    if not isinstance(key_node, ScalarNode):
                        problems.append(Problem(*pos(key_node.start_mark), path,
                                                "a key must be plain text"))
                        continue
                    key = key_node.value
                    if key in result:
                        first = key_marks[path + (key,)]
                        problems.append(Problem(
                            *pos(key_node.start_mark), path,
                            f"duplicate key '{key}' (first at line {first[0]})"))
                        continue
                    key_marks[path + (key,)] = pos(key_node.start_mark)
                    result[key] = convert(value_node, path + (key,))
                return result
            problems.append(Problem(*pos(n.start_mark), path, "unsupported YAML node"))
            return None
        finally:
            busy.discard(id(n))

    data = convert(node, ())
    return data, value_marks, key_marks, problems


# --------------------------------------------------------------------------------------
# Error messages

def format_path(path):
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _is_discriminator_failure(sub):
    """True when a branch of oneOf/anyOf fails because it is simply the wrong branch."""
    rel = list(sub.relative_path)
    return ((sub.validator == "type" and not rel)
            or (sub.validator == "const" and rel == ["type"]))


def refine(error):
    """Replace a oneOf/anyOf failure by the errors of the branch that was meant."""
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return [error]
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    viable = [b for b, subs in branches.items()
              if not any(_is_discriminator_failure(s) for s in subs)]
    type_schema = error.schema.get("properties", {}).get("type", {})
    if (error.validator == "oneOf" and isinstance(error.instance, dict)
            and "enum" in type_schema
            and error.instance.get("type") not in type_schema["enum"]):
        # A question with a missing or unknown `type`: the `required`/`enum` error
        # reported on the question itself already says so.
        return []
    if len(viable) == 1:
        return [r for s in branches[viable[0]] for r in refine(s)]
    return [error]


def describe(error, key_marks, value_marks):
    """Yield (line, column, path, message) for one jsonschema error."""
    path = tuple(error.absolute_path)
    line, column = value_marks.get(path, (1, 1))
    where = format_path(path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(schema.get("properties", {}))
        for key in error.instance:
            if key in allowed:
                continue
            kline, kcolumn = key_marks.get(path + (key,), (line, column))
            hint = difflib.get_close_matches(key, allowed, n=1)
            message = f"unknown key '{key}'"
            if hint:
                message += f" (did you mean '{hint[0]}'?)"
            elif allowed:
                message += " (allowed here: " + ", ".join(allowed) + ")"
            yield kline, kcolumn, where, message
        return
    if error.validator == "required":
        missing = [k for k in error.validator_value
                   if isinstance(error.instance, dict) and k not in error.instance]
        for key in missing:
            yield line, column, where, f"missing required key '{key}'"
        return
    if error.validator in ("oneOf", "anyOf"):
        text = schema.get("description", "none of the allowed forms matches")
        yield line, column, where, f"{json.dumps(error.instance, ensure_ascii=False)} is not valid: {text}"
        return
    if error.validator == "contains" and path and path[-1] == "bands":
        yield line, column, where, "the last band must have a score and no 'upto'"
        return
    if error.validator == "minItems" and isinstance(error.instance, list):
        yield (line, column, where,
               f"needs at least {error.validator_value} item(s), has {len(error.instance)}")
        return
    if error.validator == "propertyNames":
        yield line, column, where, f"bad key: {error.message}"
        return
    message = error.message
    if error.validator in ("type", "pattern", "enum", "const"):
        text = schema.get("description")
        if text:
            message += f" — {text}"
    yield line, column, where, message


# --------------------------------------------------------------------------------------

def check_file(path, validator):
    """Return the list of problem lines for one file (empty when valid)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        text = raw.decode("utf-8")
    except OSError as exc:
        return [f"{path}: error: cannot read the file: {exc.strerror}"]
    except UnicodeDecodeError as exc:
        return [f"{path}: error: the file is not valid UTF-8 (byte {exc.start})"]
    try:
        data, value_marks, key_marks, problems = load_yaml(text)
    except Problem as exc:
        return [f"{path}:{exc.line}:{exc.column}: error: {exc.message}"]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        return [f"{path}:{line}:{column}: error: YAML syntax: {what}"]
    except yaml.YAMLError as exc:
        return [f"{path}: error: YAML: {exc}"]

    found = [(p.line, p.column, format_path(p.path), p.message) for p in problems]
    for error in validator.iter_errors(data):
        for refined in refine(error):
            found.extend(describe(refined, key_marks, value_marks))
    found = sorted(set(found), key=lambda f: (f[0], f[1], f[2], f[3]))
    return [f"{path}:{line}:{column}: error: {where}: {message}"
            for line, column, where, message in found]


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        return 0
    try:
        with open(SCHEMA_PATH, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft7Validator.check_schema(schema)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"{SCHEMA_PATH}: error: cannot load the schema: {exc}\n")
        return 2
    except jsonschema.SchemaError as exc:
        sys.stderr.write(f"{SCHEMA_PATH}: error: not a valid draft-07 schema: {exc.message}\n")
        return 2
    validator = jsonschema.Draft7Validator(schema)

    files = sorted(glob.glob(os.path.join(ROOT, "Questionnaires", "*.yaml"))
                   + glob.glob(os.path.join(ROOT, "Questionnaires", "*.yml")))
    files = [os.path.relpath(f) for f in files] + list(argv)
    if not files:
        print("check-schema: schema OK; no questionnaire to check")
        return 0

    bad = 0
    for path in files:
        lines = check_file(path, validator)
        if lines:
            bad += 1
            for line in lines:
                sys.stderr.write(line + "\n")
        else:
            print(f"{path}: ok")
    if bad:
        sys.stderr.write(f"check-schema: {bad} of {len(files)} file(s) do not match the schema\n")
        return 1
    print(f"check-schema: {len(files)} file(s) match the schema")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
