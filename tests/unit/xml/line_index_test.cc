#include "line_index.h"

#include <string>

#include <doctest/doctest.h>

namespace concord::xml {
namespace {

void CheckPosition(LineIndex* index, size_t offset, uint32_t line, uint32_t column) {
  CAPTURE(offset);
  LineColumn lc = index->Position(offset);
  CHECK(lc.line == line);
  CHECK(lc.column == column);
}

TEST_CASE("LineIndex maps offsets to 1-based lines and columns") {
  const std::string text = "ab\ncd\n\nxyz";
  LineIndex index(text);
  CHECK(index.line_count() == 4);
  CheckPosition(&index, 0, 1, 1);
  CheckPosition(&index, 1, 1, 2);
  CheckPosition(&index, 2, 1, 3);  // the "\n" itself ends line 1
  CheckPosition(&index, 3, 2, 1);
  CheckPosition(&index, 6, 3, 1);
  CheckPosition(&index, 9, 4, 3);
  CheckPosition(&index, 10, 4, 4);  // the end of the buffer
}

TEST_CASE("LineIndex counts columns in code points") {
  // "Статья" is six two-byte letters; "€" three bytes; "𝔸" four bytes.
  const std::string text = "Статья 5 € 𝔸x\nя";
  LineIndex index(text);
  CheckPosition(&index, 12, 1, 7);  // the space after "Статья"
  CheckPosition(&index, text.find("€"), 1, 10);
  CheckPosition(&index, text.find("𝔸"), 1, 12);
  CheckPosition(&index, text.find("x"), 1, 13);
  CheckPosition(&index, text.find("я", 14), 2, 1);
}

TEST_CASE("LineIndex ends lines at LF, CRLF and a lone CR") {
  const std::string text = "a\r\nb\rc\nd";
  LineIndex index(text);
  CHECK(index.line_count() == 4);
  CheckPosition(&index, 1, 1, 2);  // "\r" of "\r\n" is still on line 1
  CheckPosition(&index, 3, 2, 1);
  CheckPosition(&index, 5, 3, 1);
  CheckPosition(&index, 7, 4, 1);
}

TEST_CASE("LineIndex does not count a UTF-8 BOM as a column") {
  const std::string text = "\xEF\xBB\xBF<a>\n<b/>";
  LineIndex index(text);
  CheckPosition(&index, 3, 1, 1);
  CheckPosition(&index, 4, 1, 2);
  CheckPosition(&index, 0, 1, 1);
  CheckPosition(&index, 7, 2, 1);
}

TEST_CASE("LineIndex answers offsets out of order") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "line " + std::to_string(i) + "\n";
  LineIndex index(text);
  CheckPosition(&index, text.find("line 90"), 91, 1);
  CheckPosition(&index, text.find("line 3\n") + 5, 4, 6);
  CheckPosition(&index, text.find("line 50"), 51, 1);
  CheckPosition(&index, text.find("line 50") + 2, 51, 3);
}

TEST_CASE("LineIndex stays correct on one long line") {
  // 600 KB on one line, asked for in document order (the cursor case).
  std::string text(600 * 1024, 'x');
  text += "\ny";
  LineIndex index(text);
  for (size_t offset = 0; offset < 600 * 1024; offset += 4099)
    CheckPosition(&index, offset, 1, offset + 1);
  CheckPosition(&index, 600 * 1024 + 1, 2, 1);
}

TEST_CASE("LineIndex finds the first invalid UTF-8 sequence") {
  struct Row {
    std::string text;
    size_t problem;
    bool nul;
  };
  const Row rows[] = {
      {"plain ASCII text that is longer than sixteen bytes\n", std::string::npos, false},
      {"Статья — 𝔸", std::string::npos, false},
      {"abc\xFF", 3, false},                    // never valid
      {"abc\xC3", 3, false},                    // truncated sequence
      {"ab\xC0\xAF", 2, false},                 // overlong
      {"ab\xED\xA0\x80", 2, false},             // a surrogate
      {"ab\xF4\x90\x80\x80", 2, false},         // above U+10FFFF
      {"0123456789abcdef0123\x80", 20, false},  // after a fast 16-byte block
      {std::string("0123456789abcdef\0x", 18), 16, true},
      {"Статья 1\xD0", 14, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    LineIndex index(row.text);
    CHECK(index.problem() == row.problem);
    if (row.problem != std::string::npos) CHECK(index.problem_is_nul() == row.nul);
  }
}

TEST_CASE("LineIndex finds newlines inside and after 16-byte blocks") {
  std::string text = "0123456789\nabcdefghijklmnopqrst\nuvwxyz\r\n0123456789012345\n";
  LineIndex index(text);
  CHECK(index.line_count() == 5);
  CheckPosition(&index, text.find("abc"), 2, 1);
  CheckPosition(&index, text.find("uvw"), 3, 1);
  CheckPosition(&index, text.find("0123456789012345"), 4, 1);
  CheckPosition(&index, text.size(), 5, 1);
}

TEST_CASE("LineIndex takes blocks of two-byte sequences and still finds every problem") {
  // Cyrillic text: a lead byte at every block offset, newlines inside blocks.
  std::string text;
  for (int k = 0; k < 40; ++k) text += std::string(k % 3, ' ') + "Статья " + "ё\n";
  LineIndex index(text);
  CHECK(index.problem() == std::string::npos);
  CHECK(index.line_count() == 41);
  size_t line_start = 0;
  for (int k = 0; k < 40; ++k) {
    CAPTURE(k);
    CheckPosition(&index, line_start + static_cast<size_t>(k % 3) + 13, k + 1,
                  static_cast<uint32_t>(k % 3) + 8);
    line_start = text.find('\n', line_start) + 1;
  }
  struct Row {
    std::string text;
    size_t problem;
  };
  const std::string cyr = "Статья пять";  // 21 bytes: blocks of two-byte sequences
  const Row rows[] = {
      {cyr + "\xD0" + "ab" + cyr, 21},                  // a lead without its continuation
      {cyr + "\x80" + cyr, 21},                         // a continuation without a lead
      {"ab" + cyr + "\xC0\xAF" + cyr, 23},              // overlong inside a block
      {"abc" + cyr + "\xD0\xD0\x80" + cyr, 24},         // a lead followed by a lead
      {cyr + "\xE2\x80\x94" + cyr, std::string::npos},  // a three-byte dash
      {"СтатьяСтат\xC0\xAF", 20},  // in the tail after a block of two-byte sequences
      {std::string("Статья\0Статья пять и шесть", 48), 12},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    LineIndex bad(row.text);
    CHECK(bad.problem() == row.problem);
  }
}

}  // namespace
}  // namespace concord::xml
