// Every treaty text of the shared corpus (../shared/treaties/*.md) through
// `concord import`'s library stage, at test time: each is imported in full
// and as an outline into a temporary folder, loaded back with
// LoadDocumentFile, and its articles are checked against the treaty: the
// exact sequence of article eIds from the first to the last number given in
// the MANIFEST's "complete?" column, the articles of its annexes and appended
// instruments, and the warnings its source defects cause. Imported files are
// removed afterwards; treaty text is never copied into the repository.
// Skips with a message when the shared folder is absent.

#include "test_util.h"

#include "concord/file.h"
#include "concord/importer.h"
#include "concord/loader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

namespace fs = std::filesystem;

// Articles numbered first..last, in Arabic or Roman numerals.
struct Range {
  const char* scope;  // "" for the body, else the annex's eId ("annex_I")
  int first;
  int last;
  bool roman = false;
};

struct Treaty {
  std::vector<Range> articles;  // the body's articles first
  int warnings = 0;             // duplicate numbers in the source
};

// From ../shared/treaties/MANIFEST.md, "complete?" column and per-file notes.
const std::map<std::string, Treaty>& Treaties() {
  static const std::map<std::string, Treaty> treaties = {
      {"iccpr", {{{"", 1, 53}, {"attachment_1", 1, 14}}}},  // + first Optional Protocol
      {"iccpr-op2", {{{"", 1, 11}}}},
      {"icescr", {{{"", 1, 31}}}},
      {"cat", {{{"", 1, 33}}}},
      {"cedaw", {{{"", 1, 30}}}},
      {"crc", {{{"", 1, 54}}}},
      {"crc-opac", {{{"", 1, 13}}}},
      {"crc-opsc", {{{"", 1, 17}}}},
      {"crpd", {{{"", 1, 50}}}},
      {"icerd", {{{"", 1, 25}}}},
      {"cped", {{{"", 1, 45}}}},
      {"ilo-c029", {{{"", 1, 33}}}},
      {"ilo-p029", {{{"", 1, 12}}}},  // Art. 7 has no treaty text, still listed
      {"ilo-c087", {{{"", 1, 21}}}},
      {"ilo-c098", {{{"", 1, 16}}}},
      {"ilo-c100", {{{"", 1, 14}}}},
      {"ilo-c105", {{{"", 1, 10}}}},
      {"ilo-c111", {{{"", 1, 14}}}},
      {"ilo-c138", {{{"", 1, 18}}}},  // + Recommendation No. 146, paragraphs only
      {"ilo-c182", {{{"", 1, 16}}}},
      {"ilo-c189", {{{"", 1, 27}}}},
      {"palermo-tip", {{{"", 1, 20}}}},
      {"uncac", {{{"", 1, 71}}}},
      {"gc1", {{{"", 1, 64}, {"annex_I", 1, 13}}}},
      {"gc2", {{{"", 1, 63}}}},
      // Articles 4 and 110 and Annex I repeat paragraph numbers in the source.
      {"gc3", {{{"", 1, 143}, {"annex_II", 1, 14}, {"annex_III", 1, 9}}, 7}},
      {"gc4", {{{"", 1, 159}, {"annex_I", 1, 13}, {"annex_II", 1, 8}}}},
      // Annex I starts at Art. 2; Art. 61 lists "(ix)" twice.
      {"ap1", {{{"", 1, 102}, {"annex_I", 2, 17}}, 1}},
      {"ap2", {{{"", 1, 28}}}},
      {"ap3", {{{"", 1, 17}, {"annex_1", 1, 2}}}},
      {"rome-statute", {{{"", 1, 128}}}},
      {"ottawa", {{{"", 1, 22}}}},
      {"ccm", {{{"", 1, 23}}}},
      {"cwc", {{{"", 1, 24, true}}}},
      {"refugee-1951", {{{"", 1, 46}}}},
      {"refugee-1967", {{{"", 1, 11, true}}}},
      {"statelessness-1961", {{{"", 1, 21}}}},
      {"untoc", {{{"", 1, 41}}}},
      {"opcat", {{{"", 1, 37}}}},
      {"cedaw-op", {{{"", 1, 21}}}},
      {"op-icescr", {{{"", 1, 22}}}},
      {"crpd-op", {{{"", 1, 18}}}},
  };
  return treaties;
}

std::string Roman(int value) {
  static constexpr int kValues[] = {100, 90, 50, 40, 10, 9, 5, 4, 1};
  static constexpr const char* kDigits[] = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  std::string out;
  for (size_t i = 0; i < std::size(kValues); ++i) {
    for (; value >= kValues[i]; value -= kValues[i]) out += kDigits[i];
  }
  return out;
}

// The article eIds first..last, space-separated.
std::string ExpectedIds(const Range& range) {
  std::string ids;
  std::string prefix = *range.scope ? std::string(range.scope) + "__art_" : "art_";
  for (int n = range.first; n <= range.last; ++n) {
    if (!ids.empty()) ids += ' ';
    ids += prefix + (range.roman ? Roman(n) : std::to_string(n));
  }
  return ids;
}

// The eIds of the articles directly in `scope` (the body, or an annex),
// space-separated.
std::string ArticleIds(const Document& doc, const std::string& scope) {
  std::string ids;
  std::string prefix = scope.empty() ? "art_" : scope + "__art_";
  for (const Provision& p : doc.provisions) {
    if (p.kind == "article" && p.id.rfind(prefix, 0) == 0 &&
        p.id.find("__", prefix.size()) == std::string::npos) {
      if (!ids.empty()) ids += ' ';
      ids += p.id;
    }
  }
  return ids;
}

