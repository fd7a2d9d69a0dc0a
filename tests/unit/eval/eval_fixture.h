// Builds rule packs and documents for the engine tests: packs from literal
// XML written to a temporary folder, documents from a list of provisions.

#ifndef CONCORD_TESTS_EVAL_FIXTURE_H_
#define CONCORD_TESTS_EVAL_FIXTURE_H_

#include "concord/engine.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

#include <doctest/doctest.h>

namespace concord::test {

/// A provision for MakeDocument: depth 0 at top level.
struct P {
  std::string kind;
  std::string num;
  std::string heading;
  std::string text;
  uint16_t depth = 0;
};

/// A document of `provisions` (ids generated from kind and position).
inline Document MakeDocument(const std::string& path, std::vector<P> provisions,
                             std::vector<std::string> subjects = {}) {
  Document doc;
  doc.path = path;
  doc.format = "test";
  doc.doc_type = "act";
  doc.frbr_work = "/akn/xx/act/2020/" + path;
  doc.subjects = std::move(subjects);
  std::vector<int32_t> open;  // stack of ancestors
  for (size_t i = 0; i < provisions.size(); ++i) {
    const P& spec = provisions[i];
    while (open.size() > spec.depth) {
      doc.provisions[static_cast<size_t>(open.back())].end = static_cast<int32_t>(i);
      open.pop_back();
    }
    Provision p;
    p.kind = spec.kind;
    p.id = spec.kind + "_" + std::to_string(i + 1);
    p.num = spec.num;
    p.heading = spec.heading;
    p.text = spec.text;
    p.depth = spec.depth;
    p.parent = open.empty() ? -1 : open.back();
    p.line = static_cast<uint32_t>(10 * (i + 1));
    p.column = 3;
    p.heading_segments.push_back(TextSegment{0, p.line, 20});
    p.text_segments.push_back(TextSegment{0, p.line + 1, 5});
    doc.provisions.push_back(std::move(p));
    open.push_back(static_cast<int32_t>(i));
  }
  for (int32_t o : open)
    doc.provisions[static_cast<size_t>(o)].end = static_cast<int32_t>(provisions.size());
  return doc;
}

/// An article with one text, as most tests need.
inline Document Article(const std::string& path, const std::string& text,
                        const std::string& heading = "") {
  return MakeDocument(path, {{"article", "Article 1", heading, text}});
}

/// Wraps rule and concept XML in a pack and loads it into an engine.
class Fixture {
 public:
  explicit Fixture(const std::string& body) {
    dir_ = std::filesystem::temp_directory_path() /
           ("concord-eval-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "pack.xml")
        << "<pack xmlns=\"urn:concord:rules:1\" id=\"test\" version=\"1\" title=\"Test\">\n"
        << "<instrument id=\"cat\" title=\"Convention against Torture\" adopted=\"1984-12-10\"/>\n"
        << "<instrument id=\"crc\" title=\"Convention on the Rights of the Child\" "
           "adopted=\"1989-11-20\"/>\n"
        << body << "\n</pack>\n";
    RulePack pack;
    Diagnostics diagnostics;
    Status status = LoadRulePack((dir_ / "pack.xml").string(), &pack, &diagnostics);
    for (const Diagnostic& d : diagnostics) MESSAGE(d.ToString());
    REQUIRE(status.ok());
    std::vector<RulePack> packs;
    packs.push_back(std::move(pack));
    REQUIRE(Engine::Create(std::move(packs), &engine_, &diagnostics).ok());
  }
  ~Fixture() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  const Engine& engine() const { return *engine_; }

  /// Checks `docs` and returns the report.
  Report Check(const std::vector<Document>& docs, CheckOptions options = {}) const {
    Report report;
    engine_->CheckDocuments(docs, options, &report);
    return report;
  }

  /// The only finding of a one-rule pack over `docs` (framework mode).
  Finding One(const std::vector<Document>& docs, CheckOptions options = {}) const {
    Report report = Check(docs, options);
    REQUIRE(report.findings.size() == 1);
    return report.findings[0];
  }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
  std::unique_ptr<Engine> engine_;
};

/// A rule wrapped with the parts every rule needs.
inline std::string Rule(const std::string& id, const std::string& check,
                        const std::string& extra = "", const std::string& level = "T",
                        const std::string& severity = "error",
                        const std::string& instrument = "cat") {
  return "<rule id=\"" + id + "\" severity=\"" + severity + "\" level=\"" + level + "\"><title>" +
         id + " title</title><source instrument=\"" + instrument +
         "\" article=\"1\" eid=\"art_1\"/>" + extra + check +
         "<recommendation>Do it.</recommendation></rule>";
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_EVAL_FIXTURE_H_
