#!/usr/bin/env bash
# Recalculates the workbook of every sample with LibreOffice and compares its NPV, IRR and payback formulas with
# the app's figures (issue 14). The cached value of every formula cell is first set to 0, so that only a real
# recalculation can bring the figures back. Usage: scripts/workbook-recalc.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli=$build/app/suanpan-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user"
# Always recalculate OOXML files on load (LibreOffice's default keeps the cached values).
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
status=0
for sample in data/samples/*.json; do
    name=$(basename "$sample" .json)
    "$cli" workbook "$sample" --no-sensitivity -o "$work/$name.xlsx" >/dev/null
    "$cli" evaluate --json "$sample" >"$work/$name.json"
    python3 - "$work/$name.xlsx" <<'PY'
import re, sys, zipfile
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    items = {n: z.read(n) for n in z.namelist()}
zeroed = 0
for name, data in items.items():
    if name.startswith("xl/worksheets/"):
        text, n = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1<v>0</v>", data.decode("utf-8"))
        items[name] = text.encode("utf-8")
        zeroed += n
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in items.items():
        z.writestr(name, data)
print(f"{path}: {zeroed} formula cells set to 0", file=sys.stderr)
PY
    soffice -env:UserInstallation="file://$work/profile" --headless \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        --outdir "$work/$name" "$work/$name.xlsx" >/dev/null 2>&1
    python3 - "$work/$name/$name-Cash flow.csv" "$work/$name.json" "$name" <<'PY' || status=1
import csv, json, math, sys
rows = {r[1]: r for r in csv.reader(open(sys.argv[1], encoding="utf-8")) if len(r) > 4}
summary = json.load(open(sys.argv[2]))["summary"]
def cell(label, column):
    text = rows[label][column]
    if text in ("", "#VALUE!", "#NUM!") or text.startswith("not"):
        return None
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)
checks = [("NPV before tax", cell("Project NPV at the discount rate", 3), summary.get("npvBeforeTaxCny")),
          ("NPV after tax", cell("Project NPV at the discount rate", 4), summary.get("npvAfterTaxCny")),
          ("IRR before tax", cell("Project IRR", 3), summary.get("projectIrrBeforeTax")),
          ("IRR after tax", cell("Project IRR", 4), summary.get("projectIrrAfterTax")),
          ("payback after tax", cell("Payback period from the start of year 1", 4), summary.get("paybackYears")),
          ("discounted payback", cell("Discounted payback period", 4), summary.get("discountedPaybackYears"))]
bad = 0
for what, sheet, app in checks:
    if isinstance(app, dict):  # {"value": x} or {"value": null, "reason": "..."}
        app = app.get("value")
    same = (sheet is None and app is None) or (
        sheet is not None and app is not None and math.isclose(sheet, app, rel_tol=1e-6, abs_tol=1e-6))
    bad += not same
    print(f"{sys.argv[3]:28} {what:20} spreadsheet {sheet!s:>22}  app {app!s:>22}  {'ok' if same else 'DIFFERENT'}")
sys.exit(1 if bad else 0)
PY
done
exit $status
