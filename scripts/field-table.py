#!/usr/bin/env python3
"""Prints the Markdown rows (path, unit, default, range, meaning) of docs/scenario-format.md from the one
list of numeric fields (core/model/ScenarioSchema.cpp and FieldSpecs.cpp) and the sourced defaults (data/catalogs/defaults.json).
Used when fields are added: paste the new rows into the doc; TestScenarioJson checks that none is missing."""
import json, re, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
# The scenario's numbers are in its schema, the forecast's, the uncertainty section's and the catalogs' in FieldSpecs.
source = "".join((root / f).read_text(encoding="utf-8")
                 for f in ("core/model/ScenarioSchema.cpp", "core/model/ScenarioSchemaMarket.cpp", "core/model/ScenarioSchemaNetwork.cpp",
                           "core/model/FieldSpecs.cpp"))
specs = re.findall(r'\{"([^"]+)",\s*QT_TRANSLATE_NOOP\("Unit",\s*"([^"]*)"\),\s*([^,]+),\s*([^,]+),\s*(true|false),\s*'
                   r'QT_TRANSLATE_NOOP\(\s*"FieldHelp",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)\}', source)
# A help text may be split over several adjacent literals.
specs = [(*spec[:5], "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', spec[5]))) for spec in specs]
defaults = json.loads((root / "data/catalogs/defaults.json").read_text(encoding="utf-8"))["values"]
prefix = sys.argv[1] if len(sys.argv) > 1 else ""

def number(text):
    text = text.strip()
    if text == "kHuge":
        return "10¹²"
    value = float(text)
    return f"{value:g}"

for path, unit, low, high, integer, help_text in specs:
    if not path.startswith(prefix):
        continue
    default = defaults.get(path, {}).get("value", "required" if not path.startswith(("chips.", "cooling.", "regions.", "redundancy.")) else "catalog")
    if isinstance(default, bool):
        default = str(default).lower()
    print(f"| `{path}` | {unit} | {default} | {number(low)} … {number(high)}{' (whole)' if integer == 'true' else ''} | {help_text} |")
