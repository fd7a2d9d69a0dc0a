#include "block.h"

#include <doctest/doctest.h>

namespace concord::import {
namespace {

// "kind line: text" per block, for whole-sequence comparisons.
std::string Describe(const BlockDocument& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    out += std::to_string(b.line) + " ";
    switch (b.kind) {
      case BlockKind::kHeading:
        out += "heading " + b.heading.num + (b.heading.num.empty() ? b.heading.text : "");
        if (!b.heading.caption.empty()) out += " {" + b.heading.caption + "}";
        if (!b.subheading.empty()) out += " {{" + b.subheading + "}}";
        break;
      case BlockKind::kItem:
        out += "item " + b.marker.display + " " + b.text;
        break;
      case BlockKind::kText:
        out += "text " + b.text;
        break;
    }
    out += "\n";
  }
  return out;
}

BlockDocument Read(const std::string& text) {
  BlockDocument doc;
  Status status = ReadBlocks(text, "in.md", &doc);
  REQUIRE(status.ok());
  return doc;
}

TEST_CASE("ReadBlocks takes the title, including its lower-case continuation") {
  BlockDocument doc = Read(
      "### Convention \n\n####against torture and other cruel treatment\n\n"
      "The States Parties,\n### Article  1  \n\nText.\n");
  CHECK(doc.title == "Convention against torture and other cruel treatment");
  CHECK(doc.title_line == 1);
  CHECK(doc.markdown);
  CHECK(Describe(doc) ==
        "5 text The States Parties,\n"
        "6 heading Article 1\n"
        "8 text Text.\n");
}

TEST_CASE("ReadBlocks takes a short plain first line standing alone as the title") {
  CHECK(Read("LAW ON CHILDREN\n\nArticle 1\nText.\n").title == "LAW ON CHILDREN");
  CHECK(Read("The States Parties,\n\nArticle 1\n").title.empty());      // ends with a comma
  CHECK(Read("First line\nsecond line\n\nArticle 1\n").title.empty());  // a paragraph
}

TEST_CASE("ReadBlocks attaches captions on the next line") {
  BlockDocument doc = Read(
      "# Title\n\n"
      "### Article  1  \n\n####Purpose\n\nThe purpose is.\n\n"
      "###PART 1 \n\n####ESTABLISHMENT OF THE COURT\n\n"
      "###I \n\n####General Provisions\n\n"
      "### ANNEX  I  \n\n####Model agreement\n\n####Concerning hospital zones\n\n"
      "### 1  \n\n####Not a caption\n");
  CHECK(Describe(doc) ==
        "3 heading Article 1 {Purpose}\n"
        "7 text The purpose is.\n"
        "9 heading PART 1 {ESTABLISHMENT OF THE COURT}\n"
        "13 heading I {General Provisions}\n"
        "17 heading ANNEX I {Model agreement} {{Concerning hospital zones}}\n"
        "23 heading 1\n"
        "25 heading Not a caption\n");
}

TEST_CASE("ReadBlocks takes a plain caption only when it is short and stands alone") {
  BlockDocument doc = Read(
      "Article 1\nPurpose\n\nThe purpose of this Law.\n\n"
      "Article 2\n\nScope of application\n\n"
      "Article 3\nThis Law applies everywhere.\n\n"
      "Article 4\nShort line\ncontinued on the next line\n");
  CHECK(Describe(doc) ==
        "1 heading Article 1 {Purpose}\n"
        "4 text The purpose of this Law.\n"
        "6 heading Article 2 {Scope of application}\n"
        "10 heading Article 3\n"
        "11 text This Law applies everywhere.\n"
        "13 heading Article 4\n"
        "14 text Short line continued on the next line\n");
}

TEST_CASE("ReadBlocks joins soft-wrapped lines and keeps hard breaks") {
  BlockDocument doc = Read(
      "Article 1\n\n"
      "1. First paragraph that wraps\nonto a second line.\n"
      "2. Second paragraph.\n\n"
      "Hard break here  \nnew paragraph\nsoft continued\n\n"
      "|a|b|\n|c|d|\n");
  CHECK(Describe(doc) ==
        "1 heading Article 1\n"
        "3 item 1. First paragraph that wraps onto a second line.\n"
        "5 item 2. Second paragraph.\n"
        "7 text Hard break here\n"
        "8 text new paragraph soft continued\n"
        "11 text |a|b|\n"
        "12 text |c|d|\n");
}

TEST_CASE("ReadBlocks reads a heading-like line inside a wrapped sentence as text") {
  BlockDocument doc = Read("Article 1\n\nThe rules of\nArticle 5. apply here.\nArticle 2\n");
  CHECK(Describe(doc) ==
        "1 heading Article 1\n"
        "3 text The rules of Article 5. apply here.\n"
        "5 heading Article 2\n");
}

TEST_CASE("ReadBlocks drops preamble labels, images, rules and fences") {
  BlockDocument doc =
      Read("Title line\n\nPreamble\n\n![1000](http://x/1000)\n\n---\n\n```\nText\n```\n");
  CHECK(doc.title == "Title line");
  CHECK(Describe(doc) == "10 text Text\n");
}

TEST_CASE("ReadBlocks handles CRLF, a BOM and headings with closing hashes") {
  BlockDocument doc = Read("\xEF\xBB\xBF# Title #\r\n\r\n## Article 1 ##\r\nText.\r\n");
  CHECK(doc.title == "Title");
  CHECK(Describe(doc) ==
        "3 heading Article 1\n"
        "4 text Text.\n");
}

TEST_CASE("ReadBlocks refuses invalid UTF-8 and empty text") {
  BlockDocument doc;
  Status status = ReadBlocks("Article 1\nbad \xC3\x28 byte\n", "in.txt", &doc);
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.ToString() == "in.txt:2:5: error: invalid UTF-8 at byte offset 14");
  status = ReadBlocks(" \n\t\n  \n", "empty.txt", &doc);
  CHECK(status.ToString() == "empty.txt: error: no text to import");
  status = ReadBlocks("", "empty.txt", &doc);
  CHECK(status.ToString() == "empty.txt: error: no text to import");
}

}  // namespace
}  // namespace concord::import
