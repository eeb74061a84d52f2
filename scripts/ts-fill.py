#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a JSON dictionary {source: translation}.
Usage: scripts/ts-fill.py resources/translations/suanpan_zh_CN.ts translations.json
Entries not in the dictionary are left unfinished and listed, so nothing is guessed."""
import json, sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
table = json.load(open(dict_path, encoding="utf-8"))
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    if source not in table:
        missing.append(source)
        continue
    if message.get("numerus") == "yes":
        for form in translation.findall("numerusform"):
            form.text = table[source]
    else:
        translation.text = table[source]
    del translation.attrib["type"]
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
# Keep the DOCTYPE line that lupdate writes.
text = open(ts_path, encoding="utf-8").read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(ts_path, "w", encoding="utf-8").write(text)
for source in missing:
    print("untranslated:", source)
