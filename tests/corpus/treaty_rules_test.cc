// The rules against the official treaty texts: every treaty of the shared
// corpus is imported at test time (as a user would with `concord import
// --treaty`) into a temporary folder, read back with LoadTreaties (what
// `check --treaties DIR` does), and then
//  - every rule's <source eid> must resolve into its instrument's imported
//    official text, as lint resolves it into the shipped outline;
//  - the norms of a run with those texts must quote each cited article
//    verbatim (Norm::official_text).
// Instruments without a text in the corpus (e.g. CMW) are counted and left
// out. Skips with a message when the shared folder is absent.

#include "test_util.h"

#include "concord/engine.h"
#include "concord/file.h"
#include "concord/importer.h"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

namespace fs = std::filesystem;

// The FRBR country of an instrument's work URI, as the shipped outlines use.
std::string Country(const std::string& id) {
  if (id.rfind("ilo-", 0) == 0) return "ilo";
  static const std::set<std::string> kInternational = {
      "gc1", "gc2", "gc3", "gc4", "ap1", "ap2", "ap3", "rome-statute", "genocide"};
  return kInternational.count(id) ? "int" : "un";
}

TEST_CASE("every rule's source resolves into the imported official text, and reports quote it") {
  std::string shared = test::SharedDir();
  if (shared.empty()) {
    test::SkipWithoutShared("the official-text checks of the rule packs");
    return;
  }
  Diagnostics diagnostics;
  std::vector<RulePack> packs;
  REQUIRE(LoadPacks({test::SourceDir() + "/rules"}, &packs, &diagnostics).ok());

  // Import the text of every instrument the packs cite that the corpus has.
  fs::path dir = fs::temp_directory_path() / ("concord-treaties-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::set<std::string> imported, without_text;
  for (const RulePack& pack : packs) {
    for (const Instrument& instrument : pack.instruments) {
      fs::path source = fs::path(shared) / "treaties" / (instrument.id + ".md");
      if (!fs::exists(source)) {
        without_text.insert(instrument.id);
        continue;
      }
      std::string text, xml;
      REQUIRE(ReadFile(source.string(), &text).ok());
      ImportOptions options;
      options.path = source.string();
      options.frbr_work =
          "/akn/" + Country(instrument.id) + "/treaty/" + instrument.adopted + "/" + instrument.id;
      options.language = "eng";
      options.doc_type = "treaty";
      Diagnostics import_diagnostics;
      REQUIRE_MESSAGE(ImportText(text, options, &xml, &import_diagnostics).ok(), instrument.id);
      REQUIRE(WriteFileAtomically((dir / (instrument.id + ".akn.xml")).string(), xml).ok());
      imported.insert(instrument.id);
    }
  }
  MESSAGE("imported " << imported.size() << " official texts; no text in the corpus for "
                      << without_text.size() << " instruments");
  CHECK(imported.size() >= 28);

  TreatyTexts texts;
  REQUIRE(LoadTreaties(dir.string(), &texts, &diagnostics).ok());
  CHECK(texts.size() == imported.size());
  std::map<std::string, const InstrumentOutline*> by_id;
  for (const auto& [id, outline] : texts) by_id[id] = &outline;

  size_t resolved = 0;
  for (const RulePack& pack : packs) {
    for (const Rule& rule : pack.rules) {
      auto it = by_id.find(rule.instrument);
      if (it == by_id.end()) continue;
      CAPTURE(rule.id);
      CAPTURE(rule.eid);
      CHECK(it->second->HasProvision(rule.eid));
      CHECK(it->second->Find(rule.eid, rule.article) != nullptr);
      ++resolved;
    }
  }
  CHECK(resolved > 150);

  std::unique_ptr<Engine> engine;
  REQUIRE(Engine::Create(std::move(packs), &engine, &diagnostics).ok());
  CheckOptions options;
  options.treaties = &texts;
  size_t quoted = 0;
  for (const Norm& norm : engine->Norms(options)) {
    if (!by_id.count(norm.instrument)) continue;
    CAPTURE(norm.rule_id);
    CHECK(!norm.official_text.empty());
    quoted += !norm.official_text.empty();
  }
  CHECK(quoted == resolved);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace concord
