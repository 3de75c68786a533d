#!/usr/bin/env python3
"""Test plugin: flags every 'ＸＸ' in body text as an error, with a fix replacing it by '若干'."""
import json
import sys


def spans(report):
    stack = [{"blocks": report.get("preamble", []), "children": report.get("sections", [])}]
    while stack:
        section = stack.pop()
        for block in section.get("blocks", []):
            if block.get("kind") in ("paragraph", "item"):
                yield block["span"]
        stack.extend(section.get("children", []))


def position(span, offset):
    chosen = span["segments"][0]
    for segment in span["segments"]:
        if segment["offset"] <= offset:
            chosen = segment
    return chosen["start"]["line"], chosen["start"]["column"] + offset - chosen["offset"]


found = []
for span in spans(json.load(sys.stdin)):
    start = span["text"].find("ＸＸ")
    while start >= 0:
        line, column = position(span, start)
        where = {"line": line, "column": column, "endLine": line, "endColumn": column + 2}
        found.append(dict(rule="custom.placeholder", severity="error", message="占位符“ＸＸ”未填写",
                          fix=dict(where, replacement="若干"), **where))
        start = span["text"].find("ＸＸ", start + 2)
print(json.dumps({"diagnostics": found}, ensure_ascii=False))
