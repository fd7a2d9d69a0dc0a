#!/usr/bin/env python3
"""The bad-input matrix (DESIGN.md section 10, docs/bad-input.md) end to end.

Every input is generated here, in a fresh temporary folder per case: nothing
large is committed. Each case runs the real concord binary and asserts the
exact exit code, the exact `path:line:col: error: ...` message, that nothing
crashed (no signal, no exit 3, no "internal error", no sanitizer report) and,
in a batch, that the good file beside the bad one is still checked and
reported.

    run_badinput.py --concord BUILD/concord --source SRC [--shared ../shared] [CASE...]

CONCORD_TEST_HUGE=1 also runs the 1 GB file (skipped otherwise, with a
message). Exit 0 when every case passed or was skipped, 1 otherwise.
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
import traceback

# The batch companion: tests/cli/data/batch/a-good.xml checked with
# tests/cli/data/pack-mini gives exactly this finding.
GOOD_FINDING = ("good.xml:20:17: warning MINI-no-amnesty conflict: a provision contradicts "
                "the norm: No amnesty for torture")
SUPPORTED = ("supported: Akoma Ntoso 1.0, 2.0 and 3.0 (with the 3.0 drafts WD17, CSD06, CSD13), "
             "LegalDocML.de, USLM 1.0 and 2.x, DC Council dc-library")
MB = 1024 * 1024


class Failure(Exception):
    pass


class Skip(Exception):
    pass


class Result:
    def __init__(self, args, rc, out, err, seconds, max_rss_kb):
        self.args, self.rc, self.out, self.err = args, rc, out, err
        self.seconds, self.max_rss_kb = seconds, max_rss_kb

    def describe(self):
        def clip(s):
            return s if len(s) < 3000 else s[:3000] + "\n... (%d more characters)" % (len(s) - 3000)
        return ("  command: concord %s\n  exit: %s  time: %.2fs  max RSS: %d MB\n"
                "  stdout:\n%s\n  stderr:\n%s" % (" ".join(self.args), self.rc, self.seconds,
                                                   self.max_rss_kb // 1024, clip(self.out),
                                                   clip(self.err)))


class Context:
    """One case's folder and the binary; `run` asserts no crash on every run."""

    def __init__(self, opts, tmp):
        self.concord = opts.concord
        self.source = opts.source
        self.shared = opts.shared
        self.tmp = tmp

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def write(self, name, data):
        full = self.path(name)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return name

    def read_source(self, rel):
        with open(os.path.join(self.source, rel), "rb") as f:
            return f.read()

    def good(self):
        """good.xml and pack/ (the mini pack) in the case folder."""
        self.write("good.xml", self.read_source("tests/cli/data/batch/a-good.xml"))
        self.write("pack/pack.xml", self.read_source("tests/cli/data/pack-mini/pack.xml"))

    def run(self, *args, timeout=300, stdout_path=None, env=None):
        """Runs concord in the case folder; stdout/stderr go through files
        (no pipe limits); the child's own peak RSS comes from wait4."""
        out_name = stdout_path or self.tmp + ".stdout"
        err_name = self.tmp + ".stderr"
        full_env = dict(os.environ, NO_COLOR="1")
        if env:
            full_env.update(env)
        start = time.monotonic()
        with open(out_name, "wb") as out, open(err_name, "wb") as err:
            proc = subprocess.Popen([self.concord] + list(args), cwd=self.tmp, stdout=out,
                                    stderr=err, env=full_env)
            timer = threading.Timer(timeout, proc.kill)
            timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                timer.cancel()
            proc.returncode = 0  # reaped by wait4
        seconds = time.monotonic() - start
        rc = os.waitstatus_to_exitcode(status)
        text_out = ""
        if stdout_path is None:
            with open(out_name, "rb") as f:
                text_out = f.read().decode("utf-8", "replace")
        with open(err_name, "rb") as f:
            text_err = f.read().decode("utf-8", "replace")
        result = Result(list(args), rc, text_out, text_err, seconds, usage.ru_maxrss)
        if seconds >= timeout:
            raise Failure("timed out after %ds\n%s" % (timeout, result.describe()))
        if rc < 0:
            raise Failure("killed by signal %d\n%s" % (-rc, result.describe()))
        for bad in ("internal error", "AddressSanitizer", "runtime error:", "terminate called"):
            if bad in text_err:
                raise Failure("stderr reports '%s'\n%s" % (bad, result.describe()))
        if rc == 3:
            raise Failure("exit 3 (internal error)\n%s" % result.describe())
        return result


def expect(cond, message, result=None):
    if not cond:
        raise Failure(message + ("\n" + result.describe() if result else ""))


def expect_rc(result, code):
    expect(result.rc == code, "expected exit %d, got %d" % (code, result.rc), result)


def expect_stderr(result, *lines):
    """Each of `lines` is a whole line of stderr."""
    got = result.err.splitlines()
    for line in lines:
        expect(line in got, "expected the stderr line\n    %s" % line, result)


def expect_good_reported(result):
    expect(GOOD_FINDING in result.out.splitlines(),
           "the good file of the batch is not reported", result)
    expect("1 document read" in result.out, "the summary does not count the good file", result)


