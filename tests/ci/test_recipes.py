#!/usr/bin/env python3
"""Runs the CI recipes of docs/ci.md (ctest ci.recipes).

Each recipe is the fenced block after a `<!-- recipe: NAME -->` line of
docs/ci.md; the commands run are the ones written there. Concord is
installed with `cmake --install BUILD --prefix TMP/prefix` (as the workflows
do) and put first on PATH; a temporary git repository holds the sample
statutes in laws/. Then:

  adopt       every line runs and exits 0; the baseline lists exactly the
              failing findings of a per-document run
  github      the YAML parses; the check job's concord command exits 0 with
              the baseline and writes the SARIF file upload-sarif uploads
              (SARIF 2.1.0, one result per failing finding, all
              baselineState "unchanged"); the diff job's concord command,
              run on checkouts of a base and a head commit, exits 1 for a
              head that adds the draft's conflict (new and closed entries in
              the Markdown, written to the job summary) and 0 for a clean one
  gitlab      the YAML parses; the script's concord command exits 0 and
              writes the artifacts:reports:junit file (XML, test cases, no
              failures, baselined ones skipped); with the draft committed
              it exits 1 with exactly one failure
  hook        installed as .git/hooks/pre-commit: a clean commit passes, a
              commit of the draft (a new conflict) is refused even after the
              working tree is restored (the staged text is what is checked)
  pre-commit-config
              the YAML parses; the local hook's entry, run as pre-commit runs
              it (entry + staged files matching `files`), exits 1 on the
              draft and 0 on a clean file
  adopt (2)   with the draft adopted, step 2 exits 1 and shows only the new
              finding; step 3 prunes the closed finding's entry

and the recipes of docs/scale.md, each merge compared byte for byte with a
single run over laws/ (JSON and SARIF):

  parallel    the block as written (each `parallel` job run by sh, one after
              the other, when GNU parallel is not installed)
  slurm       the sbatch script run by bash once per array task, with the
              SLURM_* variables Slurm sets, then the merge of its header
  kubernetes  the YAML parses; the indexed Job's command run by sh for every
              JOB_COMPLETION_INDEX, then the merge Job's command
"""

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

NEW_RULE = "CRC-19-GC8-corporal-punishment-chastisement"
CLOSED_RULE = "CRPD-12-legal-capacity"

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL {message}")
    return condition


