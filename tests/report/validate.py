#!/usr/bin/python3
"""Validates Concord's report formats with outside tools.

Runs the report_samples program (the sample report of
tests/unit/report/sample_report.h in every format), then checks one format:

  json      against docs/report.schema.json (JSON Schema 2020-12)
  sarif     against ../shared/schemas/sarif-schema-2.1.0.json, plus what
            GitHub code scanning relies on
  junit     parses as XML; suite and total counts add up
  csv       parses with the csv module (RFC 4180, CRLF); one row per finding
  markdown  every table row has as many cells as its header
  html      parses as XML (the page is polyglot) and as HTML; nothing remote
  browser   opens in headless Chromium: the rendered DOM has the rows and
            the filters, the #status= filter hides rows, and a screenshot is
            written (--screenshot)

Exit status: 0 passed, 1 failed, 77 skipped (a tool or ../shared is absent).
"""

import argparse
import csv
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77
SAMPLE_FINDINGS = 10  # findings in MakeSampleReport()
SAMPLE_FAILURES = 7   # partial, gap and conflict findings among them


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def skip(message):
    print(f"skipped: {message}")
    sys.exit(SKIP)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check_json(args, out):
    try:
        import jsonschema
    except ImportError:
        skip("python3-jsonschema is not installed")
    schema = load_json(args.schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for name in ("report.json", "empty.json"):
        doc = load_json(os.path.join(out, name))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        check(not errors, f"{name}: " + "; ".join(
            f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]))
    doc = load_json(os.path.join(out, "report.json"))
    check(len(doc["findings"]) == SAMPLE_FINDINGS, "report.json: wrong number of findings")
    for finding in doc["findings"]:
        norm = finding["norm"]
        check(norm is not None and doc["norms"][norm]["id"] == finding["rule"],
              f"report.json: finding {finding['rule']} points at the wrong norm")
    print(f"json: report.json and empty.json validate against {args.schema}")


