#!/usr/bin/env python3
"""Concord's benchmark harness: one run, one corpus, one table.

    bench/run.py --build build-bench [--quick | --full] [--repeat N] [--work DIR]

Generates (once, cached in --work) an English + Russian Akoma Ntoso corpus
with bench/gen_corpus.py and a synthetic pack ten times the shipped term count
with bench/gen_pack.py, then times on the same files, in --repeat interleaved
rounds after a warm-up round (so that every command sees the same machine
load), keeping each command's best wall clock and best CPU time:

  floor          concord_floor: pugixml in-place parse + text walk
  check j1/j2    concord check with every shipped pack, --jobs 1 and 2
  check +10x     the same (--jobs 1) with the synthetic pack added
  stages         concord_stages: CPU of load, tokenize, scan, check
  xmllint        xmllint --noout --stream over the files
  xmlstarlet     xmlstarlet sel: a count of the articles of each file
  memory         /usr/bin/time -v concord check: maximum resident set for one
                 large file and for a folder of many small files
  real corpus    floor, check and peers over ../shared/corpus (when present)

and prints MB/s (MB = 10^6 bytes of XML input) beside the floor, followed by
every target with PASS or MISS. concord always writes its report to
/dev/null (-o /dev/null: the default text report; one row with --format json)
with --fail-on never. --json FILE
also writes every figure as JSON. Python 3 standard library only.
"""

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

# (corpus size, corpus files, large single file, many-file folder size, its file count)
PRESETS = {
    "quick": ("20M", 40, "40M", "20M", 400),
    "full": ("100M", 200, "200M", "100M", 2000),
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([KMG]?)B?", text.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError("size like 500K, 100M or 1G: " + text)
    return int(float(m.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[m.group(2)])


def xml_files(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                out.extend(os.path.join(d, n) for n in names if n.endswith(".xml"))
        elif os.path.isfile(p):
            out.append(p)
    return sorted(out)


def total_bytes(files):
    return sum(os.path.getsize(f) for f in files)


# ------------------------------------------------------------- inputs ----

def generate_corpus(work, name, size, files, seed=1):
    """Runs gen_corpus.py once per parameter set; returns the folder or file."""
    single = files == 1
    path = os.path.join(work, name + (".xml" if single else ""))
    stamp = path + ".stamp"
    want = "{} {} {}".format(size, files, seed)
    if os.path.exists(stamp) and open(stamp).read() == want and os.path.exists(path):
        return path
    log("generating {} ({} bytes, {} files)".format(path, size, files))
    if os.path.isdir(path):
        shutil.rmtree(path)
    subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--out", path,
                    "--size", str(size), "--files", str(files), "--seed", str(seed)], check=True)
    with open(stamp, "w") as f:
        f.write(want)
    return path


def generate_pack(work, rules_dir, times):
    path = os.path.join(work, "synthetic-pack-x{}".format(times))
    if not os.path.exists(os.path.join(path, "pack.xml")):
        log("generating {}".format(path))
        subprocess.run([sys.executable, os.path.join(HERE, "gen_pack.py"), "--out", path,
                        "--times", str(times), "--rules-dir", rules_dir], check=True)
    return path


def count_terms(rules_dir):
    n = 0
    for d, _, names in os.walk(rules_dir):
        if "/instruments" in d:
            continue
        for name in names:
            if name.endswith(".xml"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    n += len(re.findall(r"<(?:\w+:)?term[\s>]", f.read()))
    return n


# ------------------------------------------------------------- timing ----

def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, capture=False):
    """Runs cmd; returns (wall seconds, CPU seconds, CompletedProcess)."""
    c0 = children_cpu()
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                       stderr=subprocess.PIPE, universal_newlines=True)
    wall = time.perf_counter() - t0
    cpu = children_cpu() - c0
    if p.returncode < 0 or p.returncode >= 3:
        raise RuntimeError("{} failed ({}): {}".format(" ".join(cmd[:3]), p.returncode,
                                                       p.stderr[-2000:]))
    return wall, cpu, p


def max_rss_kb(cmd):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, universal_newlines=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    if not m:
        raise RuntimeError("no maximum resident set from /usr/bin/time: " + p.stderr[-500:])
    return int(m.group(1))


