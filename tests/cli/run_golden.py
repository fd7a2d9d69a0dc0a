#!/usr/bin/env python3
"""End-to-end tests of the concord binary against golden files.

Each case is tests/cli/cases/NAME.cmd:

    # a comment saying what the case shows
    args: check samples/statutes --format json
    exit: 1
    env: NO_COLOR=1
    needs: shared        (skip when ../shared is absent)

The case passes when concord, run from the source root with those arguments,
exits with that code and prints exactly NAME.stdout (and NAME.stderr when that
file exists). In args, {shared} is the shared folder and {tmp} a fresh
temporary folder. Run with --update to rewrite the golden files from the
current binary (then read the diff before committing).
"""

import argparse
import difflib
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_case(path):
    case = {"args": "", "exit": 0, "env": {}, "needs": []}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(":")
            value = value.strip()
            if key == "args":
                case["args"] = value
            elif key == "exit":
                case["exit"] = int(value)
            elif key == "env":
                name, _, val = value.partition("=")
                case["env"][name] = val
            elif key == "needs":
                case["needs"].append(value)
            else:
                raise SystemExit(f"{path}: unknown key '{key}'")
    return case


def show_diff(name, expected, actual):
    diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                f"{name} (golden)", f"{name} (actual)")
    sys.stdout.writelines(diff)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--concord", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--shared", default="")
    parser.add_argument("--update", action="store_true")
    parser.add_argument("only", nargs="*", help="case names to run")
    opts = parser.parse_args()
    cases_dir = os.path.join(HERE, "cases")
    shared = opts.shared if opts.shared and os.path.isdir(opts.shared) else ""
    failures = 0
    ran = 0
    for file in sorted(os.listdir(cases_dir)):
        if not file.endswith(".cmd"):
            continue
        name = file[:-4]
        if opts.only and name not in opts.only:
            continue
        case = parse_case(os.path.join(cases_dir, file))
        if "shared" in case["needs"] and not shared:
            print(f"skip {name}: the shared corpus folder (../shared) is absent")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            args = case["args"].replace("{shared}", shared).replace("{tmp}", tmp)
            env = dict(os.environ)
            env.pop("NO_COLOR", None)
            env.update({"COLUMNS": "100", "CONCORD_TEST": "1"})
            env.update(case["env"])
            proc = subprocess.run([opts.concord] + shlex.split(args), cwd=opts.source,
                                  env=env, capture_output=True, timeout=300)
        stdout = proc.stdout.decode("utf-8", "replace").replace(shared or "\0", "{shared}")
        stderr = proc.stderr.decode("utf-8", "replace").replace(shared or "\0", "{shared}")
        stdout = stdout.replace(tmp, "{tmp}")
        stderr = stderr.replace(tmp, "{tmp}")
        golden_out = os.path.join(cases_dir, name + ".stdout")
        golden_err = os.path.join(cases_dir, name + ".stderr")
        ran += 1
        if opts.update:
            with open(golden_out, "w", encoding="utf-8") as f:
                f.write(stdout)
            if stderr or os.path.exists(golden_err):
                with open(golden_err, "w", encoding="utf-8") as f:
                    f.write(stderr)
            if proc.returncode != case["exit"]:
                print(f"note {name}: exit {proc.returncode}, case says {case['exit']}")
            continue
        ok = True
        if proc.returncode != case["exit"]:
            print(f"FAIL {name}: exit {proc.returncode}, expected {case['exit']}")
            print(stderr)
            ok = False
        expected = open(golden_out, encoding="utf-8").read() if os.path.exists(golden_out) else ""
        if stdout != expected:
            print(f"FAIL {name}: stdout differs")
            show_diff(name + ".stdout", expected, stdout)
            ok = False
        if os.path.exists(golden_err):
            expected_err = open(golden_err, encoding="utf-8").read()
            if stderr != expected_err:
                print(f"FAIL {name}: stderr differs")
                show_diff(name + ".stderr", expected_err, stderr)
                ok = False
        if ok:
            print(f"ok   {name}")
        else:
            failures += 1
    print(f"{ran} cases, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