def recipes(path):
    """{name: block text} for every `<!-- recipe: NAME -->` + fenced block."""
    found = {}
    lines = open(path, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        m = re.fullmatch(r"<!-- recipe: ([\w-]+) -->", lines[i].strip())
        i += 1
        if not m:
            continue
        while i < len(lines) and not lines[i].startswith("```"):
            i += 1
        start = i + 1
        i = start
        while i < len(lines) and not lines[i].startswith("```"):
            i += 1
        found[m.group(1)] = "\n".join(lines[start:i]) + "\n"
    return found


def concord_lines(text):
    """The concord command lines of a block (shell, or YAML run/script lines)."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("- "):
            s = s[2:].strip()
        if s.startswith("concord "):
            out.append(s)
    return out


class Env:
    def __init__(self, tmp, bindir):
        self.tmp = tmp
        self.env = dict(os.environ)
        self.env.pop("CONCORD_RULES", None)  # the installed packs, as in CI
        self.env.pop("NO_COLOR", None)
        self.env["PATH"] = bindir + os.pathsep + self.env.get("PATH", "")
        self.env.update({"GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.org",
                         "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.org",
                         "GIT_CONFIG_NOSYSTEM": "1", "HOME": tmp})

    def sh(self, command, cwd, extra_env=None):
        env = dict(self.env)
        env.update(extra_env or {})
        proc = subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=600)
        return proc.returncode, proc.stdout, proc.stderr

    def git(self, cwd, *args):
        proc = subprocess.run(["git"] + list(args), cwd=cwd, env=self.env,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"git {' '.join(args)} failed: {proc.stderr}")
        return proc.stdout.strip()


def failing_count(env, repo):
    """Failing findings of a per-document JSON report of laws/."""
    code, out, err = env.sh("concord check laws --per-document --format json --fail-on never",
                            repo)
    if code != 0:
        raise SystemExit(f"concord check --format json: exit {code}: {err}")
    return sum(1 for f in json.loads(out)["findings"] if f["fails"])


def run_expect(env, command, cwd, code, what, extra_env=None):
    got, out, err = env.sh(command, cwd, extra_env)
    check(got == code, f"{what}: `{command}` exited {got}, expected {code}\n{out}{err}")
    return out, err


def scale_recipes(env, source, tmp):
    blocks = recipes(os.path.join(source, "docs", "scale.md"))
    for name in ("parallel", "slurm", "kubernetes"):
        if not check(name in blocks, f"docs/scale.md has no block marked <!-- recipe: {name} -->"):
            return
    statutes = os.path.join(source, "samples", "statutes")

    def fresh(name):
        work = os.path.join(tmp, "scale-" + name)
        shutil.copytree(statutes, os.path.join(work, "laws"))
        for fmt in ("json", "sarif"):
            run_expect(env, f"concord check laws/ --fail-on never --format {fmt} -o single.{fmt}",
                       work, 0, f"{name}: single run")
        return work

    def same_as_single(work, name, outputs):
        for single, merged in outputs:
            a = open(os.path.join(work, single), "rb").read()
            path = os.path.join(work, merged)
            b = open(path, "rb").read() if os.path.exists(path) else b""
            check(a == b, f"{name}: {merged} differs from the single run's {single}")

    # GNU parallel.
    work = fresh("parallel")
    lines = [line for line in blocks["parallel"].splitlines() if line.strip()]
    script = "\n".join(lines)
    if shutil.which("parallel") is None:
        emulated = []
        for line in lines:
            m = re.match(r'seq 1 "\$N" \| parallel -j "\$N" (.*)$', line)
            if m:
                emulated.append('for k in $(seq 1 "$N"); do ' + m.group(1).replace("{}", "$k")
                                + " || exit $?; done")
            else:
                emulated.append(line)
        check(len(emulated) == len(lines) and any("for k" in e for e in emulated),
              "parallel: the parallel line has the expected shape")
        script = "\n".join(emulated)
    # The merge exits 1: the samples have error-level failures.
    run_expect(env, "set -e\n" + script, work, 1, "parallel")
    same_as_single(work, "parallel", [("single.json", "concord.json"),
                                      ("single.sarif", "concord.sarif")])

    # Slurm: the script once per array task, then the merge its header gives.
    work = fresh("slurm")
    text = blocks["slurm"]
    array = re.search(r"^#SBATCH --array=1-(\d+)$", text, re.M)
    cpus = re.search(r"^#SBATCH --cpus-per-task=(\d+)$", text, re.M)
    merge = re.search(r"--wrap '(concord merge [^']*)'", text)
    if check(array and cpus and merge, "slurm: --array, --cpus-per-task and the merge"):
        script = os.path.join(work, "concord-check.sbatch")
        with open(script, "w", encoding="utf-8") as f:
            f.write(text)
        count = int(array.group(1))
        for task in range(1, count + 1):
            run_expect(env, f"bash {script}", work, 0, f"slurm task {task}",
                       {"SLURM_ARRAY_TASK_ID": str(task), "SLURM_ARRAY_TASK_COUNT": str(count),
                        "SLURM_CPUS_PER_TASK": cpus.group(1)})
        run_expect(env, merge.group(1), work, 1, "slurm merge")
        same_as_single(work, "slurm", [("single.sarif", "concord.sarif")])

    # Kubernetes: the indexed Job's command for every index, then the merge Job.
    work = fresh("kubernetes")
    docs = [d for d in yaml.safe_load_all(blocks["kubernetes"]) if d]
    if check(len(docs) == 2, "kubernetes: two Jobs"):
        job, merge_job = docs
        spec = job["spec"]
        container = spec["template"]["spec"]["containers"][0]
        check(spec["completionMode"] == "Indexed", "kubernetes: an Indexed Job")
        command = container["args"][0]
        check(container["command"] == ["sh", "-c"] and container["workingDir"] == "/work",
              "kubernetes: sh -c in /work")
        os.makedirs(os.path.join(work, "shards"))
        for index in range(spec["completions"]):
            run_expect(env, command, work, 0, f"kubernetes index {index}",
                       {"JOB_COMPLETION_INDEX": str(index)})
        merge_command = merge_job["spec"]["template"]["spec"]["containers"][0]["command"]
        check(merge_command[:2] == ["sh", "-c"], "kubernetes: the merge runs sh -c")
        run_expect(env, merge_command[2], work, 0, "kubernetes merge")
        same_as_single(work, "kubernetes", [("single.json", "concord.json"),
                                            ("single.sarif", "concord.sarif")])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--build", required=True, help="the build folder to cmake --install")
    parser.add_argument("--cmake", default="cmake")
    opts = parser.parse_args()
    source = os.path.abspath(opts.source)
    blocks = recipes(os.path.join(source, "docs", "ci.md"))
    for name in ("adopt", "github", "gitlab", "hook", "pre-commit-config"):
        if name not in blocks:
            print(f"FAIL docs/ci.md has no block marked <!-- recipe: {name} -->")
            return 1
    statutes = os.path.join(source, "samples", "statutes")
    draft = os.path.join(source, "samples", "drafts", "family-code.xml")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        prefix = os.path.join(tmp, "prefix")
        proc = subprocess.run([opts.cmake, "--install", opts.build, "--prefix", prefix],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"FAIL cmake --install: {proc.stderr}")
            return 1
        env = Env(tmp, os.path.join(prefix, "bin"))
        repo = os.path.join(tmp, "repo")
        shutil.copytree(statutes, os.path.join(repo, "laws"))
        env.git(repo, "init", "-q", "-b", "main")
        env.git(repo, "add", "laws")
        env.git(repo, "commit", "-q", "-m", "the statutes")

        # adopt: every line of the block, in order, exits 0.
        adopt = [line.strip() for line in blocks["adopt"].splitlines()
                 if line.strip() and not line.strip().startswith("#")]
        for line in adopt:
            run_expect(env, line, repo, 0, "adopt")
        baseline_path = os.path.join(repo, "concord-baseline.json")
        expected = failing_count(env, repo)
        baseline = json.load(open(baseline_path, encoding="utf-8"))
        check(expected > 0 and len(baseline["findings"]) == expected,
              f"adopt: the baseline has {len(baseline['findings'])} entries, "
              f"the run {expected} failing findings")
        check(env.git(repo, "status", "--porcelain") == "",
              "adopt: the baseline is committed")
        base_sha = env.git(repo, "rev-parse", "HEAD")

        # github: the workflow parses; the check job's command and upload-sarif agree.
        workflow = yaml.safe_load(blocks["github"])
        steps = workflow["jobs"]["check"]["steps"]
        uploads = [s for s in steps if s.get("uses", "").startswith(
            "github/codeql-action/upload-sarif@")]
        check(len(uploads) == 1 and uploads[0].get("if") == "always()",
              "github: one upload-sarif step, run always")
        sarif_file = uploads[0]["with"]["sarif_file"] if uploads else ""
        check_cmds = [c for s in steps for c in concord_lines(s.get("run", ""))]
        check(len(check_cmds) == 1 and f"sarif={sarif_file}" in check_cmds[0],
              f"github: the check job writes the file it uploads ({check_cmds})")
        for command in check_cmds:
            run_expect(env, command, repo, 0, "github check")
        try:
            sarif = json.load(open(os.path.join(repo, sarif_file), encoding="utf-8"))
            results = sarif["runs"][0]["results"]
            check(sarif["version"] == "2.1.0", "github: SARIF 2.1.0")
            check(len(results) == expected,
                  f"github: {len(results)} SARIF results, expected {expected}")
            check(all(r.get("baselineState") == "unchanged" for r in results),
                  "github: every result is baselined (unchanged)")
            check(all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                      .startswith("laws/") for r in results if r.get("locations")),
                  "github: SARIF paths are relative to the repository root")
        except (OSError, ValueError, KeyError, IndexError) as e:
            check(False, f"github: {sarif_file} is not a SARIF report with results: {e}")

        # gitlab: the job parses; its report is the artifact's JUnit file.
        job = yaml.safe_load(blocks["gitlab"])["concord"]
        junit_file = job["artifacts"]["reports"]["junit"]
        check(job["artifacts"].get("when") == "always", "gitlab: artifacts when: always")
        gitlab_cmds = [c for line in job["script"] for c in concord_lines(line)]
        check(len(gitlab_cmds) == 1 and f"junit={junit_file}" in gitlab_cmds[0],
              f"gitlab: the script writes the JUnit artifact ({gitlab_cmds})")

        def junit_counts(what):
            root = ET.parse(os.path.join(repo, junit_file)).getroot()
            cases = root.findall(".//testcase")
            failed = [c for c in cases if c.find("failure") is not None]
            skipped = [c for c in cases if c.find("skipped") is not None]
            check(root.tag == "testsuites" and len(cases) > 0,
                  f"gitlab {what}: JUnit with test cases")
            return len(cases), failed, skipped

        for command in gitlab_cmds:
            run_expect(env, command, repo, 0, "gitlab")
        cases, failed, skipped = junit_counts("clean")
        check(not failed and len(skipped) == expected,
              f"gitlab: {len(failed)} failures, {len(skipped)} skipped; expected 0 and "
              f"{expected} baselined")

        # hook: a clean commit passes, a new conflict is refused.
        hook = os.path.join(repo, ".git", "hooks", "pre-commit")
        with open(hook, "w", encoding="utf-8") as f:
            f.write(blocks["hook"])
        os.chmod(hook, 0o755)
        labour = os.path.join(repo, "laws", "labour-code.xml")
        with open(labour, "a", encoding="utf-8") as f:
            f.write("<!-- consolidated 2026 -->\n")
        env.git(repo, "add", "laws/labour-code.xml")
        code, out, err = env.sh("git commit -q -m 'a clean change'", repo)
        check(code == 0, f"hook: a clean commit is refused: {out}{err}")
        clean_sha = env.git(repo, "rev-parse", "HEAD")
        family = os.path.join(repo, "laws", "family-code.xml")
        shutil.copyfile(draft, family)
        env.git(repo, "add", "laws/family-code.xml")
        code, out, err = env.sh("git commit -q -m 'draft law No. 214-VII'", repo)
        check(code != 0 and NEW_RULE in out + err and CLOSED_RULE not in out + err,
              f"hook: the commit of the draft is refused, naming only {NEW_RULE}: "
              f"exit {code}\n{out}{err}")
        check(env.git(repo, "rev-parse", "HEAD") == clean_sha, "hook: nothing committed")
        # The working tree restored, the draft still staged: still refused.
        shutil.copyfile(os.path.join(statutes, "family-code.xml"), family)
        code, out, err = env.sh("git commit -q -m 'draft law No. 214-VII'", repo)
        check(code != 0 and NEW_RULE in out + err,
              f"hook: the staged draft is checked, not the working tree: exit {code}")

        # pre-commit-config: entry + the staged files that match `files`.
        config = yaml.safe_load(blocks["pre-commit-config"])
        (hook_def,) = config["repos"][0]["hooks"]
        check(config["repos"][0]["repo"] == "local" and hook_def["language"] == "system",
              "pre-commit-config: a local system hook")
        pattern = re.compile(hook_def["files"])

        def pre_commit(what, code):
            staged = env.git(repo, "diff", "--cached", "--name-only").splitlines()
            names = [n for n in staged if pattern.search(n)]
            check(names, f"pre-commit-config {what}: the staged files match `files`")
            command = hook_def["entry"] + " " + " ".join(shlex.quote(n) for n in names)
            return run_expect(env, command, repo, code, f"pre-commit-config {what}")

        shutil.copyfile(draft, family)  # pre-commit checks the staged = working text
        out, _ = pre_commit("draft", 1)
        check(NEW_RULE in out, f"pre-commit-config: the draft's {NEW_RULE} is shown")
        env.git(repo, "commit", "-q", "--no-verify", "-m", "draft law No. 214-VII")
        head_sha = env.git(repo, "rev-parse", "HEAD")
        with open(labour, "a", encoding="utf-8") as f:
            f.write("<!-- checked -->\n")
        env.git(repo, "add", "laws/labour-code.xml")
        pre_commit("clean", 0)
        env.git(repo, "commit", "-q", "--no-verify", "-m", "a clean change")

        # github diff job: base and head checked out side by side.
        diff_job = workflow["jobs"]["diff"]
        diff_steps = diff_job["steps"]
        check(any(s.get("with", {}).get("ref") == "${{ github.event.pull_request.base.sha }}"
                  and s["with"].get("path") == "base" for s in diff_steps),
              "github: the diff job checks out the base commit into base/")
        diff_cmds = [c for s in diff_steps for c in concord_lines(s.get("run", ""))]
        summary_steps = [s for s in diff_steps if "GITHUB_STEP_SUMMARY" in s.get("run", "")]
        check(len(diff_cmds) == 1 and len(summary_steps) == 1
              and summary_steps[0].get("if") == "always()",
              "github: one concord diff command and an always() summary step")

        def pr(base, head, code, what):
            ws = os.path.join(tmp, "pr-" + what)
            for side, sha in (("base", base), ("head", head)):
                env.git(tmp, "clone", "-q", repo, os.path.join(ws, side))
                env.git(os.path.join(ws, side), "checkout", "-q", sha)
            summary = os.path.join(ws, "summary.md")
            for command in diff_cmds:
                run_expect(env, command, ws, code, f"github diff ({what})")
            for s in summary_steps:
                run_expect(env, s["run"], ws, 0, f"github summary ({what})",
                           {"GITHUB_STEP_SUMMARY": summary})
            return open(summary, encoding="utf-8").read() if os.path.exists(summary) else ""

        text = pr(base_sha, head_sha, 1, "draft")
        check(text.startswith("### Concord: 1 new, 0 changed, 1 closed,")
              and NEW_RULE in text and CLOSED_RULE in text,
              f"github diff: the summary lists the new and the closed finding:\n{text[:400]}")
        text = pr(base_sha, clean_sha, 0, "clean")
        check(text.startswith("### Concord: 0 new, 0 changed, 0 closed,"),
              f"github diff: a clean change has no entries:\n{text[:400]}")

        # gitlab with the draft committed: one failing test case.
        for command in gitlab_cmds:
            run_expect(env, command, repo, 1, "gitlab (draft)")
        cases, failed, skipped = junit_counts("draft")
        check(len(failed) == 1 and NEW_RULE in failed[0].get("name", ""),
              f"gitlab (draft): one failure, {NEW_RULE}: {[c.get('name') for c in failed]}")

        # adopt steps 2 and 3 with the draft adopted.
        step2 = [c for c in concord_lines(blocks["adopt"]) if "--baseline " in c
                 and "--prune-baseline" not in c]
        step3 = [c for c in concord_lines(blocks["adopt"]) if "--prune-baseline" in c]
        check(len(step2) == 1 and len(step3) == 1, "adopt: steps 2 and 3 found")
        out, _ = run_expect(env, step2[0], repo, 1, "adopt step 2 (draft)")
        shown = [line for line in out.splitlines() if ": warning " in line or ": error " in line]
        check(len(shown) == 1 and NEW_RULE in shown[0],
              f"adopt step 2: only the new finding is shown: {shown}")
        before = json.load(open(baseline_path, encoding="utf-8"))["findings"]
        run_expect(env, step3[0], repo, 1, "adopt step 3 (draft)")
        after = json.load(open(baseline_path, encoding="utf-8"))["findings"]
        check(len(after) == len(before) - 1
              and [e["rule"] for e in before if e not in after] == [CLOSED_RULE],
              f"adopt step 3: prunes only {CLOSED_RULE} ({len(before)} -> {len(after)})")

        scale_recipes(env, source, tmp)

    print(f"ci.recipes: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
