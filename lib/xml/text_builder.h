// Building a provision's heading and text from the text nodes of its XML.
//
// Text nodes are copied as they are (the parser runs without entity or
// end-of-line processing, so every byte still sits at its source offset);
// this file decodes the XML built-in entities and character references,
// turns "\r\n" and a lone "\r" into "\n", and records a TextSegment (line and
// column of the first character) at every text node and after every entity,
// so Document::Locate can count characters from a segment start.
//
// Block boundaries become one "\n" (a number followed by its text, one
// space): the separator is kept pending and written only when more text
// follows, and white space at either side of a separator is dropped, so a
// provision's text never starts or ends with white space.
//
// Thread-safety: a TextBuilder is per load.

#ifndef CONCORD_XML_TEXT_BUILDER_H_
#define CONCORD_XML_TEXT_BUILDER_H_

#include "line_index.h"

#include "concord/document.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::xml {

/// Separator state of one field (a provision's text or heading).
struct FieldState {
  char pending = 0;        ///< '\n' or ' ' to write before the next text, or 0
  bool after_num = false;  ///< the last thing written was an inline <num>
};

/// A field being built: the string, its segments and separator state.
struct FieldBuffer {
  std::string* text;
  std::vector<TextSegment>* segments;  ///< nullptr: no segments (num)
  FieldState* state;
};

/// True for the XML white-space characters.
inline bool IsXmlSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/// True if the NUL-terminated `s` holds only XML white space.
bool IsAllSpace(const char* s);

/// Appends text nodes to fields.
class TextBuilder {
 public:
  /// `base` is the start of the parsed buffer: text node pointers minus
  /// `base` are source offsets for `lines`.
  TextBuilder(const char* base, LineIndex* lines) : base_(base), lines_(lines) {}

  /// Appends the NUL-terminated text node `value` to `field`; entities are
  /// decoded unless `decode` is false (CDATA sections).
  void Append(const FieldBuffer& field, const char* value, bool decode = true);

  /// Appends one space unless the field is empty, ends in white space or
  /// has a separator pending (white space the parser dropped between two
  /// inline elements: "<b>a</b> <i>b</i>").
  static void AppendSpace(const FieldBuffer& field) {
    std::string* text = field.text;
    if (!text->empty() && !field.state->pending && !IsXmlSpace(text->back())) {
      text->push_back(' ');
    }
  }

  /// Marks a block boundary: a line break (a space right after a num).
  static void Break(FieldState* state) { state->pending = state->after_num ? ' ' : '\n'; }

  /// Writes a pending separator now, so that text appended next starts at
  /// the returned offset (used where a capture such as <def> begins).
  static size_t Flush(const FieldBuffer& field);

  /// Drops trailing white space and the segments that pointed into it.
  static void TrimEnd(std::string* text, std::vector<TextSegment>* segments);

 private:
  void AddSegment(const FieldBuffer& field, const char* at);

  const char* base_;
  LineIndex* lines_;
};

/// Decodes the XML built-in entities and character references in `raw` (an
/// attribute value as written); anything else is kept as written.
std::string DecodeEntities(std::string_view raw);

/// Collapses runs of white space to one space and trims both ends.
std::string CollapseSpace(std::string_view s);

/// Trims Unicode spaces (U+00A0, U+2000-U+200B, U+202F, U+205F, U+3000) and
/// XML white space from both ends of `s`.
void TrimUnicodeSpace(std::string* s);

}  // namespace concord::xml

#endif  // CONCORD_XML_TEXT_BUILDER_H_
