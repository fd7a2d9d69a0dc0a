// concord_stages: CPU time of each pipeline stage on the same inputs, so
// that the cost matching and evaluation add to parse + normalize is measured
// (the engine's budget: matching adds at most half again to parse + normalize).
//
//   concord_stages [--rules PACK]... [--repeat N] [--top N] PATH...
//
// Runs, one after the other over every input (one thread):
//   load      LoadDocumentFile: read, UTF-8 check, line index, in-place
//             parse, dialect walk -> Document
//   tokenize  load + Tokenize every heading and text (normalization, tokens,
//             sentences) into a reused TokenStream
//   scan      tokenize + one Matcher of every term of every pack, Scan
//   check     Engine::CheckFiles (load, index, scan, every rule), jobs 1,
//             without rendering
// and prints one line per stage: CPU seconds and MB/s (MB = 10^6 bytes).
// --top N also lists the N concepts with the most hits (what the matcher and
// the evaluator spend their time on).

#include "concord/engine.h"
#include "concord/loader.h"
#include "concord/matcher.h"
#include "concord/rule_pack.h"
#include "concord/tokenizer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Totals {
  uint64_t bytes = 0;
  uint64_t tokens = 0;
  uint64_t hits = 0;
  int errors = 0;
  std::vector<uint64_t> per_class;  // hits by term id (scan stage)
};

// Load (and, from kTokenize on, tokenize and scan) every file.
enum class Stage { kLoad, kTokenize, kScan };

void RunStage(Stage stage, const std::vector<std::string>& files, const concord::Matcher* matcher,
              Totals* totals) {
  concord::TokenStream tokens;
  concord::MatchScratch scratch;
  std::vector<concord::Hit> hits;
  concord::LoadOptions options;
  for (const std::string& path : files) {
    concord::Document doc;
    concord::Diagnostics diagnostics;
    if (!concord::LoadDocumentFile(path, options, &doc, &diagnostics).ok()) {
      ++totals->errors;
      continue;
    }
    totals->bytes += doc.source_bytes;
    if (stage == Stage::kLoad) continue;
    tokens.Clear();
    for (const concord::Provision& p : doc.provisions) {
      if (!p.heading.empty()) concord::Tokenize(p.heading, 0, &tokens);
      if (!p.text.empty()) concord::Tokenize(p.text, 1, &tokens);
    }
    totals->tokens += tokens.tokens.size();
    if (stage == Stage::kTokenize) continue;
    hits.clear();
    matcher->Scan(tokens, &scratch, &hits);
    totals->hits += hits.size();
    for (const concord::Hit& h : hits) {
      if (h.term >= totals->per_class.size()) totals->per_class.resize(h.term + 1);
      ++totals->per_class[h.term];
    }
  }
}

void Print(const char* name, double cpu, const Totals& t) {
  std::printf("%-9s cpu %.4f cpu_mbps %.1f bytes %llu tokens %llu hits %llu errors %d\n", name, cpu,
              t.bytes / 1e6 / std::max(cpu, 1e-9), static_cast<unsigned long long>(t.bytes),
              static_cast<unsigned long long>(t.tokens), static_cast<unsigned long long>(t.hits),
              t.errors);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> rules, inputs;
  int repeat = 1;
  size_t top = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rules") == 0 && i + 1 < argc) {
      rules.push_back(argv[++i]);
    } else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--top") == 0 && i + 1 < argc) {
      top = static_cast<size_t>(std::max(0, std::atoi(argv[++i])));
    } else {
      inputs.push_back(argv[i]);
    }
  }
  concord::Diagnostics diagnostics;
  std::vector<std::string> once = concord::ExpandInputs(inputs, &diagnostics);
  std::vector<std::string> files;
  for (int r = 0; r < repeat; ++r) files.insert(files.end(), once.begin(), once.end());
  std::vector<concord::RulePack> packs;
  if (files.empty() || !concord::LoadPacks(rules, &packs, &diagnostics).ok()) {
    for (const concord::Diagnostic& d : diagnostics)
      std::fprintf(stderr, "%s\n", d.ToString().c_str());
    std::fprintf(stderr, "usage: concord_stages [--rules PACK]... [--repeat N] PATH...\n");
    return 2;
  }
  std::vector<concord::Term> terms;
  std::vector<std::string> class_names;
  uint32_t next = 0;
  for (const concord::RulePack& pack : packs) {
    for (const concord::Concept& c : pack.concepts) {
      for (const concord::TermSpec& t : c.terms) terms.push_back({t.text, t.gap, next});
      class_names.push_back(pack.id + ":" + c.id);
      ++next;
    }
    for (const concord::TermSpec& t : pack.inline_terms) {
      terms.push_back({t.text, t.gap, next++});
      class_names.push_back(pack.id + ":\"" + t.text + "\"");
    }
  }
  std::unique_ptr<concord::Matcher> matcher;
  if (!concord::Matcher::Compile(terms, &matcher).ok()) return 3;
  std::unique_ptr<concord::Engine> engine;
  if (!concord::Engine::Create(std::move(packs), &engine, &diagnostics).ok()) return 3;

  const struct {
    const char* name;
    Stage stage;
  } stages[] = {{"load", Stage::kLoad}, {"tokenize", Stage::kTokenize}, {"scan", Stage::kScan}};
  for (const auto& s : stages) {
    Totals totals;
    double cpu0 = CpuSeconds();
    RunStage(s.stage, files, matcher.get(), &totals);
    Print(s.name, CpuSeconds() - cpu0, totals);
    if (s.stage != Stage::kScan || top == 0) continue;
    std::vector<uint32_t> order(totals.per_class.size());
    for (uint32_t c = 0; c < order.size(); ++c) order[c] = c;
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return totals.per_class[a] > totals.per_class[b]; });
    for (size_t k = 0; k < std::min(top, order.size()); ++k) {
      std::printf("  %10llu hits  %s\n",
                  static_cast<unsigned long long>(totals.per_class[order[k]]),
                  class_names[order[k]].c_str());
    }
  }
  Totals totals;
  double cpu0 = CpuSeconds();
  concord::CheckOptions options;
  options.jobs = 1;
  concord::Report report;
  engine->CheckFiles(files, options, &report);
  double cpu = CpuSeconds() - cpu0;
  for (const concord::DocumentSummary& d : report.documents) totals.bytes += d.bytes;
  totals.hits = report.findings.size();
  Print("check", cpu, totals);
  return 0;
}
