#!/usr/bin/env python3
"""An out-of-process rule for `reportkit lint --plugin`: flags sentences that are too long to read.

Reads the report as JSON (the `reportkit parse --format json` form) on stdin and prints
`{"diagnostics": [...]}` (the `reportkit lint --format json` diagnostic form) on stdout.

Usage:
    reportkit lint draft.txt --plugin "python3 Examples/plugins/long-sentence.py"
    reportkit lint draft.txt --plugin "python3 Examples/plugins/long-sentence.py --max 60"

A sentence ends at 。！？; or ! ? and is too long when it has more than --max characters
(default 100). Python 3 standard library only.
"""

import argparse
import json
import sys

RULE = "custom.long-sentence"
ENDINGS = set("。！？；!?;")


def position(span, offset):
    """The source position (line, column) of the character at `offset` in a span's text."""
    segments = span["segments"]
    chosen = segments[0]
    for segment in segments:
        if segment["offset"] <= offset:
            chosen = segment
    start = chosen["start"]
    return start["line"], start["column"] + offset - chosen["offset"]


def spans(report):
    """Every paragraph and item span, preamble first, then the sections depth first."""
    def blocks(items):
        for block in items:
            if block.get("kind") in ("paragraph", "item") and "span" in block:
                yield block["span"]

    yield from blocks(report.get("preamble", []))
    stack = list(reversed(report.get("sections", [])))
    while stack:
        section = stack.pop()
        yield from blocks(section.get("blocks", []))
        stack.extend(reversed(section.get("children", [])))


def sentences(text):
    """(start offset, end offset) of each sentence, the end mark included."""
    start = 0
    for index, character in enumerate(text):
        if character in ENDINGS:
            yield start, index + 1
            start = index + 1
    if start < len(text):
        yield start, len(text)


def check(report, limit):
    found = []
    for span in spans(report):
        text = span["text"]
        for start, end in sentences(text):
            sentence = text[start:end].strip()
            if len(sentence) <= limit:
                continue
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            line, column = position(span, start + lead)
            end_line, end_column = position(span, end - 1)
            found.append({
                "rule": RULE,
                "severity": "warning",
                "line": line,
                "column": column,
                "endLine": end_line,
                "endColumn": end_column + 1,
                "message": f"这一句有 {len(sentence)} 个字，超过 {limit} 个字；请拆成几句，便于审阅",
            })
    return found


def main():
    parser = argparse.ArgumentParser(description="Flag sentences longer than --max characters.")
    parser.add_argument("--max", type=int, default=100, help="the longest sentence allowed (characters)")
    arguments = parser.parse_args()
    report = json.load(sys.stdin)
    json.dump({"diagnostics": check(report, arguments.max)}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
