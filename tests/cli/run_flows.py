#!/usr/bin/env python3
"""End-to-end flows of several concord commands, against golden transcripts.

A flow is tests/cli/flows/NAME.flow, one step a line, run in a fresh
temporary folder ({tmp}, also the starting folder); {source} is the source
root. Paths in steps are relative to the current folder.

    # a comment, copied into the transcript
    copy: {source}/samples/statutes laws    copy a file or a folder
    write: laws/.concord.toml               write a file from the "| " lines after it
    | [check]
    | fail-on = "never"
    remove: laws/family-code.xml            delete a file or a folder
    cd: laws                                change the current folder
    run 1: check laws --baseline b.json     run concord; it must exit 1
    same: a.txt b.txt                       the two files must be byte-identical
    grep: "rule": "CRPD-12 b.json           the lines of b.json holding the text
    count: "status": "gap" b.json           how many times the text occurs in b.json
    show: .concord.toml                     the whole file

The flow passes when every `run` exits with its code, every `same` holds,
and the transcript (each command with its stdout, stderr and exit code, and
what grep and show print) equals NAME.out. --update rewrites the .out files
(read the diff before committing).
"""

import argparse
import difflib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


class FlowError(Exception):
    pass


def parse_flow(path):
    steps = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("| ") or line == "|":
                if not steps or steps[-1][0] != "write":
                    raise SystemExit(f"{path}:{number}: '|' line outside a write step")
                steps[-1][2].append(line[2:])
                continue
            if not line.strip():
                continue
            if line.startswith("#"):
                steps.append(("comment", line, None, number))
                continue
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key.startswith("run "):
                steps.append(("run", value, int(key[4:]), number))
            elif key in ("copy", "remove", "cd", "same", "grep", "count", "show"):
                steps.append((key, value, None, number))
            elif key == "write":
                steps.append(("write", value, [], number))
            else:
                raise SystemExit(f"{path}:{number}: unknown step '{key}'")
    return steps


def run_flow(steps, concord, source, tmp, name):
    out = []
    cwd = tmp
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env.update({"COLUMNS": "100", "CONCORD_TEST": "1"})

    def expand(text):
        return text.replace("{source}", source).replace("{tmp}", tmp)

    def at(path):
        return os.path.join(cwd, expand(path))

    for kind, value, extra, number in steps:
        where = f"{name}.flow:{number}"
        if kind == "comment":
            out.append(value)
        elif kind == "copy":
            src, dst = shlex.split(value)
            src, dst = at(src), at(dst)
            if os.path.isdir(src):
                shutil.copytree(src, dst)
            else:
                os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
                shutil.copyfile(src, dst)
        elif kind == "write":
            path = at(value)
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in extra))
        elif kind == "remove":
            path = at(value)
            if os.path.isdir(path):
                shutil.rmtree(path)
            else:
                os.remove(path)
        elif kind == "cd":
            cwd = at(value)
            out.append(f"$ cd {value}")
        elif kind == "run":
            args = [expand(a) for a in shlex.split(value)]
            proc = subprocess.run([concord] + args, cwd=cwd, env=env, capture_output=True,
                                  timeout=300)
            out.append(f"$ concord {value}")
            stdout = proc.stdout.decode("utf-8", "replace")
            stderr = proc.stderr.decode("utf-8", "replace")
            if stdout:
                out.append(stdout.rstrip("\n"))
            if stderr:
                out.append("[stderr]")
                out.append(stderr.rstrip("\n"))
            out.append(f"[exit {proc.returncode}]")
            if proc.returncode != extra:
                raise FlowError(f"{where}: concord {value}: exit {proc.returncode}, "
                                f"expected {extra}\n{stderr}")
        elif kind == "same":
            a, b = shlex.split(value)
            with open(at(a), "rb") as fa, open(at(b), "rb") as fb:
                if fa.read() != fb.read():
                    raise FlowError(f"{where}: {a} and {b} differ")
            out.append(f"same: {a} {b}")
        elif kind in ("grep", "count"):
            pattern, _, path = value.rpartition(" ")
            with open(at(path), encoding="utf-8") as f:
                text = f.read()
            if kind == "grep":
                out.append(f"$ grep '{pattern}' {path}")
                out.extend(line for line in text.splitlines() if pattern in line)
            else:
                out.append(f"$ grep -o '{pattern}' {path} | wc -l")
                out.append(str(text.count(pattern)))
        elif kind == "show":
            out.append(f"$ cat {value}")
            with open(at(value), encoding="utf-8") as f:
                out.append(f.read().rstrip("\n"))
    text = "\n".join(out) + "\n"
    return text.replace(tmp, "{tmp}").replace(source, "{source}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--concord", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("only", nargs="*", help="flow names to run")
    opts = parser.parse_args()
    concord = os.path.abspath(opts.concord)
    source = os.path.abspath(opts.source)
    flows_dir = os.path.join(HERE, "flows")
    failures = ran = 0
    for file in sorted(os.listdir(flows_dir)):
        if not file.endswith(".flow"):
            continue
        name = file[:-5]
        if opts.only and name not in opts.only:
            continue
        ran += 1
        steps = parse_flow(os.path.join(flows_dir, file))
        golden = os.path.join(flows_dir, name + ".out")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = os.path.realpath(tmp)
            try:
                text = run_flow(steps, concord, source, tmp, name)
            except FlowError as e:
                print(f"FAIL {name}: {e}")
                failures += 1
                continue
        if opts.update:
            with open(golden, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {name}.out")
            continue
        expected = open(golden, encoding="utf-8").read() if os.path.exists(golden) else ""
        if text != expected:
            print(f"FAIL {name}: transcript differs")
            sys.stdout.writelines(difflib.unified_diff(
                expected.splitlines(True), text.splitlines(True), f"{name}.out (golden)",
                f"{name}.out (actual)"))
            failures += 1
        else:
            print(f"ok   {name}")
    print(f"{ran} flows, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