def parse_stages(text):
    stages = {}
    for line in text.splitlines():
        m = re.match(r"(\w+)\s+cpu ([\d.]+) cpu_mbps ([\d.]+)", line)
        if m:
            stages[m.group(1)] = float(m.group(2))
    return stages


# -------------------------------------------------------------- suite ----

class Bench:
    def __init__(self, args):
        self.args = args
        build = os.path.abspath(args.build)
        self.concord = os.path.join(build, "concord")
        self.floor = os.path.join(build, "bench", "concord_floor")
        self.stages = os.path.join(build, "bench", "concord_stages")
        for exe in (self.concord, self.floor, self.stages):
            if not os.access(exe, os.X_OK):
                sys.exit("bench/run.py: {} not found; build the concord, concord_floor and "
                         "concord_stages targets first".format(exe))
        self.rules = os.path.abspath(args.rules)
        self.packs = sorted(os.path.join(self.rules, d) for d in os.listdir(self.rules)
                            if os.path.exists(os.path.join(self.rules, d, "pack.xml")))
        self.rows = []  # (group, name, bytes, seconds, note)
        self.figures = {}
        self.cpu = {}  # CPU seconds of the last timed row of each name
        self.targets = []  # (name, value text, goal text, passed)

    def check_cmd(self, inputs, jobs, extra_packs=(), fmt="text"):
        # Inputs first: --rules takes more than one value.
        cmd = [self.concord, "check"] + list(inputs) + [
            "--format", fmt, "-o", "/dev/null", "--fail-on", "never", "--jobs", str(jobs)]
        for p in list(self.packs) + list(extra_packs):
            cmd += ["--rules", p]
        return cmd

    def time_rounds(self, group, commands, nbytes, repeat=None):
        """Times [(name, cmd)] in interleaved rounds (one warm-up round, then
        `repeat`), so that every command sees the same spread of machine load;
        keeps each one's best wall clock and best CPU. Returns {name: wall}."""
        repeat = repeat or self.args.repeat
        best = {}
        for r in range(repeat + 1):
            for name, cmd in commands:
                log("  {} / {} (round {}/{})".format(group, name, r, repeat))
                wall, cpu, _ = run_once(cmd)
                if r == 0:
                    continue
                w, c = best.get(name, (wall, cpu))
                best[name] = (min(w, wall), min(c, cpu))
        for name, _ in commands:
            wall, cpu = best[name]
            self.rows.append((group, name, nbytes, wall, cpu))
            self.figures["{}/{}".format(group, name)] = {"bytes": nbytes, "seconds": wall,
                                                         "cpu": cpu, "mbps": nbytes / 1e6 / wall}
            self.cpu[name] = cpu
        return {name: best[name][0] for name, _ in commands}

    def target(self, name, wall, cpu, goal, test):
        """A ratio target, judged on wall clock; the CPU-time ratio is shown beside it."""
        self.targets.append((name, "{:.2f}x".format(wall),
                             "{:.2f}x".format(cpu) if cpu is not None else "", goal, test(wall)))

    # -- the generated corpus ------------------------------------------------
    def generated(self, corpus, synth):
        files = xml_files([corpus])
        nbytes = total_bytes(files)
        g = "generated"
        floor_n, j1_n = "floor (pugixml parse + text walk)", "concord check, shipped packs, -j1"
        j2_n, x10_n = "concord check, shipped packs, -j2", "concord check, shipped + 10x terms, -j1"
        star_n = "xmlstarlet sel count(//article)"
        t = self.time_rounds(g, [
            (floor_n, [self.floor, corpus]),
            (j1_n, self.check_cmd([corpus], 1)),
            (j2_n, self.check_cmd([corpus], 2)),
            (x10_n, self.check_cmd([corpus], 1, [synth])),
            ("concord check, shipped packs, -j1, --format json",
             self.check_cmd([corpus], 1, fmt="json")),
            ("xmllint --noout --stream", ["xmllint", "--noout", "--stream"] + files),
            (star_n, ["xmlstarlet", "sel", "-N", "a=" + AKN_NS, "-t", "-v", "count(//a:article)",
                      "-n"] + files),
        ], nbytes)
        t_floor, t_j1, t_j2, t_x10, t_star = (t[floor_n], t[j1_n], t[j2_n], t[x10_n], t[star_n])
        c = self.cpu
        self.target("check -j1 vs floor (MB/s)", t_floor / t_j1, c[floor_n] / c[j1_n],
                    ">= 0.33x", lambda r: r >= 1 / 3)
        self.target("check -j2 / -j1 speed-up", t_j1 / t_j2, None, ">= 1.8x", lambda r: r >= 1.8)
        self.target("check with 10x terms / shipped (time)", t_x10 / t_j1, c[x10_n] / c[j1_n],
                    "<= 1.5x", lambda r: r <= 1.5)
        # A user runs concord with its default --jobs (every core) and xmlstarlet as it is.
        self.target("check -j{} vs xmlstarlet count (speed)".format(os.cpu_count() or 1),
                    t_star / (t_j2 if (os.cpu_count() or 1) > 1 else t_j1),
                    c[star_n] / c[j1_n], ">= 3x", lambda r: r >= 3)
        # Per-stage CPU (one process, best of the repeats for each stage).
        cmd = [self.stages, corpus]
        for p in self.packs:
            cmd += ["--rules", p]
        best = {}
        log("  generated / concord_stages")
        for _ in range(self.args.repeat):
            _, _, p = run_once(cmd, capture=True)
            for k, v in parse_stages(p.stdout).items():
                best[k] = min(best.get(k, v), v)
        self.figures["stages"] = {k: {"cpu": v, "mbps": nbytes / 1e6 / v} for k, v in best.items()}
        if "tokenize" in best and "scan" in best:
            load, tok, scan = best["load"], best["tokenize"], best["scan"]
            self.stage_rows = [(k, best[k]) for k in ("load", "tokenize", "scan", "check")
                               if k in best]
            self.stage_bytes = nbytes
            added = (scan - tok) / tok
            self.targets.append(("matching CPU / (parse + normalize CPU)",
                                 "", "+{:.0f}%".format(added * 100), "<= +50%", added <= 0.5))
            del load

    # -- memory --------------------------------------------------------------
    def memory(self, big, many):
        for name, path in (("one large file", big), ("many-file folder", many)):
            files = xml_files([path])
            largest = max(os.path.getsize(f) for f in files)
            log("  memory / {}".format(name))
            kb = max_rss_kb(self.check_cmd([path], 2))
            limit = 3 * largest + 64 * 2**20
            self.figures["memory/" + name] = {"files": len(files), "bytes": total_bytes(files),
                                              "largest": largest, "max_rss": kb * 1024}
            self.targets.append(("peak RSS, {} ({} files, {:.0f} MB; largest {:.1f} MB)".format(
                name, len(files), total_bytes(files) / 1e6, largest / 1e6),
                "{:.0f} MB".format(kb * 1024 / 1e6), "", "<= {:.0f} MB".format(limit / 1e6),
                kb * 1024 <= limit))

    # -- the real corpus -----------------------------------------------------
    def real(self, root):
        dirs = [os.path.join(root, d) for d in ("akn", "uslm", "other")
                if os.path.isdir(os.path.join(root, d))]
        files = xml_files(dirs)
        if not files:
            return
        nbytes = total_bytes(files)
        g = "real corpus"
        self.time_rounds(g, [
            ("floor (pugixml parse + text walk)", [self.floor] + dirs),
            ("concord check, shipped packs, -j1", self.check_cmd(dirs, 1)),
            ("concord check, shipped packs, -j2", self.check_cmd(dirs, 2)),
            ("xmllint --noout --stream", ["xmllint", "--noout", "--stream"] + files),
            ("xmlstarlet sel count(//*:article)",
             ["xmlstarlet", "sel", "-t", "-v", "count(//*[local-name()='article'])", "-n"] + files),
        ], nbytes, repeat=max(self.args.repeat, 5))
        self.real_files = len(files)

    # -- output --------------------------------------------------------------
    def print_table(self, out):
        floor = {}
        for group, name, nbytes, secs, cpu in self.rows:
            if name.startswith("floor"):
                floor[group] = secs
        w = max(len(r[1]) for r in self.rows) + 2
        group = None
        for g, name, nbytes, secs, cpu in self.rows:
            if g != group:
                group = g
                out.write("\n{} ({:.1f} MB)\n".format(g, nbytes / 1e6))
                out.write("  {:<{w}} {:>9} {:>9} {:>10} {:>9}\n".format(
                    "", "wall s", "MB/s", "vs floor", "CPU s", w=w))
            out.write("  {:<{w}} {:>9.3f} {:>9.1f} {:>9.2f}x {:>9.3f}\n".format(
                name, secs, nbytes / 1e6 / secs, floor.get(g, secs) / secs, cpu, w=w))
        if getattr(self, "stage_rows", None):
            out.write("\nconcord_stages, CPU seconds, one thread (generated corpus)\n")
            tok = dict(self.stage_rows).get("tokenize")
            for k, v in self.stage_rows:
                out.write("  {:<{w}} {:>9.3f} {:>9.1f} {:>9}\n".format(
                    k, v, self.stage_bytes / 1e6 / v,
                    "{:.2f}x tok".format(v / tok) if tok else "", w=w))
        out.write("\ntargets (judged on wall clock; CPU-time ratio beside)\n")
        tw = max(len(t[0]) for t in self.targets) + 2
        out.write("  {:<{w}} {:>9} {:>9} {:>10}\n".format("", "wall", "CPU", "target", w=tw))
        for name, value, cpu, goal, passed in self.targets:
            out.write("  {:<{w}} {:>9} {:>9} {:>10}  {}\n".format(
                name, value, cpu, goal, "PASS" if passed else "MISS", w=tw))


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = "{:.1f} GB".format(kb / 2**20)
    except (OSError, ValueError, IndexError):
        pass
    return "{} cores, {}, {} RAM, {}".format(os.cpu_count(), model, mem, platform.platform())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"),
                    help="build folder with concord and bench/concord_{floor,stages}")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="small inputs (default)")
    mode.add_argument("--full", action="store_true",
                      help="100 MB corpus, 200 MB single file, 2,000-file folder")
    ap.add_argument("--size", type=parse_size, help="corpus size (overrides the preset)")
    ap.add_argument("--files", type=int, help="corpus file count (overrides the preset)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N wall-clock runs")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "concord-bench"),
                    help="where generated inputs are cached")
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules"), help="the shipped packs")
    ap.add_argument("--real", default=os.path.join(ROOT, "..", "shared", "corpus"),
                    help="the real corpus (skipped when absent)")
    ap.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    ap.add_argument("--json", help="also write every figure to this file")
    args = ap.parse_args()

    for tool in ("xmllint", "xmlstarlet"):
        if not shutil.which(tool):
            sys.exit("bench/run.py: {} not found (scripts/install-deps.sh --ci)".format(tool))
    if not args.no_memory and not os.access("/usr/bin/time", os.X_OK):
        sys.exit("bench/run.py: /usr/bin/time not found (apt-get install time)")

    preset = PRESETS["full" if args.full else "quick"]
    size = args.size or parse_size(preset[0])
    nfiles = args.files or preset[1]
    os.makedirs(args.work, exist_ok=True)
    bench = Bench(args)
    corpus = generate_corpus(args.work, "corpus-{}-{}".format(size, nfiles), size, nfiles)
    synth = generate_pack(args.work, bench.rules, 10)
    log("timing (best of {})".format(args.repeat))
    bench.generated(corpus, synth)
    if not args.no_memory:
        big = generate_corpus(args.work, "single-{}".format(preset[2]), parse_size(preset[2]), 1,
                              seed=2)
        many = generate_corpus(args.work, "many-{}-{}".format(preset[3], preset[4]),
                               parse_size(preset[3]), preset[4], seed=3)
        bench.memory(big, many)
    if os.path.isdir(args.real):
        bench.real(os.path.abspath(args.real))

    out = sys.stdout
    load = os.getloadavg()
    out.write("Concord benchmark, {}\n".format(time.strftime("%Y-%m-%d %H:%M %Z")))
    out.write("machine: {}\n".format(machine()))
    out.write("load average at the end: {:.2f} {:.2f} {:.2f}; best of {} wall-clock runs\n".format(
        *load, args.repeat))
    out.write("packs: {} ({} terms); synthetic: {} terms\n".format(
        ", ".join(os.path.basename(p) for p in bench.packs), count_terms(bench.rules),
        count_terms(synth)))
    bench.print_table(out)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
                       "load": load, "figures": bench.figures,
                       "targets": [{"name": t[0], "value": t[1], "cpu": t[2], "goal": t[3],
                                    "pass": t[4]}
                                   for t in bench.targets]}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
