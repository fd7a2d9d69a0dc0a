#!/usr/bin/python3
"""Validates every report format Concord writes for the shipped samples.

Runs `concord check samples/statutes` once with one --report per format (and
once more with the sample state profile), then checks each file with the same
outside tools as validate.py, and that the formats agree with the JSON report:
as many SARIF results as failing findings, as many JUnit test cases, CSV rows
and HTML rows as findings. The browser check renders the HTML in headless
Chromium and writes a screenshot (--screenshot).

Exit status: 0 passed, 1 failed, 77 skipped (a tool or ../shared is absent).
"""

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate  # noqa: E402  (the checks shared with the sample-report test)

from validate import Failure, check, skip  # noqa: E402

FORMATS = {"json": "report.json", "sarif": "report.sarif", "junit": "report.junit.xml",
           "csv": "report.csv", "markdown": "report.md", "html": "report.html"}


def run_concord(args, out, extra):
    os.makedirs(out, exist_ok=True)
    command = [args.concord, "check", os.path.join(args.source, "samples", "statutes"),
               "--fail-on", "never", "--no-color", "-o", os.devnull, *extra]
    for fmt, name in FORMATS.items():
        command += ["--report", f"{fmt}={os.path.join(out, name)}"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=args.source)
    check(result.returncode == 0, f"concord exited {result.returncode}: {result.stderr[-800:]}")
    report = validate.load_json(os.path.join(out, "report.json"))
    check(report["findings"], "the samples gave no findings")
    return report


def validate_json(args, out, report):
    import jsonschema
    validator = jsonschema.Draft202012Validator(validate.load_json(args.schema))
    errors = list(validator.iter_errors(report))
    check(not errors, "report.json: " + "; ".join(
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]))


def validate_sarif(args, out, report):
    import jsonschema
    sarif = validate.load_json(os.path.join(out, "report.sarif"))
    schema_path = os.path.join(args.shared, "schemas", "sarif-schema-2.1.0.json")
    if os.path.isfile(schema_path):
        validator = jsonschema.Draft7Validator(validate.load_json(schema_path),
                                               format_checker=jsonschema.FormatChecker())
        errors = list(validator.iter_errors(sarif))
        check(not errors, "report.sarif: " + "; ".join(
            f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]))
    else:
        print(f"sarif: schema not validated, {schema_path} is absent (../shared not checked out)")
    results = sarif["runs"][0]["results"]
    failing = sum(1 for f in report["findings"] if f["fails"])
    check(len(results) == failing, f"report.sarif: {len(results)} results, {failing} failing")
    for result in results:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        check(uri.startswith("samples/statutes/"), f"{result['ruleId']}: uri {uri} not relative")


def validate_junit(args, out, report):
    root = ET.parse(os.path.join(out, "report.junit.xml")).getroot()
    cases = root.findall("testsuite/testcase")
    check(len(cases) == len(report["findings"]),
          f"report.junit.xml: {len(cases)} test cases, {len(report['findings'])} findings")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    check(int(root.get("failures")) == failures, "report.junit.xml: failure count")


def validate_csv(args, out, report):
    with open(os.path.join(out, "report.csv"), "rb") as f:
        raw = f.read()
    check(raw.endswith(b"\r\n"), "report.csv: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
    check(len(rows) == 1 + len(report["findings"]), f"report.csv: {len(rows)} rows")
    check(all(len(row) == len(rows[0]) for row in rows), "report.csv: rows of different widths")


def validate_markdown(args, out, report):
    with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    expected, rows = None, 0
    for number, line in enumerate(lines, 1):
        if not line.startswith("|"):
            expected = None
            continue
        cells = validate.markdown_cells(line)
        expected = cells if expected is None else expected
        check(cells == expected, f"report.md:{number}: {cells} cells, header has {expected}")
        rows += 1
    check(rows > len(report["findings"]), "report.md: fewer table rows than findings")


def validate_html(args, out, report):
    path = os.path.join(out, "report.html")
    ET.parse(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    collector = validate._HtmlCollector()
    collector.feed(text)
    collector.close()
    check(collector.rows == len(report["findings"]),
          f"report.html: {collector.rows} rows, {len(report['findings'])} findings")
    check(not collector.remote, f"report.html: remote resources {collector.remote}")
    for remote in ("http://", "https://", "url(", "@import"):
        check(remote not in text, f"report.html: contains {remote}")


def validate_browser(args, out, report):
    browser = validate.find_chromium()
    if not browser:
        skip("chromium is not installed (apt-get install chromium)")
    page = "file://" + os.path.abspath(os.path.join(out, "report.html"))
    dom = validate.chromium(browser, "--dump-dom", page)
    rows = re.findall(r"<tr class=\"row s-[a-z-]+\"[^>]*>", dom)
    total = len(report["findings"])
    check(len(rows) == total, f"rendered DOM has {len(rows)} rows, {total} findings")
    check(f"Showing {total} of {total} rows" in dom, "the filter script did not run")
    conflicts = sum(1 for f in report["findings"] if f["status"] == "conflict")
    dom = validate.chromium(browser, "--dump-dom", page + "#status=conflict")
    check(f"Showing {conflicts} of {total} rows" in dom, "#status=conflict shows the wrong rows")
    if args.screenshot:
        validate.chromium(browser, f"--screenshot={os.path.abspath(args.screenshot)}",
                          "--window-size=1280,2400", "--hide-scrollbars", page)
        with open(args.screenshot, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG")
        print(f"browser: screenshot of the samples' report written to {args.screenshot}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concord", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--shared", default="")
    parser.add_argument("--screenshot", default="")
    parser.add_argument("--browser", action="store_true", help="also render in Chromium")
    args = parser.parse_args()
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        skip("python3-jsonschema is not installed")
    checks = [validate_json, validate_sarif, validate_junit, validate_csv, validate_markdown,
              validate_html]
    if args.browser:
        checks = [validate_browser]
    profile = os.path.join(args.source, "samples", "profiles", "concordia.xml")
    try:
        for name, extra in (("framework", []), ("profile", ["--profile", profile])):
            out = os.path.join(args.out, name)
            report = run_concord(args, out, extra)
            for step in checks:
                step(args, out, report)
            print(f"{name}: {len(report['findings'])} findings; "
                  f"{', '.join(c.__name__[9:] for c in checks)} agree and validate")
            if args.browser:
                break
    except Failure as failure:
        print(f"FAILED: {failure}")
        return 1
    except (ET.ParseError, json.JSONDecodeError, csv.Error, subprocess.TimeoutExpired) as error:
        print(f"FAILED: {type(error).__name__}: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