def check_sarif(args, out):
    try:
        import jsonschema
    except ImportError:
        skip("python3-jsonschema is not installed")
    schema_path = os.path.join(args.shared, "schemas", "sarif-schema-2.1.0.json")
    if not os.path.isfile(schema_path):
        skip(f"the SARIF schema is absent ({schema_path}; ../shared not checked out)")
    validator = jsonschema.Draft7Validator(load_json(schema_path),
                                           format_checker=jsonschema.FormatChecker())
    for name in ("report.sarif", "empty.sarif"):
        doc = load_json(os.path.join(out, name))
        errors = list(validator.iter_errors(doc))
        check(not errors, f"{name}: " + "; ".join(
            f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]))
    run = load_json(os.path.join(out, "report.sarif"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    check(len(run["results"]) == SAMPLE_FAILURES, "report.sarif: wrong number of results")
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        check(rule["id"] == result["ruleId"], f"ruleIndex of {result['ruleId']} is wrong")
        check(result["message"]["text"], f"{result['ruleId']}: empty message")
        check(len(result["locations"]) <= 1, f"{result['ruleId']}: more than one location")
        check("concord/v1" in result.get("partialFingerprints", {}),
              f"{result['ruleId']}: no partialFingerprints")
        for location in result["locations"] + result.get("relatedLocations", []):
            artifact = location["physicalLocation"]["artifactLocation"]
            check("\\" not in artifact["uri"], f"{result['ruleId']}: backslash in uri")
            check(artifact.get("uriBaseId") == "%SRCROOT%",
                  f"{result['ruleId']}: relative uri without %SRCROOT%")
            check(location["physicalLocation"]["region"]["startLine"] >= 1,
                  f"{result['ruleId']}: no start line")
    for rule in rules:
        check(rule["shortDescription"]["text"] and rule["fullDescription"]["text"],
              f"rule {rule['id']}: empty description")
        check(rule["help"]["text"] and rule["help"]["markdown"], f"rule {rule['id']}: no help")
        check(len(rule["properties"]["tags"]) <= 20, f"rule {rule['id']}: too many tags")
    print(f"sarif: report.sarif and empty.sarif validate against {schema_path}")


def check_junit(args, out):
    for name in ("report.junit.xml", "empty.junit.xml"):
        root = ET.parse(os.path.join(out, name)).getroot()
        check(root.tag == "testsuites", f"{name}: root is {root.tag}")
        totals = {"tests": 0, "failures": 0, "skipped": 0}
        for suite in root.findall("testsuite"):
            cases = suite.findall("testcase")
            counts = {"tests": len(cases),
                      "failures": sum(1 for c in cases if c.find("failure") is not None),
                      "skipped": sum(1 for c in cases if c.find("skipped") is not None)}
            for key, value in counts.items():
                check(int(suite.get(key)) == value, f"{name}: suite {suite.get('name')} {key}")
                totals[key] += value
        for key, value in totals.items():
            check(int(root.get(key)) == value, f"{name}: testsuites {key}")
    root = ET.parse(os.path.join(out, "report.junit.xml")).getroot()
    check(int(root.get("tests")) == SAMPLE_FINDINGS, "report.junit.xml: wrong number of tests")
    check(len(root.findall("testsuite")) == 3, "report.junit.xml: expected 3 instruments")
    print("junit: report.junit.xml and empty.junit.xml parse and their counts add up")


def check_csv(args, out):
    for name, findings in (("report.csv", SAMPLE_FINDINGS), ("empty.csv", 0)):
        with open(os.path.join(out, name), "rb") as f:
            raw = f.read()
        check(raw.endswith(b"\r\n"), f"{name}: does not end with CRLF")
        check(not raw.startswith(b"\xef\xbb\xbf"), f"{name}: has a byte order mark")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
        check(len(rows) == 1 + findings, f"{name}: {len(rows)} rows, expected {1 + findings}")
        width = len(rows[0])
        check(all(len(row) == width for row in rows), f"{name}: rows of different widths")
        check(rows[0][:2] == ["rule_id", "title"] and rows[0][-1] == "evidence_count",
              f"{name}: unexpected header")
    print("csv: report.csv and empty.csv parse as RFC 4180 with one row per finding")


def markdown_cells(line):
    line = re.sub(r"\\.", "", line)
    return line.count("|") - 1


def check_markdown(args, out):
    with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    expected = None
    rows = 0
    for number, line in enumerate(lines, 1):
        if not line.startswith("|"):
            expected = None
            continue
        cells = markdown_cells(line)
        if expected is None:
            expected = cells
        check(cells == expected, f"report.md:{number}: {cells} cells, header has {expected}")
        rows += 1
    check(rows > SAMPLE_FINDINGS, "report.md: too few table rows")
    print(f"markdown: report.md has {rows} table rows, all with their header's cell count")


class _HtmlCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = 0
        self.remote = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "row" in (attrs.get("class") or "").split():
            self.rows += 1
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            if re.match(r"^[a-z]+://", value) and not value.startswith("file://"):
                self.remote.append(value)
        if tag == "link":
            self.remote.append("<link>")


def check_html(args, out):
    for name, findings in (("report.html", SAMPLE_FINDINGS), ("empty.html", 0)):
        path = os.path.join(out, name)
        ET.parse(path)  # the page is also well-formed XML
        with open(path, encoding="utf-8") as f:
            text = f.read()
        collector = _HtmlCollector()
        collector.feed(text)
        collector.close()
        check(collector.rows == findings, f"{name}: {collector.rows} rows, expected {findings}")
        check(not collector.remote, f"{name}: remote resources {collector.remote}")
        for remote in ("http://", "https://", "url(", "@import"):
            check(remote not in text, f"{name}: contains {remote}")
    print("html: report.html and empty.html parse as XML and HTML and load nothing remote")


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(browser, *arguments):
    with tempfile.TemporaryDirectory(prefix="concord-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu",
                   "--disable-background-networking", "--disable-component-update",
                   "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                   f"--user-data-dir={profile}", *arguments]
        result = subprocess.run(command, capture_output=True, timeout=90)
    check(result.returncode == 0,
          f"chromium exited {result.returncode}: {result.stderr.decode(errors='replace')[-500:]}")
    return result.stdout.decode("utf-8", errors="replace")


def check_browser(args, out):
    browser = find_chromium()
    if not browser:
        skip("chromium is not installed (apt-get install chromium)")
    page = "file://" + os.path.abspath(os.path.join(out, "report.html"))
    dom = chromium(browser, "--dump-dom", page)
    rows = re.findall(r"<tr class=\"row s-[a-z-]+\"[^>]*>", dom)
    check(len(rows) == SAMPLE_FINDINGS, f"rendered DOM has {len(rows)} rows")
    check(not any("hidden" in row for row in rows), "rows are hidden without a filter")
    check(len(re.findall(r"<input type=\"checkbox\" name=\"status\"", dom)) == 6,
          "rendered DOM lacks the six status filters")
    check('id="f-instrument"' in dom, "rendered DOM lacks the instrument filter")
    check(f"Showing {SAMPLE_FINDINGS} of {SAMPLE_FINDINGS} rows" in dom,
          "the filter script did not run")
    # The filter in the URL fragment: only the conflicts stay visible.
    dom = chromium(browser, "--dump-dom", page + "#status=conflict")
    rows = re.findall(r"<tr class=\"row s-[a-z-]+\"[^>]*>", dom)
    visible = [row for row in rows if "hidden" not in row]
    check(len(visible) == 2 and all('data-status="conflict"' in row for row in visible),
          f"#status=conflict left {len(visible)} rows visible")
    check(f"Showing 2 of {SAMPLE_FINDINGS} rows" in dom, "the row counter is wrong")
    dom = chromium(browser, "--dump-dom", page + "#instrument=crc")
    sections = re.findall(r"<section class=\"instrument\"[^>]*>", dom)
    visible = [s for s in sections if "hidden" not in s]
    check(len(visible) == 1 and 'data-instrument="crc"' in visible[0],
          "#instrument=crc did not hide the other instruments")
    if args.screenshot:
        os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
        chromium(browser, f"--screenshot={os.path.abspath(args.screenshot)}",
                 "--window-size=1280,2000", "--hide-scrollbars", page)
        with open(args.screenshot, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG")
        print(f"browser: screenshot written to {args.screenshot}")
    print("browser: report.html renders with its rows and filters, and the filters work")


CHECKS = {"json": check_json, "sarif": check_sarif, "junit": check_junit, "csv": check_csv,
          "markdown": check_markdown, "html": check_html, "browser": check_browser}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", choices=sorted(CHECKS), required=True)
    parser.add_argument("--writer", required=True, help="the report_samples program")
    parser.add_argument("--out", required=True, help="folder for the rendered samples")
    parser.add_argument("--schema", required=True, help="docs/report.schema.json")
    parser.add_argument("--shared", default="", help="the ../shared folder")
    parser.add_argument("--screenshot", default="", help="where the browser check writes a PNG")
    args = parser.parse_args()
    out = os.path.join(args.out, args.check)
    result = subprocess.run([args.writer, out], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"FAILED: {args.writer} exited {result.returncode}: {result.stderr}")
        return 1
    try:
        CHECKS[args.check](args, out)
    except Failure as failure:
        print(f"FAILED ({args.check}): {failure}")
        return 1
    except (ET.ParseError, json.JSONDecodeError, csv.Error, subprocess.TimeoutExpired) as error:
        print(f"FAILED ({args.check}): {type(error).__name__}: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
