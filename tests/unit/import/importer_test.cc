// ImportText as a caller sees it: options, metadata, outline mode, the
// lines it cannot place, and what it refuses.

#include "concord/importer.h"

#include "import_test_util.h"

#include <random>
#include <set>
#include <vector>

#include <doctest/doctest.h>

namespace concord::test {
namespace {

constexpr const char* kSmallTreaty =
    "####Convention on Tests\n\n"
    "The States Parties,Considering the need,Have agreed as follows:\n\n"
    "### Article  1  \n\n####Definitions\n\n1. Text one.\n2. Text two:\n\n(a) a;\n\n(b) b.\n\n"
    "### Article  2  \n\nText of article two.\n";

TEST_CASE("FRBR metadata comes from the options") {
  ImportOptions options;
  options.frbr_work = "/akn/un/treaty/1984-12-10/cat";
  options.doc_type = "treaty";
  std::string xml = Import(kSmallTreaty, options);
  const char* lines[] = {
      "<doc name=\"treaty\">",
      "<FRBRthis value=\"/akn/un/treaty/1984-12-10/cat/!main\"/>",
      "<FRBRuri value=\"/akn/un/treaty/1984-12-10/cat\"/>",
      "<FRBRdate date=\"1984-12-10\" name=\"adoption\"/>",
      "<FRBRauthor href=\"#un\"/>",
      "<FRBRcountry value=\"un\"/>",
      "<FRBRthis value=\"/akn/un/treaty/1984-12-10/cat/eng@/!main\"/>",
      "<FRBRuri value=\"/akn/un/treaty/1984-12-10/cat/eng@\"/>",
      "<FRBRlanguage language=\"eng\"/>",
      "<FRBRthis value=\"/akn/un/treaty/1984-12-10/cat/eng@/!main.xml\"/>",
      "<FRBRuri value=\"/akn/un/treaty/1984-12-10/cat/eng@.akn\"/>",
      "<docTitle>Convention on Tests</docTitle>",
      "<mainBody>",
  };
  for (const char* line : lines) {
    CAPTURE(line);
    CHECK(HasLine(xml, line));
  }
  CHECK(xml.find("FRBRsubtype") == std::string::npos);
}

TEST_CASE("defaults: an act, the detected language, the date of the URI, the first heading") {
  std::string xml = Import(kSmallTreaty);
  CHECK(HasLine(xml, "<act name=\"act\">"));
  CHECK(HasLine(xml, "<body>"));
  CHECK(HasLine(xml, "<FRBRuri value=\"/akn/xx/act/1970-01-01/doc\"/>"));
  CHECK(HasLine(xml, "<FRBRdate date=\"1970-01-01\" name=\"enactment\"/>"));
  CHECK(HasLine(xml, "<FRBRlanguage language=\"eng\"/>"));

  ImportOptions options;
  options.frbr_work = "/akn/ru/act/2020-05-01/law/";
  options.title = "Given title";
  xml = Import("Статья 1\nТекст.\n", options);
  CHECK(HasLine(xml, "<FRBRuri value=\"/akn/ru/act/2020-05-01/law\"/>"));
  CHECK(HasLine(xml, "<FRBRdate date=\"2020-05-01\" name=\"enactment\"/>"));
  CHECK(HasLine(xml, "<FRBRcountry value=\"ru\"/>"));
  CHECK(HasLine(xml, "<FRBRlanguage language=\"rus\"/>"));
  CHECK(HasLine(xml, "<docTitle>Given title</docTitle>"));

  options.date = "2021-06-30";
  options.language = "eng";
  xml = Import("Статья 1\nТекст.\n", options);
  CHECK(HasLine(xml, "<FRBRdate date=\"2021-06-30\" name=\"enactment\"/>"));
  CHECK(HasLine(xml, "<FRBRlanguage language=\"eng\"/>"));
}

TEST_CASE("outline mode keeps structure, numbers and headings, and no text") {
  ImportOptions options;
  options.frbr_work = "/akn/un/treaty/2000-01-01/tests";
  options.doc_type = "treaty";
  options.outline = true;
  std::string xml = Import(kSmallTreaty, options);
  CHECK(HasLine(xml, "<FRBRsubtype value=\"outline\"/>"));
  CHECK(HasLine(xml, "<docTitle>Convention on Tests</docTitle>"));
  CHECK(HasLine(xml, "<heading>Definitions</heading>"));
  CHECK(HasLine(xml, "<paragraph eId=\"art_1__para_2\">"));
  CHECK(HasLine(xml, "<point eId=\"art_1__para_2__point_b\">"));
  CHECK(HasLine(xml, "<num>(b)</num>"));
  CHECK(xml.find("<preamble>") == std::string::npos);
  CHECK(xml.find("<content>") == std::string::npos);
  CHECK(xml.find("<intro>") == std::string::npos);
  CHECK(xml.find("Text one") == std::string::npos);
  CHECK(xml.find("Considering") == std::string::npos);
  // One <p>: the one around the title.
  CHECK(xml.find("<p>") == xml.rfind("<p>"));
  CHECK(HasLine(xml, "<p>"));
  CHECK(xml.find("<p/>") == std::string::npos);
}

TEST_CASE("lines that cannot be placed are errors with their line") {
  ImportOptions options;
  options.path = "draft.txt";
  Status status;
  Diagnostics diagnostics;
  std::string xml = Import(
      "Model Law\n\n1. A numbered paragraph in the preamble.\n\nPART I\n\n"
      "(a) a point before any article\n\n2. A paragraph before any article\n\n"
      "Article 1 - Scope\n1. This Law applies.\n",
      options, &status, &diagnostics);
  CHECK(xml.empty());
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.ToString() == "draft.txt: error: 3 lines cannot be placed in the structure");
  CHECK(Messages(diagnostics) ==
        "draft.txt:3: error: cannot place \"1. A numbered paragraph in the preamble.\": "
        "numbered paragraph before the first article\n"
        "draft.txt:7: error: cannot place \"(a) a point before any article\": point outside any "
        "paragraph or article\n"
        "draft.txt:9: error: cannot place \"2. A paragraph before any article\": numbered "
        "paragraph outside any article\n");
}

TEST_CASE("a long unplaceable line is quoted shortened") {
  ImportOptions options;
  options.path = "d.md";
  Status status;
  Diagnostics diagnostics;
  Import("# Title\n\n1. " + std::string(100, 'x') + "\n\n### Article 1\n", options, &status,
         &diagnostics);
  CHECK(status.message() == "1 line cannot be placed in the structure");
  CHECK(Messages(diagnostics) == "d.md:3: error: cannot place \"1. " + std::string(57, 'x') +
                                     "...\": numbered paragraph before the first article\n");
}

TEST_CASE("a point that can be attached is a warning") {
  ImportOptions options;
  options.path = "p.md";
  Status status;
  Diagnostics diagnostics;
  import::ImportTree tree =
      Tree("# Principles\n\n## Scope\n\n1. One.\n\n## Other\n\n(a) a point under a heading.\n",
           options, &status, &diagnostics);
  REQUIRE(status.ok());
  CHECK(Messages(diagnostics) ==
        "p.md:9: warning: point \"(a)\" outside any paragraph; attached to the enclosing "
        "hcontainer\n");
  CHECK(Structure(tree) ==
        "hcontainer crossheading_1 {Scope}\n"
        "  paragraph crossheading_1__para_1 [1.]\n"
        "hcontainer crossheading_2 {Other}\n"
        "  point crossheading_2__point_a [(a)]\n");
}

TEST_CASE("malformed options and input are refused") {
  std::string xml = "stale";
  Diagnostics diagnostics;
  ImportOptions options;
  options.date = "2020-13-01";
  Status status = ImportText("Article 1\n", options, &xml, &diagnostics);
  CHECK(xml.empty());
  CHECK(status.code() == Status::Code::kInvalidArgument);
  CHECK(status.message() == "the date must be YYYY-MM-DD, not '2020-13-01'");

  options = ImportOptions();
  options.language = "English";
  status = ImportText("Article 1\n", options, &xml, &diagnostics);
  CHECK(status.message() == "language must be an ISO 639-2 code such as eng or rus, not 'English'");

  options = ImportOptions();
  options.frbr_work = "un/treaty/cat";
  status = ImportText("Article 1\n", options, &xml, &diagnostics);
  CHECK(status.message() ==
        "the FRBR work URI must look like /akn/<country>/<type>/<date>/<name>, not "
        "'un/treaty/cat'");

  options = ImportOptions();
  options.path = "bad.txt";
  status = ImportText("ok\n\xFF\n", options, &xml, &diagnostics);
  CHECK(status.ToString() == "bad.txt:2:1: error: invalid UTF-8 at byte offset 3");
  status = ImportText("\n\n", options, &xml, &diagnostics);
  CHECK(status.ToString() == "bad.txt: error: no text to import");
  CHECK(diagnostics.empty());
}

TEST_CASE("output is deterministic, escaped and pretty-printed") {
  ImportOptions options;
  options.frbr_work = "/akn/xx/act/2020-01-01/esc";
  std::string text = "# A & B <5>\n\n### Article 1\n\n1. Fish & \"chips\" < 5 > 3.\n";
  std::string first = Import(text, options);
  CHECK(first == Import(text, options));
  CHECK(HasLine(first, "<docTitle>A &amp; B &lt;5&gt;</docTitle>"));
  CHECK(HasLine(first, "<p>Fish &amp; \"chips\" &lt; 5 &gt; 3.</p>"));
  // One element per line, two spaces per level.
  CHECK(first.find("\n      <article eId=\"art_1\">\n        <num>Article 1</num>\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace concord::test

namespace concord::test {
namespace {

TEST_CASE("outline mode leaves appended instruments out, with a note") {
  ImportOptions options;
  options.path = "cov.md";
  options.outline = true;
  Status status;
  Diagnostics diagnostics;
  import::ImportTree tree = Tree(
      "####Covenant\n\n### Article  1  \n\nText.\n\n####Optional Protocol to the Covenant\n\n"
      "### Article  1  \n\nProtocol text.\n\n### ANNEX\n\n### Article  1  \n\nAnnex text.\n",
      options, &status, &diagnostics);
  REQUIRE(status.ok());
  CHECK(Structure(tree) ==
        "article art_1 [Article 1]\n"
        "hcontainer annex_1 [ANNEX]\n"
        "  article annex_1__art_1 [Article 1]\n");
  CHECK(Messages(diagnostics) ==
        "cov.md:7: note: left out of the outline: \"Optional Protocol to the Covenant\" and "
        "what follows it (another instrument appended to the text)\n");
}

}  // namespace
}  // namespace concord::test

namespace concord::test {
namespace {

// Checks the written document's shape: every start tag on its own line is
// closed in order, and every eId is unique. Returns "" or what is wrong.
std::string CheckShape(const std::string& xml) {
  std::vector<std::string> open;
  std::set<std::string> eids;
  for (size_t start = 0; start < xml.size();) {
    size_t end = xml.find('\n', start);
    std::string line = xml.substr(start, end - start);
    start = end + 1;
    line.erase(0, line.find_first_not_of(' '));
    if (line.rfind("<?xml", 0) == 0) continue;
    size_t eid = line.find("eId=\"");
    if (eid != std::string::npos) {
      std::string value = line.substr(eid + 5, line.find('"', eid + 5) - eid - 5);
      if (!eids.insert(value).second) return "duplicate eId " + value;
    }
    if (line.rfind("</", 0) == 0) {
      std::string tag = line.substr(2, line.size() - 3);
      if (open.empty() || open.back() != tag) return "unexpected </" + tag + ">";
      open.pop_back();
    } else if (line.back() == '>' && line.find("</") == std::string::npos &&
               line[line.size() - 2] != '/') {
      open.push_back(line.substr(1, line.find_first_of(" >") - 1));
    }
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

TEST_CASE("random texts import to well-shaped documents or fail with placement errors") {
  const char* pieces[] = {
      "# Title",
      "## Heading",
      "### Article 1",
      "###Article 2 ",
      "### Article  2  ",
      "### PART  I",
      "### CHAPTER 2",
      "### SECTION I",
      "###I",
      "###A. CAPTION",
      "### 7",
      "### ANNEX",
      "####Caption",
      "Article 3 - Caption",
      "Статья 4. Заголовок",
      "Глава 1",
      "1. Paragraph.",
      "2.",
      "(1) Paragraph.",
      "1) пункт;",
      "(a) point;",
      "b) point;",
      "(i) item;",
      "(ii) item;",
      "(h) h;",
      "(v) v;",
      "а) подпункт;",
      "A. Upper.",
      "Plain text.",
      "Text,Glued recital",
      "PreambleThe Parties,",
      "![img](x.png)",
      "[link](y.md) text",
      "| table | row |",
      "",
      "",
      "",
  };
  std::mt19937 random(20261127);
  int ok = 0, failed = 0;
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    int lines = 1 + static_cast<int>(random() % 40);
    for (int i = 0; i < lines; ++i)
      text += std::string(pieces[random() % std::size(pieces)]) + "\n";
    CAPTURE(text);
    ImportOptions options;
    options.outline = random() % 2 == 0;
    options.doc_type = random() % 2 == 0 ? "treaty" : "act";
    Status status;
    Diagnostics diagnostics;
    std::string xml = Import(text, options, &status, &diagnostics);
    if (status.ok()) {
      ++ok;
      CHECK(CheckShape(xml) == "");
      CHECK_FALSE(HasErrors(diagnostics));
    } else {
      ++failed;
      CHECK(status.code() == Status::Code::kParseError);
      CHECK(xml.empty());
      CHECK((HasErrors(diagnostics) || status.message() == "no text to import"));
    }
  }
  CHECK(ok > 50);
  CHECK(failed > 50);
}

}  // namespace
}  // namespace concord::test
