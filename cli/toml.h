// A reader for the part of TOML 1.0 that .concord.toml uses: [tables],
// key = value with bare or quoted keys, basic and literal strings, integers,
// floats, booleans and arrays of those (over several lines, with comments
// and a trailing comma). Anything else (dotted keys, inline tables, dates,
// multi-line strings, arrays of tables) is an error with its line and
// column, as are duplicate keys and tables, so a typo never passes silently.

#ifndef CONCORD_CLI_TOML_H_
#define CONCORD_CLI_TOML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::cli {

/// A value: a scalar (its text: the string's contents, "true", "42") or an array.
struct TomlValue {
  enum class Kind { kString, kInteger, kFloat, kBool, kArray };
  Kind kind = Kind::kString;
  std::string text;              ///< scalars: the value; strings unescaped
  std::vector<TomlValue> items;  ///< kArray: the elements
  uint32_t line = 0;             ///< 1-based place of the value's first character
  uint32_t column = 0;
};

/// A [table] header.
struct TomlTable {
  std::string name;
  uint32_t line = 0;
  uint32_t column = 0;  ///< of the name
};

/// One key = value, with the table it is in ("" before the first header).
struct TomlEntry {
  std::string table;
  std::string key;
  TomlValue value;
  uint32_t line = 0;
  uint32_t column = 0;  ///< of the key
};

/// A parsed file.
struct TomlDocument {
  std::vector<TomlTable> tables;
  std::vector<TomlEntry> entries;  ///< file order
};

/// Where and why parsing failed.
struct TomlError {
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
};

/// Parses `text`. On failure, *error holds the first error's place and message.
bool ParseToml(std::string_view text, TomlDocument* document, TomlError* error);

/// "a string", "an integer", "a float", "a boolean", "an array".
const char* TomlKindName(TomlValue::Kind kind);

}  // namespace concord::cli

#endif  // CONCORD_CLI_TOML_H_
