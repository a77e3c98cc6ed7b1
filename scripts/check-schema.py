#!/usr/bin/env python3
"""Validates report files against the JSON Schema, as an editor would.

    check-schema.py SCHEMA FILE...

Prints one JSON line per file: {"file", "valid", "errors"}; exits 1 if any file is invalid.
YAML is read as YAML 1.2 reads it (as yaml-language-server does): only true/false are booleans
and dates stay text. A file that is not YAML at all, or holds a value JSON cannot (NaN,
infinity), counts as invalid: the schema speaks about JSON data.
"""
import json
import math
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    pass


# YAML 1.1's yes/no/on/off booleans and timestamps are not in YAML 1.2's core schema.
Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a number JSON cannot hold: %r" % value)
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("a field name that is not text: %r" % (key,))
            finite(item)
    elif isinstance(value, list):
        for item in value:
            finite(item)


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    all_valid = True
    for path in argv[2:]:
        try:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8")
            data = json.loads(text) if path.endswith(".json") else yaml.load(text, Loader=Yaml12Loader)
            finite(data)
            errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
            messages = ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:200]) for e in errors]
        except (yaml.YAMLError, UnicodeDecodeError, ValueError, RecursionError) as error:
            messages = ["not JSON data: %s" % str(error).splitlines()[0][:200]]
        all_valid = all_valid and not messages
        print(json.dumps({"file": path, "valid": not messages, "errors": messages}, ensure_ascii=False))
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
