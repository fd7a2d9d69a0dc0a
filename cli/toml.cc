#include "toml.h"

#include <set>
#include <utility>

namespace concord::cli {
namespace {

bool IsBare(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// A cursor over the text that knows its line and column (in characters).
class Parser {
 public:
  Parser(std::string_view text, TomlDocument* doc) : text_(text), doc_(doc) {}

  bool Run(TomlError* error) {
    std::set<std::string> tables;
    std::set<std::pair<std::string, std::string>> keys;
    std::string table;
    while (SkipBlankLines()) {
      if (Peek() == '[') {
        if (!Table(&table) || !EndOfLine()) break;
        if (!tables.insert(table).second) {
          Fail(doc_->tables.back().line, doc_->tables.back().column,
               "table [" + table + "] is defined twice");
          break;
        }
        continue;
      }
      TomlEntry entry;
      entry.table = table;
      entry.line = line_;
      entry.column = column_;
      if (!Key(&entry.key)) break;
      SkipSpaces();
      if (Peek() == '.') {
        Fail("dotted keys are not supported: put the key under its [table]");
        break;
      }
      if (!Expect('=', "expected '=' after the key") || !Value(&entry.value) || !EndOfLine()) break;
      if (!keys.emplace(table, entry.key).second) {
        Fail(entry.line, entry.column, "key '" + entry.key + "' is defined twice");
        break;
      }
      doc_->entries.push_back(std::move(entry));
    }
    if (failed_) *error = error_;
    return !failed_;
  }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }

  // Moves past one byte; the column counts characters, not bytes.
  void Advance() {
    const auto c = static_cast<unsigned char>(text_[pos_]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;
    }
    ++pos_;
  }

  bool Fail(uint32_t line, uint32_t column, std::string message) {
    if (!failed_) error_ = TomlError{line, column, std::move(message)};
    failed_ = true;
    return false;
  }
  bool Fail(std::string message) { return Fail(line_, column_, std::move(message)); }

  void SkipSpaces() {
    while (Peek() == ' ' || Peek() == '\t') Advance();
  }
  void SkipComment() {
    if (Peek() != '#') return;
    while (!AtEnd() && Peek() != '\n') Advance();
  }

  // Skips blank and comment lines; false at the end of the text.
  bool SkipBlankLines() {
    for (;;) {
      SkipSpaces();
      SkipComment();
      if (Peek() == '\r') Advance();
      if (AtEnd()) return false;
      if (Peek() != '\n') return true;
      Advance();
    }
  }

  bool EndOfLine() {
    SkipSpaces();
    SkipComment();
    if (Peek() == '\r') Advance();
    if (AtEnd()) return true;
    if (Peek() != '\n') return Fail("expected the end of the line");
    Advance();
    return true;
  }

  bool Expect(char c, const char* message) {
    SkipSpaces();
    if (Peek() != c) return Fail(message);
    Advance();
    return true;
  }

  bool Table(std::string* name) {
    Advance();  // '['
    if (Peek() == '[') return Fail("arrays of tables ([[...]]) are not supported");
    SkipSpaces();
    TomlTable table{"", line_, column_};
    if (!Key(&table.name)) return false;
    SkipSpaces();
    if (Peek() == '.') return Fail("nested tables are not supported");
    if (!Expect(']', "expected ']' after the table name")) return false;
    *name = table.name;
    doc_->tables.push_back(std::move(table));
    return true;
  }

  bool Key(std::string* key) {
    if (Peek() == '"' || Peek() == '\'') {
      TomlValue v;
      if (!String(&v)) return false;
      *key = v.text;
      return true;
    }
    const size_t start = pos_;
    while (IsBare(Peek())) Advance();
    if (pos_ == start) return Fail("expected a key (letters, digits, '-' or '_')");
    *key = std::string(text_.substr(start, pos_ - start));
    return true;
  }

  bool Escape(std::string* out) {
    Advance();  // backslash
    const char c = Peek();
    const std::string_view simple = "btnfr\"\\";
    const std::string_view meaning = "\b\t\n\f\r\"\\";
    if (size_t k = simple.find(c); k != std::string_view::npos && c != '\0') {
      out->push_back(meaning[k]);
      Advance();
      return true;
    }
    if (c != 'u' && c != 'U') return Fail("unknown escape sequence '\\" + std::string(1, c) + "'");
    const int digits = c == 'u' ? 4 : 8;
    Advance();
    uint32_t code = 0;
    for (int i = 0; i < digits; ++i) {
      const char h = Peek();
      const int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
      if (d < 0) return Fail("expected a hexadecimal digit in a \\u escape");
      code = code * 16 + static_cast<uint32_t>(d);
      Advance();
    }
    if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return Fail("\\u escape is not a Unicode scalar value");
    }
    AppendUtf8(code, out);
    return true;
  }

