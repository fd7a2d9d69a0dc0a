// Input encodings: every supported encoding loads to the same Document as
// its UTF-8 original. The encoded bytes are made here with ICU.

#include "encoding.h"

#include "load_test_util.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <unicode/ucnv.h>

namespace concord {
namespace {

using test::LoadXml;

// The body after the XML declaration (on line 2, so that line 1's length,
// which depends on the declared name, moves no position).
const char kRussianBody[] =
    "\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n"
    "  <article eId=\"st_1\"><num>Статья 1.</num><heading>Запрет пыток</heading>\n"
    "    <paragraph><num>1.</num><content><p>Никто не должен подвергаться\n"
    "      пыткам &amp; насилию, \"жестокому\" обращению.</p></content></paragraph>\n"
    "  </article>\n"
    "</body></act></akomaNtoso>\n";

const char kLatin1Body[] =
    "\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n"
    "  <article eId=\"art_1\"><num>Article 1er</num><heading>Interdiction générale</heading>\n"
    "    <content><p>Nul ne sera soumis à la torture « ni à des peines » cruelles; Größe,\n"
    "      façon.</p></content>\n"
    "  </article>\n"
    "</body></act></akomaNtoso>\n";

std::string Declaration(const std::string& encoding) {
  return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>";
}

// `utf8` converted to `encoding` with ICU.
std::string Encode(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::vector<char> out(utf8.size() * 4 + 16);
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  REQUIRE_MESSAGE(U_SUCCESS(err), u_errorName(err));
  return std::string(out.data(), static_cast<size_t>(n));
}

void CheckSameProvisions(const Document& expected, const Document& actual) {
  REQUIRE(actual.provisions.size() == expected.provisions.size());
  for (size_t i = 0; i < expected.provisions.size(); ++i) {
    const Provision& e = expected.provisions[i];
    const Provision& a = actual.provisions[i];
    CAPTURE(e.id);
    CHECK(a.kind == e.kind);
    CHECK(a.id == e.id);
    CHECK(a.num == e.num);
    CHECK(a.heading == e.heading);
    CHECK(a.text == e.text);
    CHECK(a.line == e.line);
    CHECK(a.column == e.column);
    REQUIRE(a.text_segments.size() == e.text_segments.size());
    for (size_t k = 0; k < e.text_segments.size(); ++k) {
      CHECK(a.text_segments[k].offset == e.text_segments[k].offset);
      CHECK(a.text_segments[k].line == e.text_segments[k].line);
      CHECK(a.text_segments[k].column == e.text_segments[k].column);
    }
  }
}

Document LoadOk(const std::string& bytes) {
  Document doc;
  Status status = LoadXml(bytes, &doc);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  return doc;
}

TEST_CASE("Single-byte encodings named in the declaration are transcoded") {
  Document russian = LoadOk(Declaration("UTF-8") + kRussianBody);
  REQUIRE(russian.provisions.size() == 2);
  CHECK(russian.provisions[0].heading == "Запрет пыток");
  CHECK(russian.provisions[1].text ==
        "Никто не должен подвергаться\n      пыткам & насилию, \"жестокому\" обращению.");
  CHECK(russian.provisions[1].text_segments.size() == 2);

  for (const char* encoding : {"windows-1251", "KOI8-R", "CP1251", "ibm-866"}) {
    CAPTURE(encoding);
    std::string bytes = Encode(Declaration(encoding) + kRussianBody, encoding);
    CHECK(bytes.find("Статья") == std::string::npos);  // really not UTF-8
    CheckSameProvisions(russian, LoadOk(bytes));
  }

  Document latin = LoadOk(Declaration("UTF-8") + kLatin1Body);
  for (const char* encoding : {"ISO-8859-1", "windows-1252", "latin1"}) {
    CAPTURE(encoding);
    CheckSameProvisions(latin, LoadOk(Encode(Declaration(encoding) + kLatin1Body, encoding)));
  }
}

TEST_CASE("UTF-16 and UTF-32, with or without a byte order mark") {
  Document expected = LoadOk(Declaration("UTF-8") + kRussianBody);
  const std::string source = Declaration("UTF-16") + kRussianBody;
  const std::string le = Encode(source, "UTF-16LE");
  const std::string be = Encode(source, "UTF-16BE");
  CHECK(le.compare(0, 4, std::string("<\0?\0", 4)) == 0);
  CHECK(be.compare(0, 4, std::string("\0<\0?", 4)) == 0);
  CheckSameProvisions(expected, LoadOk("\xFF\xFE" + le));
  CheckSameProvisions(expected, LoadOk("\xFE\xFF" + be));
  CheckSameProvisions(expected, LoadOk(le));
  CheckSameProvisions(expected, LoadOk(be));
  const std::string utf32 = Encode(Declaration("UTF-32") + kRussianBody, "UTF-32LE");
  CheckSameProvisions(expected, LoadOk(std::string("\xFF\xFE\0\0", 4) + utf32));
}

TEST_CASE("UTF-8 with a BOM, and declarations that the bytes contradict") {
  Document expected = LoadOk(Declaration("UTF-8") + kRussianBody);
  CheckSameProvisions(expected, LoadOk("\xEF\xBB\xBF" + Declaration("UTF-8") + kRussianBody));
  // A BOM wins over the declaration; 8-bit bytes win over a UTF-16 label.
  CheckSameProvisions(expected,
                      LoadOk("\xEF\xBB\xBF" + Declaration("windows-1251") + kRussianBody));
  CheckSameProvisions(expected, LoadOk(Declaration("UTF-16") + kRussianBody));
  CheckSameProvisions(expected, LoadOk(Declaration("us-ascii") + kRussianBody));
}

TEST_CASE("The rewritten declaration keeps line 1's columns") {
  // The root on line 1, right after the declaration: its column must be the
  // same as in the source, whatever the declared name's length.
  for (const char* encoding : {"windows-1251", "KOI8-R", "cp866"}) {
    CAPTURE(encoding);
    std::string utf8 = Declaration(encoding) +
                       "<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><act><body>"
                       "<section id=\"s\"><content><p>Текст</p></content></section>"
                       "</body></act></akomaNtoso>";
    Document doc = LoadOk(Encode(utf8, encoding));
    REQUIRE(doc.provisions.size() == 1);
    CHECK(doc.provisions[0].line == 1);
    CHECK(doc.provisions[0].column == utf8.find("<section") + 1);
    CHECK(doc.provisions[0].text_segments[0].column == utf8.find("Текст") + 1);
  }
  std::string bytes = Encode(Declaration("windows-1251") + "<a/>", "windows-1251");
  REQUIRE(xml::ConvertToUtf8(&bytes, "t.xml").ok());
  CHECK(bytes == "<?xml version=\"1.0\" encoding=\"UTF-8\"       ?><a/>");
  bytes = Encode(Declaration("866") + "<a/>", "ibm-866");
  REQUIRE(xml::ConvertToUtf8(&bytes, "t.xml").ok());
  CHECK(bytes == "<?xml version=\"1.0\"" + std::string(15, ' ') + "?><a/>");
}

TEST_CASE("Unknown encodings and bytes the encoding does not define") {
  Document doc;
  Status status = LoadXml(Declaration("x-klingon") + "<a/>", &doc);
  CHECK(status.code() == Status::Code::kUnsupported);
  CHECK(status.ToString() == "t.xml:1:31: error: unknown encoding 'x-klingon'");

  // 0xAE is unassigned in ISO-8859-7.
  status = LoadXml(Declaration("ISO-8859-7") + "\n<a>\n  ab\xAE</a>", &doc);
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.ToString() == "t.xml:3:5: error: invalid ISO-8859-7 at byte 52");

  // A lone high surrogate in UTF-16LE.
  std::string bad = Encode("<a>x</a>", "UTF-16LE");
  bad.insert(8, std::string("\x00\xD8", 2));
  status = LoadXml("\xFF\xFE" + bad, &doc);
  CHECK(status.code() == Status::Code::kParseError);
  CHECK(status.message().rfind("invalid UTF-16LE", 0) == 0);
}

TEST_CASE("DeclaredEncoding reads the encoding pseudo-attribute") {
  size_t at = 0;
  CHECK(xml::DeclaredEncoding("<?xml version='1.0' encoding='KOI8-R'?><a/>", &at) == "KOI8-R");
  CHECK(at == 30);
  CHECK(xml::DeclaredEncoding("<?xml version=\"1.0\" encoding = \"cp1251\" ?>", &at) == "cp1251");
  CHECK(xml::DeclaredEncoding("<?xml version=\"1.0\"?><a encoding=\"x\"/>", &at).empty());
  CHECK(xml::DeclaredEncoding("<a/>", &at).empty());
  CHECK(xml::DeclaredEncoding("<?xml-stylesheet encoding='x'?>", &at).empty());
}

}  // namespace
}  // namespace concord