def line_col(data, offset):
    """1-based line and column (in code points) of byte `offset` of UTF-8 `data`."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", "replace")) + 1
    return line, column


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---------------------------------------------------------------- malformed XML


def good_bytes(ctx):
    return ctx.read_source("tests/cli/data/batch/a-good.xml")


def replace_once(data, old, new):
    assert data.count(old) == 1, old
    return data.replace(old, new)


@case
def malformed_xml(ctx):
    """Malformed at the start, in the middle, at the end, in an attribute:
    each named at its place; the good file of the batch is still reported."""
    ctx.good()
    g = good_bytes(ctx)
    root = b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
    variants = {
        # The root's start tag never closed: '<' of the next tag inside it.
        "start.xml": (replace_once(g, root + b"\n", root[:-1] + b"\n"),
                      "malformed start tag", None),
        # <heading> left open: </article> does not match it.
        "middle.xml": (replace_once(g, b"Amnesty</heading>", b"Amnesty"),
                       "mismatched end tag </article>", None),
        # The last end tag misspelt.
        "end.xml": (replace_once(g, b"</akomaNtoso>", b"</akomaNtosa>"),
                    "mismatched end tag </akomaNtosa>", None),
        # An attribute value without quotes.
        "attribute.xml": (replace_once(g, b'<act name="code">', b"<act name=code>"),
                          "malformed attribute", g.index(b'name="code"') + len(b"name=")),
        # An undeclared '<' inside text.
        "text.xml": (replace_once(g, b"committed before", b"committed < before"),
                     "malformed tag", None),
    }
    for name, (data, message, offset) in variants.items():
        ctx.write(name, data)
        if offset is None:
            # The mismatched or malformed tag's '<'.
            marker = {"start.xml": b"<act", "middle.xml": b"</article>",
                      "end.xml": b"</akomaNtosa>", "text.xml": b"< before"}[name]
            offset = data.index(marker)
        line, col = line_col(data, offset)
        r = ctx.run("check", name, "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        expect_stderr(r, "%s:%d:%d: error: %s" % (name, line, col, message))
        expect_good_reported(r)
        expect("1 not readable" in r.out, "summary does not count the bad file", r)


@case
def truncated(ctx):
    """A real sample cut at several byte offsets: 'unexpected end of file' at
    the end (or the unclosed attribute value's start); never a crash."""
    ctx.good()
    data = ctx.read_source("samples/statutes/children-act.xml")
    decl_end = data.index(b"?>") + 2
    cuts = {
        "in the declaration": data.index(b"version") + 3,
        "in the first comment": data.index(b"<!--") + 10,
        "in the root start tag": data.index(b"<akomaNtoso") + 5,
        "in a tag name": data.index(b"<section") + 4,
        "in a text node": data.index(b"<p>", len(data) // 2) + 10,
        "in an end tag": data.index(b"</section>", len(data) // 2) + 4,
        "before the last end tag": data.rindex(b"</akomaNtoso>"),
        "in the last end tag": data.rindex(b"</akomaNtoso>") + 5,
    }
    for what, cut in cuts.items():
        part = data[:cut]
        ctx.write("cut.xml", part)
        line, col = line_col(part, len(part))
        r = ctx.run("check", "cut.xml", "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        got = [l for l in r.err.splitlines() if l.startswith("cut.xml:")]
        expect(len(got) == 1, "cut %s (byte %d): expected one error" % (what, cut), r)
        expected = "cut.xml:%d:%d: error: unexpected end of file" % (line, col)
        expect(got[0] in (expected, expected + " (unclosed element)"),
               "cut %s (byte %d): expected '%s'" % (what, cut, expected), r)
        expect_good_reported(r)
    # Inside an attribute value: pugixml names the value that never ends.
    cut = data.index(b'eId="', len(data) // 2) + 8
    part = data[:cut]
    ctx.write("cut.xml", part)
    line, col = line_col(part, data.index(b'eId="', len(data) // 2) + 5)
    r = ctx.run("check", "cut.xml", "good.xml", "--rules", "pack")
    expect_rc(r, 2)
    expect_stderr(r, "cut.xml:%d:%d: error: malformed attribute" % (line, col))
    expect_good_reported(r)
    # Only the declaration left: no root element.
    ctx.write("cut.xml", data[:decl_end + 1])
    r = ctx.run("check", "cut.xml", "good.xml", "--rules", "pack")
    expect_rc(r, 2)
    expect_stderr(r, "cut.xml: error: no root element")
    expect_good_reported(r)


@case
def empty_and_blank(ctx):
    """Empty, BOM only, white space only: a clear message, exit 2."""
    ctx.good()
    ctx.write("empty.xml", b"")
    ctx.write("bom.xml", b"\xef\xbb\xbf")
    ctx.write("blank.xml", b"  \n\t\n   \r\n")
    for name, message in (("empty.xml", "empty file"), ("bom.xml", "empty file"),
                          ("blank.xml", "no root element")):
        r = ctx.run("check", name, "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        expect_stderr(r, "%s: error: %s" % (name, message))
        expect_good_reported(r)
        r = ctx.run("inspect", name)
        expect_rc(r, 2)
        expect_stderr(r, "%s: error: %s" % (name, message))


# ---------------------------------------------------------------- encodings


def findings_key(report, with_columns):
    key = []
    for f in report["findings"]:
        ev = [(e.get("provision_id"), e.get("line")) + ((e.get("column"),) if with_columns else ())
              for e in f["evidence"]]
        key.append((f["rule"], f["status"], ev))
    return key


def check_json(ctx, name):
    r = ctx.run("check", name, "--format", "json")
    expect(r.rc in (0, 1), "expected exit 0 or 1 for %s" % name, r)
    expect(r.err == "", "expected no diagnostics for %s" % name, r)
    report = json.loads(r.out)
    expect(report["documents"][0]["loaded"], "%s not loaded" % name, r)
    return report, r


@case
def declared_encodings(ctx):
    """windows-1251, KOI8-R (Russian samples), ISO-8859-1 (English), UTF-16
    LE/BE with and without BOM: the same findings as the UTF-8 original."""
    statutes = os.path.join(ctx.source, "samples", "statutes")
    russian = ["family-code.xml", "criminal-procedure-code.xml"]
    english = ["children-act.xml", "labour-code.xml"]
    for sample in russian + english:
        with open(os.path.join(statutes, sample), "rb") as f:
            original = f.read()
        text = original.decode("utf-8")
        if sample in english:
            # Make the Latin-1 file hold bytes above 127 (in the line-2 comment,
            # so lines and findings stay put).
            text = text.replace("Sample statute", "Sample statute (café, naïve)", 1)
        ctx.write("utf8-" + sample, text.encode("utf-8"))
        base, _ = check_json(ctx, "utf8-" + sample)
        expect(base["findings"], "the sample %s gives no findings" % sample)
        variants = []
        if sample in russian:
            variants += [("windows-1251", "cp1251", b""), ("KOI8-R", "koi8_r", b"")]
        else:
            variants += [("ISO-8859-1", "latin-1", b"")]
        variants += [("UTF-16", "utf-16-le", b"\xff\xfe"), ("UTF-16", "utf-16-be", b"\xfe\xff"),
                     ("UTF-16", "utf-16-le", b""), ("UTF-16", "utf-16-be", b"")]
        for declared, codec, bom in variants:
            expect(text.count('encoding="UTF-8"') == 1, "no UTF-8 declaration in " + sample)
            recoded = text.replace('encoding="UTF-8"', 'encoding="%s"' % declared, 1)
            # Characters the codec lacks (KOI8-R has no em dash) become
            # character references: same text, columns may move.
            lossless = True
            try:
                body = recoded.encode(codec)
            except UnicodeEncodeError:
                body = recoded.encode(codec, "xmlcharrefreplace")
                lossless = False
            name = "%s-%s%s-%s" % (codec, "bom-" if bom else "", declared, sample)
            ctx.write(name, bom + body)
            got, r = check_json(ctx, name)
            what = "%s as %s (%s%s)" % (sample, declared, codec, ", BOM" if bom else "")
            expect(findings_key(got, lossless) == findings_key(base, lossless),
                   "%s: findings differ from the UTF-8 original" % what, r)
            for field in ("language", "provisions", "title"):
                expect(got["documents"][0][field] == base["documents"][0][field],
                       "%s: document %s differs" % (what, field), r)


@case
def invalid_utf8(ctx):
    """Bytes that are not UTF-8 in a UTF-8 file: an error at the first bad
    byte with its line, column and 0-based byte offset; the batch goes on."""
    ctx.good()
    g = good_bytes(ctx)
    variants = {
        "ff.xml": replace_once(g, b"amnesty act", b"amn\xff\xfesty act"),
        "overlong.xml": replace_once(g, b'name="code"', b'name="co\xc0\xafde"'),
        "cut-sequence.xml": replace_once(g, b"<heading>Amnesty", b"<heading>Amn\xd0esty"),
        "surrogate.xml": replace_once(g, b"torture committed", b"tor\xed\xa0\x80ture committed"),
        "latin1-undeclared.xml": replace_once(g, b"its adoption", b"its adopti\xf3n"),
    }
    markers = {"ff.xml": b"\xff", "overlong.xml": b"\xc0", "cut-sequence.xml": b"\xd0",
               "surrogate.xml": b"\xed", "latin1-undeclared.xml": b"\xf3"}
    for name, data in variants.items():
        ctx.write(name, data)
        offset = data.index(markers[name])
        line, col = line_col(data, offset)
        r = ctx.run("check", name, "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        expect_stderr(r, "%s:%d:%d: error: invalid UTF-8 at byte %d" % (name, line, col, offset))
        expect_good_reported(r)
        expect(b"\xef\xbf\xbd".decode() not in r.out, "replacement characters in the report", r)
    # Declared ISO-8859-7 but holding a byte that encoding leaves undefined.
    data = replace_once(g, b'encoding="UTF-8"', b'encoding="ISO-8859-7"')
    data = replace_once(data, b"amnesty act", b"amnesty \xffact")
    ctx.write("greek.xml", data)
    r = ctx.run("check", "greek.xml", "good.xml", "--rules", "pack")
    expect_rc(r, 2)
    line, col = line_col(data, data.index(b"\xff"))
    expect_stderr(r, "greek.xml:%d:%d: error: invalid ISO-8859-7 at byte %d"
                  % (line, col, data.index(b"\xff")))
    expect_good_reported(r)


# ---------------------------------------------------------------- entities


@case
def entities_never_expanded(ctx):
    """An external entity (file:///...), an internal one, a billion-laughs
    chain and an XInclude: nothing is fetched or expanded; the marker never
    reaches stdout, stderr or any report."""
    ctx.good()
    marker = "XXE-MARKER-%d-%d" % (os.getpid(), int(time.time()))
    internal = "INTERNAL-ENTITY-%d" % os.getpid()
    secret = ctx.write("secret.txt", marker + "\n")
    secret_url = "file://" + ctx.path(secret)
    g = good_bytes(ctx).decode("utf-8")
    doctype = ('<!DOCTYPE akomaNtoso [\n'
               '  <!ENTITY ext SYSTEM "%s">\n'
               '  <!ENTITY int "%s torture">\n'
               '  <!ENTITY a "&int;&int;&int;&int;&int;&int;&int;&int;&int;&int;">\n'
               '  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
               '  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n'
               ']>\n' % (secret_url, internal))
    body = g.replace('<?xml version="1.0" encoding="UTF-8"?>\n', "", 1)
    body = body.replace(
        "before its adoption.",
        'before its adoption &ext; &int; &c;.'
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="%s" parse="text"/>'
        % secret_url, 1)
    data = '<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + body
    ctx.write("entities.xml", data)
    reports = {"json": "r.json", "sarif": "r.sarif", "html": "r.html", "markdown": "r.md",
               "csv": "r.csv", "junit": "r.junit.xml"}
    args = ["check", "entities.xml", "good.xml", "--rules", "pack", "--verbose"]
    for fmt, out in reports.items():
        args += ["--report", "%s=%s" % (fmt, out)]
    r = ctx.run(*args)
    expect_rc(r, 0)
    expect("2 documents read" in r.out, "the file with entities is not read", r)
    for where, text in [("stdout", r.out), ("stderr", r.err)] + [
            (out, open(ctx.path(out), encoding="utf-8").read()) for out in reports.values()]:
        expect(marker not in text, "the external entity's text reached %s" % where, r)
        expect(internal not in text, "the internal entity was expanded into %s" % where, r)
    # Built-in entities and character references are decoded as ever.
    expect("&ext;" in r.out, "the unexpanded reference is not shown as written", r)
    r = ctx.run("inspect", "entities.xml", "--format", "json")
    expect_rc(r, 0)
    expect(marker not in r.out and internal not in r.out, "inspect expanded an entity", r)


# ---------------------------------------------------------------- size


def nested(ctx, name, open_tag, close_tag, depth, where):
    """Writes good.xml with `depth` nested `open_tag`s after `where`; returns
    the line and column of a given 0-based one of them."""
    g = good_bytes(ctx)
    head, tail = g.split(where, 1)
    with open(ctx.path(name), "wb") as f:
        f.write(head + where)
        f.write(open_tag * depth)
        f.write(b"deep")
        f.write(close_tag * depth)
        f.write(tail)

    def position(k):
        offset = len(head) + len(where) + len(open_tag) * k
        with open(ctx.path(name), "rb") as f:
            return line_col(f.read(offset + 1), offset)
    return position


@case
def deep_nesting(ctx):
    """1,000,000 nested elements: refused past the documented 10,000 levels
    (1,000 levels of provisions) at the element that goes past it, in
    bounded time and memory; the batch goes on."""
    ctx.good()
    # <p> is the 6th open element of good.xml, <body> the 3rd.
    for name, open_tag, close_tag, where, first_refused, message in (
            ("inline.xml", b"<i>", b"</i>", b"<p>", 10000 - 6,
             "element nesting deeper than 10000 levels"),
            ("elements.xml", b"<x:wrap xmlns:x='urn:other'>", b"</x:wrap>", b"<body>", 10000 - 3,
             "element nesting deeper than 10000 levels"),
            ("provisions.xml", b'<hcontainer name="x">', b"</hcontainer>", b"<body>", 1000,
             "provisions nested deeper than 1000 levels")):
        position = nested(ctx, name, open_tag, close_tag, 1000000, where)
        line, col = position(first_refused)
        r = ctx.run("check", name, "good.xml", "--rules", "pack", timeout=120)
        expect_rc(r, 2)
        expect_stderr(r, "%s:%d:%d: error: %s" % (name, line, col, message))
        expect_good_reported(r)
        size = os.path.getsize(ctx.path(name))
        expect(r.seconds < 30, "%s (%d MB) took %.1fs" % (name, size // MB, r.seconds), r)
        expect(r.max_rss_kb < 400 * 1024,
               "%s (%d MB) peaked at %d MB" % (name, size // MB, r.max_rss_kb // 1024), r)
        os.remove(ctx.path(name))
    # Just under the limits: read, checked, no error.
    for name, open_tag, close_tag, where, depth in (
            ("under-elements.xml", b"<i>", b"</i>", b"<p>", 9990),
            ("under-provisions.xml", b'<hcontainer name="x">', b"</hcontainer>", b"<body>", 999)):
        nested(ctx, name, open_tag, close_tag, depth, where)
        r = ctx.run("check", name, "--rules", "pack", timeout=120)
        expect_rc(r, 0)
        expect(r.err == "", "%s: a document under the limit gave diagnostics" % name, r)
        expect(r.seconds < 30 and r.max_rss_kb < 400 * 1024,
               "%s took %.1fs and %d MB" % (name, r.seconds, r.max_rss_kb // 1024), r)


@case
def text_node_50mb(ctx):
    """A 50 MB text node: checked normally (the finding before it is found),
    in bounded time and memory."""
    ctx.good()
    g = good_bytes(ctx)
    head, tail = g.split(b"before its adoption.", 1)
    with open(ctx.path("big.xml"), "wb") as f:
        f.write(head + b"before its adoption.")
        chunk = b" Nothing in this paragraph concerns the subject." * 1000
        written = 0
        while written < 50 * MB:
            f.write(chunk)
            written += len(chunk)
        f.write(tail)
    r = ctx.run("check", "big.xml", "good.xml", "--rules", "pack", timeout=300)
    expect_rc(r, 0)
    expect(r.err == "", "diagnostics for a large text node", r)
    expect("big.xml:20:17: warning MINI-no-amnesty conflict" in r.out,
           "the finding in the large file is missing", r)
    expect_good_reported_two = "2 documents read" in r.out
    expect(expect_good_reported_two, "the batch summary is wrong", r)
    expect(r.seconds < 120, "a 50 MB text node took %.1fs" % r.seconds, r)
    expect(r.max_rss_kb < 1024 * 1024, "a 50 MB text node peaked at %d MB" % (r.max_rss_kb // 1024),
           r)


@case
def huge_file(ctx):
    """A 1 GB statute (CONCORD_TEST_HUGE=1 only): no crash, bounded memory."""
    if os.environ.get("CONCORD_TEST_HUGE") != "1":
        raise Skip("set CONCORD_TEST_HUGE=1 to run the 1 GB file (needs ~3 GB of disk and RAM)")
    ctx.good()
    g = good_bytes(ctx)
    head, tail = g.split(b"    <body>\n", 1)
    article = (b'      <article eId="art_%d">\n        <num>Article %d</num>\n        <content>\n'
               b"          <p>Every person has the right to a fair hearing by a competent, "
               b"independent and impartial tribunal established by law. " + b"x " * 300 +
               b"</p>\n        </content>\n      </article>\n")
    with open(ctx.path("huge.xml"), "wb") as f:
        f.write(head + b"    <body>\n")
        n = 0
        while f.tell() < 1024 * MB:
            n += 1
            f.write(article.replace(b"%d", str(n).encode()))
        f.write(tail)
    r = ctx.run("check", "huge.xml", "good.xml", "--rules", "pack", timeout=3600)
    expect(r.rc in (0, 1, 2), "unexpected exit", r)
    expect(r.max_rss_kb < 16 * 1024 * 1024, "1 GB input peaked at %d MB" % (r.max_rss_kb // 1024), r)
    expect_good_reported_any = GOOD_FINDING in r.out.splitlines()
    expect(expect_good_reported_any, "the good file is not reported", r)
    print("    1 GB file: exit %d, %.0fs, %d MB peak" % (r.rc, r.seconds, r.max_rss_kb // 1024))


# ---------------------------------------------------------------- not legislation


@case
def not_legislation(ctx):
    """SVG, RSS, XHTML: the error names the root element, its namespace and
    the formats Concord reads."""
    ctx.good()
    files = {
        "drawing.svg.xml": ('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                            'width="10" height="10">\n  <rect width="5" height="5"/>\n</svg>\n',
                            "svg", "namespace 'http://www.w3.org/2000/svg'", 2, 1),
        "feed.rss.xml": ('<?xml version="1.0"?>\n<!-- a feed -->\n  <rss version="2.0">'
                         "<channel><title>Torture</title></channel></rss>\n",
                         "rss", "no namespace", 3, 3),
        "page.xhtml.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
                           '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Law</title>'
                           "</head><body><p>Torture is punishable.</p></body></html>\n",
                           "html", "namespace 'http://www.w3.org/1999/xhtml'", 3, 1),
    }
    for name, (text, root, ns, line, col) in files.items():
        ctx.write(name, text)
        expected = "%s:%d:%d: error: unknown root element '%s' (%s); %s" % (name, line, col, root,
                                                                          ns, SUPPORTED)
        r = ctx.run("check", name, "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        expect_stderr(r, expected)
        expect_good_reported(r)
        r = ctx.run("inspect", name)
        expect_rc(r, 2)
        expect_stderr(r, expected)


# ---------------------------------------------------------------- paths


@case
def missing_and_folders(ctx):
    """A missing file, a folder with no XML, a pattern matching nothing, a
    folder where a file is expected: a clear message, exit 2, no verdicts
    made up from no documents; the batch goes on."""
    ctx.good()
    os.makedirs(ctx.path("empty"))
    ctx.write("notes/readme.txt", "no XML here\n")
    for args, message in ((["missing.xml"], "missing.xml: error: no such file or folder"),
                          (["empty"], "empty: error: no XML files in this folder"),
                          (["notes"], "notes: error: no XML files in this folder"),
                          (["notes/*.xml"], "notes/*.xml: error: no files match this pattern")):
        r = ctx.run("check", *args, "--rules", "pack")
        expect_rc(r, 2)
        expect_stderr(r, message)
        expect("MINI-" not in r.out, "findings reported although no document was read", r)
        r = ctx.run("check", *args, "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        expect_stderr(r, message)
        expect_good_reported(r)
    # Several unreadable files: no framework verdicts over nothing either.
    ctx.write("a.xml", "")
    r = ctx.run("check", "a.xml", "missing.xml", "--rules", "pack")
    expect_rc(r, 2)
    expect("MINI-" not in r.out, "findings reported although no document was read", r)
    for args, message in (
            (["inspect", "empty"], "empty: error: is a directory"),
            (["check", "good.xml", "--rules", "pack", "--profile", "empty"],
             "empty: error: is a directory"),
            (["check", "good.xml", "--rules", "pack", "--baseline", "empty"],
             "empty: error: is a directory"),
            (["check", "good.xml", "--rules", "empty"],
             "empty: error: no rule pack here (a pack is a folder with pack.xml)"),
            (["import", "empty"], "empty: error: is a directory")):
        r = ctx.run(*args)
        expect_rc(r, 2)
        expect_stderr(r, message)


# ---------------------------------------------------------------- rule packs


@case
def rule_pack_errors(ctx):
    """Each kind of pack error through --rules (check) and rules lint: exit 2,
    file:line:col, and no statute checked with a broken pack."""
    ctx.good()
    mini = ctx.read_source("tests/cli/data/pack-mini/pack.xml").decode("utf-8")
    require = '<require scope="article"><concept ref="torture"/></require>'

    def at(text, needle, extra=0):
        offset = text.encode("utf-8").index(needle.encode("utf-8")) + extra
        return line_col(text.encode("utf-8"), offset)

    cases = {}
    t = mini.replace('</concept>\n  <concept id="amnesty">', '</concpt>\n  <concept id="amnesty">', 1)
    cases["malformed"] = (t, ["%d:%d: error: malformed XML: Start-end tags mismatch"
                              % at(t, "</concpt>", 2)])
    t = mini.replace(require, require.replace('"torture"', '"tortre"'))
    cases["unknown-concept"] = (t, ["%d:%d: error: unknown concept 'tortre'; did you mean "
                                    "'torture'?" % at(t, 'ref="tortre"')])
    t = mini.replace('<concept id="amnesty">', "<concept>")
    cases["no-id"] = (t, ["%d:%d: error: missing required attribute 'id' on <concept>"
                          % at(t, "<concept>\n"),
                          "%d:%d: error: unknown concept 'amnesty'" % at(t, 'ref="amnesty"')])
    t = mini.replace(require, '<threshold quantity="age" unit="parsec" op="~" value="ten">'
                     '<anchor><concept ref="torture"/></anchor></threshold>')
    cases["unit-op-value"] = (t, [
        "%d:%d: error: unknown unit 'parsec' (expected year, month, week, day, hour)"
        % at(t, 'unit="parsec"'),
        "%d:%d: error: unknown op '~' (expected >=, >, <=, <, ==, ge, gt, le, lt, eq)"
        % at(t, 'op="~"'),
        "%d:%d: error: value 'ten' is neither a number nor profile:NAME" % at(t, 'value="ten"')])
    t = mini.replace('id="MINI-no-amnesty"', 'id="MINI-offence"')
    first = at(t, 'id="MINI-offence"')
    second = at(t, 'id="MINI-offence" severity="warning"')
    cases["duplicate-id"] = (t, ["%d:%d: error: duplicate rule id 'MINI-offence' (first defined "
                                 "at bad-duplicate-id/pack.xml:%d:%d)"
                                 % (second[0], second[1], first[0], first[1])])
    for kind, (text, messages) in cases.items():
        folder = "bad-" + kind
        ctx.write(folder + "/pack.xml", text)
        expected = [folder + "/pack.xml:" + m for m in messages]
        for args in (["check", "good.xml", "--rules", folder],
                     ["check", "good.xml", "--rules", "pack", "--rules", folder],
                     ["check", "good.xml", "--rules", folder + "/pack.xml"],
                     ["rules", "lint", folder]):
            r = ctx.run(*args)
            expect_rc(r, 2)
            expect(r.err.splitlines() == expected,
                   "%s: expected exactly\n    %s" % (kind, "\n    ".join(expected)), r)
            expect("MINI-" not in r.out, "%s: statutes checked with a broken pack" % kind, r)
    os.makedirs(ctx.path("no-pack"))
    ctx.write("no-pack/rules.xml", mini)
    for args in (["check", "good.xml", "--rules", "no-pack"], ["rules", "lint", "no-pack"]):
        r = ctx.run(*args)
        expect_rc(r, 2)
        expect_stderr(r, "no-pack: error: no rule pack here (a pack is a folder with pack.xml)")
    r = ctx.run("check", "good.xml", "--rules", "no-pack/pack.xml")
    expect_rc(r, 2)
    expect_stderr(r, "no-pack/pack.xml: error: no rule pack here (a pack is a folder with "
                  "pack.xml)")


# ---------------------------------------------------------------- profiles, baselines, config


@case
def profile_errors(ctx):
    """Profiles: malformed XML, an unknown instrument, a bad date, a bad
    status: file:line:col, exit 2, nothing checked."""
    ctx.good()
    head = '<?xml version="1.0"?>\n<profile xmlns="urn:concord:profile:1" state="X">\n'
    cases = {
        "malformed.xml": (head + '  <party instrument="cat" date="1999-06-25">\n</profile>\n',
                          "4:3: error: Start-end tags mismatch"),
        "unknown.xml": (head + '  <party instrument="cat" date="1999-06-25"/>\n'
                        '  <party instrument="catt" date="2001-01-01"/>\n</profile>\n',
                        "4:3: error: unknown instrument 'catt' (no loaded rule pack cites it); "
                        "did you mean 'cat'?"),
        "reservation.xml": (head + '  <party instrument="cat" date="1999-06-25"/>\n'
                            '  <reservation instrument="nosuch" article="4">Text.</reservation>\n'
                            "</profile>\n",
                            "4:3: error: unknown instrument 'nosuch' (no loaded rule pack "
                            "cites it)"),
        "date.xml": (head + '  <party instrument="cat" date="1999-13-45"/>\n</profile>\n',
                     "3:3: error: date must be YYYY-MM-DD, not '1999-13-45'"),
        "date-words.xml": (head + '  <party instrument="cat" date="June 1999"/>\n</profile>\n',
                           "3:3: error: date must be YYYY-MM-DD, not 'June 1999'"),
        "status.xml": (head + '  <party instrument="cat" status="ratified"/>\n</profile>\n',
                       "3:3: error: status must be 'party' or 'signatory', not 'ratified'"),
    }
    for name, (text, message) in cases.items():
        ctx.write(name, text)
        r = ctx.run("check", "good.xml", "--rules", "pack", "--profile", name)
        expect_rc(r, 2)
        expect(r.err.splitlines() == [name + ":" + message],
               "expected exactly: %s:%s" % (name, message), r)
        expect("MINI-" not in r.out, "checked with a broken profile", r)
    # The sample profile still loads with the built-in packs.
    r = ctx.run("check", "good.xml", "--profile",
                os.path.join(ctx.source, "samples", "profiles", "concordia.xml"), "--quiet")
    expect(r.rc in (0, 1) and r.err == "", "the sample profile is refused", r)


@case
def baseline_errors(ctx):
    """Baselines: malformed JSON at its place, another version, not a
    baseline: exit 2, nothing checked."""
    ctx.good()
    cases = {
        "cut.json": ('{"version": 1, "findings": [', "1:29: error: not a baseline: malformed JSON"),
        "broken.json": ('{\n  "version": 1,\n  "findings": [\n    {"fingerprint": "x",}\n  ]\n}\n',
                        "4:25: error: not a baseline: malformed JSON"),
        "version.json": ('{\n  "version": 2,\n  "findings": []\n}\n',
                         "2:3: error: baseline version 2 is not supported (this concord reads "
                         "version 1)"),
        "no-version.json": ('{"findings": []}\n',
                            "1:1: error: baseline version (none) is not supported (this concord "
                            "reads version 1)"),
        "array.json": ("[]\n", '1:1: error: not a baseline: expected {"version": 1, "findings": '
                       "[...]}"),
    }
    for name, (text, message) in cases.items():
        ctx.write(name, text)
        r = ctx.run("check", "good.xml", "--rules", "pack", "--baseline", name)
        expect_rc(r, 2)
        expect(r.err.splitlines() == [name + ":" + message],
               "expected exactly: %s:%s" % (name, message), r)
        expect("MINI-" not in r.out, "checked with a broken baseline", r)
    # A baseline concord wrote itself is read back.
    r = ctx.run("check", "good.xml", "--rules", "pack", "--write-baseline", "good.json")
    expect_rc(r, 0)
    r = ctx.run("check", "good.xml", "--rules", "pack", "--baseline", "good.json")
    expect_rc(r, 0)
    expect(r.err == "", "a written baseline is not read back", r)


@case
def config_errors(ctx):
    """.concord.toml with a syntax error and an unknown key: file:line:col,
    exit 2; `concord init`'s own file works."""
    ctx.good()
    cases = {
        "array": ('[check]\nformat = "json"\nrules = [\n', "3:9: error: unterminated array: "
                  "expected ']'"),
        "string": ('[check]\nformat = "json\n', None),
        "unknown-key": ('[check]\nformat = "json"\nfromat = "text"\n',
                        "3:1: error: unknown key 'fromat' in [check], did you mean 'format'? "
                        "(concord check --help lists them)"),
    }
    for kind, (text, message) in cases.items():
        ctx.write(".concord.toml", text)
        r = ctx.run("check", "good.xml", "--rules", "pack")
        expect_rc(r, 2)
        lines = r.err.splitlines()
        expect(len(lines) == 1 and lines[0].startswith(".concord.toml:"),
               "%s: expected one .concord.toml:line:col error" % kind, r)
        if message:
            expect(lines[0] == ".concord.toml:" + message,
                   "%s: expected .concord.toml:%s" % (kind, message), r)
        else:
            expect(lines[0].startswith(".concord.toml:2:"), "%s: expected line 2" % kind, r)
        expect("MINI-" not in r.out, "%s: checked with a broken config" % kind, r)
    os.remove(ctx.path(".concord.toml"))
    r = ctx.run("init", "good.xml")
    expect_rc(r, 0)
    r = ctx.run("check", "--rules", "pack")
    expect_rc(r, 0)
    expect_good_reported(r)


# ---------------------------------------------------------------- outputs


def listing(ctx, folder="."):
    return sorted(os.listdir(ctx.path(folder)))


@case
def unwritable_output(ctx):
    """Outputs that cannot be written: exit 2, the message names the file,
    no partial or temporary file left; two reports to one file refused;
    /dev/null works; a full disk on stdout is an error."""
    ctx.good()
    before = listing(ctx)
    for target, reason in (("/nonexistent/dir/x.json", "No such file or directory"),
                           ("good.xml/x.json", "Not a directory")):
        r = ctx.run("check", "good.xml", "--rules", "pack", "--format", "json", "-o", target)
        expect_rc(r, 2)
        expect_stderr(r, "%s: error: cannot write output: %s" % (target, reason))
        expect(listing(ctx) == before, "files left behind: %s" % listing(ctx), r)
    # A folder as the output: the temporary file beside it is removed.
    os.makedirs(ctx.path("out"))
    before = listing(ctx)
    r = ctx.run("check", "good.xml", "--rules", "pack", "-o", "out", "--report", "sarif=r.sarif")
    expect_rc(r, 2)
    expect_stderr(r, "out: error: cannot write output: Is a directory")
    expect(listing(ctx) == before + ["r.sarif"] or sorted(before + ["r.sarif"]) == listing(ctx),
           "left behind: %s" % listing(ctx), r)
    expect(listing(ctx, "out") == [], "files written into the folder", r)
    os.remove(ctx.path("r.sarif"))
    # A read-only folder (root writes anyway: skipped then).
    if os.geteuid() != 0:
        os.makedirs(ctx.path("ro"))
        os.chmod(ctx.path("ro"), stat.S_IRUSR | stat.S_IXUSR)
        try:
            r = ctx.run("check", "good.xml", "--rules", "pack", "-o", "ro/x.json")
            expect_rc(r, 2)
            expect_stderr(r, "ro/x.json: error: cannot write output: Permission denied")
            expect(listing(ctx, "ro") == [], "files left in the read-only folder", r)
        finally:
            os.chmod(ctx.path("ro"), stat.S_IRWXU)
    else:
        print("    (read-only folder skipped: running as root, which writes anyway)")
    # Two reports to one file.
    for args in (["--format", "json", "-o", "same", "--report", "sarif=same"],
                 ["--report", "json=r", "--report", "html=r"],
                 ["--format", "json", "--report", "sarif=-"]):
        before = listing(ctx)
        r = ctx.run("check", "good.xml", "--rules", "pack", *args)
        expect_rc(r, 2)
        expect(len(r.err.splitlines()) == 1 and
               r.err.startswith("concord: error: two reports would be written to "),
               "two reports to one file not refused", r)
        expect(listing(ctx) == before, "files written: %s" % listing(ctx), r)
    # /dev/null is written in place and stays a device.
    r = ctx.run("check", "good.xml", "--rules", "pack", "--format", "json", "-o", "/dev/null")
    expect_rc(r, 0)
    expect(r.err == "" and r.out == "", "output besides /dev/null", r)
    expect(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a device", r)
    # A full device: as output file and as standard output.
    if os.path.exists("/dev/full"):
        r = ctx.run("check", "good.xml", "--rules", "pack", "-o", "/dev/full")
        expect_rc(r, 2)
        expect_stderr(r, "/dev/full: error: cannot write output: No space left on device")
        r = ctx.run("check", "good.xml", "--rules", "pack", "--format", "json",
                    stdout_path="/dev/full")
        expect_rc(r, 2)
        expect_stderr(r, "concord: error: cannot write to standard output: No space left on "
                      "device")


# ---------------------------------------------------------------- driver


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concord", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--shared", default="")
    parser.add_argument("--keep", action="store_true", help="keep the case folders")
    parser.add_argument("only", nargs="*", help="case names to run")
    opts = parser.parse_args()
    opts.concord = os.path.abspath(opts.concord)
    opts.source = os.path.abspath(opts.source)
    failures, ran, skipped = [], 0, 0
    for fn in CASES:
        if opts.only and fn.__name__ not in opts.only:
            continue
        tmp = tempfile.mkdtemp(prefix="concord-badinput-%s-" % fn.__name__)
        start = time.monotonic()
        try:
            fn(Context(opts, tmp))
            print("ok   %s (%.1fs)" % (fn.__name__, time.monotonic() - start))
            ran += 1
        except Skip as e:
            print("skip %s: %s" % (fn.__name__, e))
            skipped += 1
        except Failure as e:
            print("FAIL %s: %s" % (fn.__name__, e))
            failures.append(fn.__name__)
        except Exception:  # a bug in the test itself
            print("FAIL %s: the test raised\n%s" % (fn.__name__, traceback.format_exc()))
            failures.append(fn.__name__)
        finally:
            if opts.keep:
                print("     kept %s" % tmp)
            else:
                for root, dirs, _ in os.walk(tmp):
                    for d in dirs:
                        os.chmod(os.path.join(root, d), stat.S_IRWXU)
                shutil.rmtree(tmp, ignore_errors=True)
                for io in (tmp + ".stdout", tmp + ".stderr"):
                    if os.path.exists(io):
                        os.remove(io)
        sys.stdout.flush()
    print("%d passed, %d skipped, %d failed%s" % (ran, skipped, len(failures),
                                                 (": " + ", ".join(failures)) if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