  static void AppendUtf8(uint32_t code, std::string* out) {
    if (code < 0x80) {
      out->push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (code >> 6)));
      out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (code >> 12)));
      out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (code >> 18)));
      out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
  }

  bool String(TomlValue* v) {
    const char quote = Peek();
    v->kind = TomlValue::Kind::kString;
    if (text_.substr(pos_, 3) == std::string(3, quote)) {
      return Fail("multi-line strings are not supported");
    }
    const uint32_t line = line_, column = column_;
    Advance();
    while (Peek() != quote) {
      if (AtEnd() || Peek() == '\n') return Fail(line, column, "unterminated string");
      if (quote == '"' && Peek() == '\\') {
        if (!Escape(&v->text)) return false;
        continue;
      }
      v->text.push_back(Peek());
      Advance();
    }
    Advance();
    return true;
  }

  bool Scalar(TomlValue* v) {
    const size_t start = pos_;
    while (IsBare(Peek()) || Peek() == '+' || Peek() == '.' || Peek() == ':') Advance();
    std::string word(text_.substr(start, pos_ - start));
    if (word == "true" || word == "false") {
      v->kind = TomlValue::Kind::kBool;
      v->text = word;
      return true;
    }
    std::string digits;
    bool is_float = false, ok = !word.empty();
    for (size_t i = 0; i < word.size() && ok; ++i) {
      const char c = word[i];
      if (c == '_' && i > 0 && i + 1 < word.size()) continue;
      if ((c == '+' || c == '-') && (i == 0 || word[i - 1] == 'e' || word[i - 1] == 'E')) {
        digits.push_back(c);
      } else if (c == '.' || c == 'e' || c == 'E') {
        is_float = true;
        digits.push_back(c);
      } else if (c >= '0' && c <= '9') {
        digits.push_back(c);
      } else {
        ok = false;
      }
    }
    if (!ok || digits.find_first_of("0123456789") == std::string::npos) {
      return Fail(v->line, v->column,
                  word.empty() ? "expected a value: a \"string\", a number, true, false or [an, "
                                 "array]"
                               : "'" + word +
                                     "' is not a value: write strings in quotes, "
                                     "e.g. \"" +
                                     word + "\"");
    }
    v->kind = is_float ? TomlValue::Kind::kFloat : TomlValue::Kind::kInteger;
    v->text = digits;
    return true;
  }

  // Skips spaces, newlines and comments inside an array.
  void SkipInArray() {
    for (;;) {
      SkipSpaces();
      SkipComment();
      if (Peek() == '\n' || Peek() == '\r') {
        Advance();
        continue;
      }
      return;
    }
  }

  bool Array(TomlValue* v) {
    const uint32_t line = line_, column = column_;
    v->kind = TomlValue::Kind::kArray;
    Advance();  // '['
    for (;;) {
      SkipInArray();
      if (Peek() == ']') break;
      if (AtEnd()) return Fail(line, column, "unterminated array: expected ']'");
      TomlValue item;
      if (!Value(&item)) return false;
      v->items.push_back(std::move(item));
      SkipInArray();
      if (AtEnd()) return Fail(line, column, "unterminated array: expected ']'");
      if (Peek() == ',') {
        Advance();
        continue;
      }
      if (Peek() != ']') return Fail("expected ',' or ']' in the array");
    }
    Advance();
    return true;
  }

  bool Value(TomlValue* v) {
    SkipSpaces();
    v->line = line_;
    v->column = column_;
    switch (Peek()) {
      case '"':
      case '\'':
        return String(v);
      case '[':
        return Array(v);
      case '{':
        return Fail("inline tables are not supported");
      default:
        return Scalar(v);
    }
  }

  std::string_view text_;
  TomlDocument* doc_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  uint32_t column_ = 1;
  bool failed_ = false;
  TomlError error_;
};

}  // namespace

bool ParseToml(std::string_view text, TomlDocument* document, TomlError* error) {
  *document = TomlDocument{};
  return Parser(text, document).Run(error);
}

const char* TomlKindName(TomlValue::Kind kind) {
  switch (kind) {
    case TomlValue::Kind::kString:
      return "a string";
    case TomlValue::Kind::kInteger:
      return "an integer";
    case TomlValue::Kind::kFloat:
      return "a float";
    case TomlValue::Kind::kBool:
      return "a boolean";
    case TomlValue::Kind::kArray:
      return "an array";
  }
  return "";
}

}  // namespace concord::cli
