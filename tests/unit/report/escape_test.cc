// Escaping for every format, table-driven: each row names its input.

#include "escape.h"

#include <string>

#include <doctest/doctest.h>

namespace concord::detail {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

TEST_CASE("escape: invalid UTF-8 becomes U+FFFD, valid text is kept") {
  const Case cases[] = {
      {"plain", "plain"},
      {"Статья 𝟏 📜", "Статья 𝟏 📜"},
      {"a\xFF"
       "b",
       "a\xEF\xBF\xBD"
       "b"},                                                     // stray byte
      {"\xC3", "\xEF\xBF\xBD"},                                  // truncated sequence
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},                  // overlong '/'
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // encoded surrogate
      {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // > U+10FFFF
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(SanitizeUtf8(c.input) == c.expected);
  }
  CHECK(CodePointCount("Статья 𝟏") == 8);
}

TEST_CASE("escape: XML text and attributes") {
  CHECK(XmlEscape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d \"e\" 'f'");
  CHECK(XmlEscape("a & b < c > d \"e\" 'f'", true) ==
        "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
  CHECK(XmlEscape("line\nnext\ttab\rcr", true) == "line&#10;next&#9;tab&#13;cr");
  CHECK(XmlEscape("line\nnext\ttab\rcr") == "line\nnext\ttab&#13;cr");
  // Characters XML 1.0 forbids are dropped; non-BMP characters are kept.
  CHECK(XmlEscape(std::string("a\0b\x01\x1b"
                              "c\xEF\xBF\xBE\xEF\xBF\xBF"
                              "d",
                              13)) == "abcd");
  CHECK(XmlEscape("𝟏") == "𝟏");
  CHECK(XmlEscape("\xFF") == "\xEF\xBF\xBD");
  CHECK(HtmlEscape("<script>alert('x')</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
}

TEST_CASE("escape: Markdown table cells") {
  const Case cases[] = {
      {"a | b", "a \\| b"},
      {"line\nnext", "line<br>next"},
      {"crlf\r\nnext", "crlf<br>next"},
      {"*bold* _em_ `code` [link](x) <b> ~s~ & \\",
       "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\> \\~s\\~ \\& \\\\"},
      {"tab\there", "tab here"},
      {"bell\x07", "bell"},
      {"Брак 𝟏", "Брак 𝟏"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(MarkdownEscape(c.input) == c.expected);
  }
}

TEST_CASE("escape: CSV fields (RFC 4180)") {
  const Case cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"semi;colon 'quote'", "semi;colon 'quote'"},
      {"bad\xFF", "bad\xEF\xBF\xBD"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(CsvField(c.input) == c.expected);
  }
}

TEST_CASE("escape: terminal-safe text") {
  CHECK(TerminalSafe("a\tb\nc\rd") == "a b c d");
  CHECK(TerminalSafe("\x1b[2J\x7f") == "\xEF\xBF\xBD[2J\xEF\xBF\xBD");
  CHECK(TerminalSafe("\xC2\x9B"
                     "31m") ==
        "\xEF\xBF\xBD"
        "31m");  // C1 CSI
  CHECK(TerminalSafe("Статья 𝟏") == "Статья 𝟏");
}

TEST_CASE("escape: URI paths") {
  CHECK(PercentEncodePath("laws/police & security act.xml") ==
        "laws/police%20%26%20security%20act.xml");
  CHECK(PercentEncodePath("a#b?c%d:e(f)") == "a%23b%3Fc%25d%3Ae%28f%29");
  CHECK(PercentEncodePath("кодекс.xml") == "%D0%BA%D0%BE%D0%B4%D0%B5%D0%BA%D1%81.xml");
  CHECK(PercentEncodePath("a-b_c.d~e/f+g,h;i=j@k!l$m") == "a-b_c.d~e/f+g,h;i=j@k!l$m");
}

}  // namespace
}  // namespace concord::detail