class TempFolder {
 public:
  TempFolder() {
    std::random_device seed;
    path_ = fs::temp_directory_path() / ("concord-treaty-import-" + std::to_string(seed()));
    fs::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

// Imports `source` into `out_path` and loads it back into *doc.
void ImportAndLoad(const std::string& source, const ImportOptions& options,
                   const std::string& out_path, Document* doc, Diagnostics* diagnostics) {
  std::string text;
  REQUIRE(ReadFile(source, &text).ok());
  std::string xml;
  Status status = ImportText(text, options, &xml, diagnostics);
  for (const Diagnostic& d : *diagnostics) {
    if (d.level == DiagnosticLevel::kError) FAIL_CHECK(d.ToString());
  }
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  REQUIRE(WriteFileAtomically(out_path, xml).ok());
  Diagnostics load_diagnostics;
  status = LoadDocumentFile(out_path, LoadOptions{}, doc, &load_diagnostics);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  CHECK(load_diagnostics.empty());
}

int Count(const Diagnostics& diagnostics, DiagnosticLevel level) {
  int n = 0;
  for (const Diagnostic& d : diagnostics) n += d.level == level;
  return n;
}

TEST_CASE("every treaty text imports, loads, and has its articles numbered as the treaty") {
  std::string shared = test::SharedDir();
  std::string dir = shared.empty() ? "" : shared + "/treaties";
  if (dir.empty() || !fs::is_directory(dir)) {
    test::SkipWithoutShared("the treaty import corpus test");
    return;
  }
  TempFolder temp;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".md" && name != "MANIFEST.md") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  CHECK(names.size() >= Treaties().size());
  size_t checked = 0;
  for (const std::string& name : names) {
    std::string id = name.substr(0, name.size() - 3);
    CAPTURE(id);
    ImportOptions options;
    options.path = name;
    options.doc_type = "treaty";
    options.frbr_work = "/akn/un/treaty/2000-01-01/" + id;
    Document doc;
    Diagnostics diagnostics;
    ImportAndLoad(dir + "/" + name, options, temp.File(id + ".akn.xml"), &doc, &diagnostics);
    CHECK(doc.doc_type == "treaty");
    CHECK(doc.language == "eng");
    CHECK(doc.country == "un");
    CHECK_FALSE(doc.title.empty());
    auto it = Treaties().find(id);
    if (it == Treaties().end()) {  // a treaty added to the folder: at least it has articles
      CHECK_FALSE(ArticleIds(doc, "").empty());
      continue;
    }
    ++checked;
    CHECK(Count(diagnostics, DiagnosticLevel::kWarning) == it->second.warnings);
    for (const Range& range : it->second.articles) {
      std::string scope = range.scope;
      CAPTURE(scope);
      CHECK(ArticleIds(doc, range.scope) == ExpectedIds(range));
    }

    // The outline: the same body articles, and no text anywhere.
    options.outline = true;
    Document outline;
    Diagnostics outline_diagnostics;
    ImportAndLoad(dir + "/" + name, options, temp.File(id + ".outline.akn.xml"), &outline,
                  &outline_diagnostics);
    CHECK(ArticleIds(outline, "") == ExpectedIds(it->second.articles[0]));
    for (const Provision& p : outline.provisions) {
      if (p.kind == "preface") continue;  // the title
      CAPTURE(p.id);
      CHECK(p.text.find_first_not_of(" \n") == std::string::npos);
    }
  }
  CHECK(checked == Treaties().size());
}

// The provisions of `doc` as "kind id [num] {heading}" lines, text left out.
std::string Skeleton(const Document& doc) {
  std::string out;
  for (const Provision& p : doc.provisions) {
    if (p.kind == "preface") continue;
    out += p.kind + " " + p.id + " [" + p.num + "] {" + p.heading + "}\n";
  }
  return out;
}

TEST_CASE("the shipped outlines have the structure concord import --outline gives the texts") {
  std::string shared = test::SharedDir();
  std::string dir = shared.empty() ? "" : shared + "/treaties";
  if (dir.empty() || !fs::is_directory(dir)) {
    test::SkipWithoutShared("the shipped outline test");
    return;
  }
  TempFolder temp;
  size_t compared = 0;
  for (const auto& pack : fs::directory_iterator(test::SourceDir() + "/rules")) {
    if (!fs::is_directory(pack.path() / "instruments")) continue;
    for (const auto& entry : fs::directory_iterator(pack.path() / "instruments")) {
      std::string name = entry.path().filename().string();
      std::string id = name.substr(0, name.find('.'));
      std::string source = dir + "/" + id + ".md";
      if (!fs::exists(source)) continue;  // written by hand (cmw, paris-principles, genocide)
      CAPTURE(name);
      Document shipped;
      Diagnostics ignored;
      REQUIRE(LoadDocumentFile(entry.path().string(), LoadOptions{}, &shipped, &ignored).ok());
      ImportOptions options;
      options.path = id + ".md";
      options.doc_type = "treaty";
      options.outline = true;
      options.language = "eng";
      std::string work = shipped.frbr_work;
      options.frbr_work = work.substr(0, work.rfind("/!main"));
      options.title = shipped.title;
      Document imported;
      Diagnostics diagnostics;
      ImportAndLoad(source, options, temp.File(name), &imported, &diagnostics);
      CHECK(shipped.frbr_work == imported.frbr_work);
      CHECK(Skeleton(shipped) == Skeleton(imported));
      ++compared;
    }
  }
  CHECK(compared >= 31);
}

}  // namespace
}  // namespace concord
