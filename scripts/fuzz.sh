#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz/ with clang, makes their seed
# corpora in a temporary folder and runs each target for FUZZ_SECONDS.
# Exits 1 if any target finds a crash, leak, sanitizer report or timeout;
# the input that did it is kept in <build>/fuzz-artifacts/. docs/fuzzing.md.
#
#   scripts/fuzz.sh                      every target, 60 s each
#   FUZZ_SECONDS=300 scripts/fuzz.sh quantity_fuzz
#
# Environment: FUZZ_SECONDS (default 60), CONCORD_FUZZ_BUILD_DIR (default
# build-fuzz), FUZZ_CC / FUZZ_CXX (default clang-14 / clang++-14),
# FUZZ_JOBS (build jobs, default 2), FUZZ_CORPUS_DIR (keep the corpora
# there between runs instead of a temporary folder), CONCORD_SHARED_DIR
# (default ../shared: its corpus/ seeds the XML loader when present).
set -eu
cd "$(dirname "$0")/.."
root="$(pwd)"
build="${CONCORD_FUZZ_BUILD_DIR:-build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"
shared="${CONCORD_SHARED_DIR:-$root/../shared}"
all_targets="xml_loader_fuzz rule_pack_fuzz quantity_fuzz import_fuzz"
targets="${*:-$all_targets}"

CC="${FUZZ_CC:-clang-14}" CXX="${FUZZ_CXX:-clang++-14}" \
  cmake -S . -B "$build" -G Ninja -DCONCORD_BUILD_FUZZ=ON \
  -DCONCORD_BUILD_TESTS=OFF -DCONCORD_BUILD_BENCH=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j "${FUZZ_JOBS:-2}" --target $targets

work="$(mktemp -d "${TMPDIR:-/tmp}/concord-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT INT TERM
seeds="$work/seeds"
corpora="${FUZZ_CORPUS_DIR:-$work/corpora}"
artifacts="$root/$build/fuzz-artifacts"
logs="$root/$build/fuzz-logs"
mkdir -p "$seeds" "$corpora" "$artifacts" "$logs"

# Seeds are made here, never committed from ../shared.
python3 - "$root" "$shared" "$seeds" <<'PY'
import glob, os, re, sys
root, shared, out = sys.argv[1:4]

def put(target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)

def read(path):
    with open(path, "rb") as f:
        return f.read()

def files(*patterns):
    found = []
    for pattern in patterns:
        found += glob.glob(os.path.join(root, pattern), recursive=True)
    return sorted(set(found))

xml = files("samples/statutes/*.xml", "samples/drafts/*.xml", "rules/**/*.akn.xml",
            "tests/cli/data/**/*.xml", "tests/fuzz/seeds/xml/*.xml")
xml = [p for p in xml if "/pack-" not in p]
corpus = sorted(glob.glob(os.path.join(shared, "corpus", "**", "*.xml"), recursive=True))
for path in xml + corpus:
    put("xml_loader_fuzz", os.path.relpath(path, os.path.dirname(path) + "/../.."), read(path))

packs = files("rules/*/pack.xml", "tests/cli/data/pack-*/pack.xml",
              "tests/fuzz/seeds/rule_pack/*.xml")
for path in packs:
    put("rule_pack_fuzz", os.path.relpath(path, root), read(path))
# Fragments become packs of their own (their concept refs stay unresolved).
for path in files("rules/*/concepts/*.xml", "rules/*/rules/*.xml"):
    data = read(path)
    data = re.sub(rb"<fragment\b", b'<pack id="fragment" version="1" title="fragment"', data, 1)
    data = data.replace(b"</fragment>", b"</pack>")
    put("rule_pack_fuzz", os.path.relpath(path, root), data)

# Plain text of the shipped samples: one seed per block of lines for the
# quantity target, the whole text (cut at a line) for import.
def plain_text(data):
    text = re.sub(rb"<(/?)(article|section|paragraph|point|num|heading|p|docTitle|preface|"
                  rb"preamble|chapter|part|content|intro|list|item)\b[^>]*>", b"\n", data)
    text = re.sub(rb"<[^>]*>", b"", text)
    lines = [line.strip() for line in text.split(b"\n")]
    return b"\n".join(line for line in lines if line)

phrases = files("tests/fuzz/seeds/quantity/*")
for path in phrases:
    put("quantity_fuzz", os.path.basename(path), read(path))
imports = files("tests/fuzz/seeds/import/*")
for path in files("samples/statutes/*.xml", "samples/drafts/*.xml"):
    text = plain_text(read(path))
    lines = text.split(b"\n")
    for i in range(0, min(len(lines), 400), 8):
        chunk = b"\n".join(lines[i:i + 8])[:1500]
        put("quantity_fuzz", "%s-%d" % (os.path.basename(path), i), chunk)
    cut = text[:7000]
    cut = cut[:cut.rfind(b"\n") + 1] if b"\n" in cut else cut
    put("import_fuzz", os.path.basename(path) + ".txt", b"\x00" + cut)
# import_fuzz: the first byte picks the options (tests/fuzz/import_fuzz.cc).
for path in imports:
    for choice in (0, 2, 5):
        put("import_fuzz", "%d-%s" % (choice, os.path.basename(path)),
            bytes([choice]) + read(path))
PY

max_len() {
  case "$1" in
    xml_loader_fuzz) echo 65536 ;;
    rule_pack_fuzz) echo 32768 ;;
    quantity_fuzz) echo 2048 ;;
    import_fuzz) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

failed=""
for target in $targets; do
  mkdir -p "$corpora/$target" "$seeds/$target"
  echo "== $target: ${seconds} s, -max_len=$(max_len "$target")"
  log="$logs/$target.log"
  # TMPDIR: rule_pack_fuzz writes its pack.xml there; removed with $work.
  if TMPDIR="$work" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
    UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
    "$build/tests/fuzz/$target" "$corpora/$target" "$seeds/$target" \
    -max_len="$(max_len "$target")" -rss_limit_mb=2048 -timeout=10 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" >"$log" 2>&1; then
    grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' \
      "$log" || true
  else
    echo "!! $target failed; log: $log, input: $artifacts/" >&2
    pattern='==ERROR|runtime error|ALARM|deadly signal|invariant broken|does not load|wrote output'
    if grep -q -E "$pattern" "$log"; then
      grep -E -A40 "$pattern" "$log" | head -60 >&2
    else
      tail -40 "$log" >&2
    fi
    failed="$failed $target"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzzing found problems in:$failed" >&2
  exit 1
fi
echo "fuzzing: no problems found"
