// A small pretty-printing XML writer: one element per line, two spaces per
// level, attributes in the order given, text escaped.

#ifndef CONCORD_IMPORT_XML_OUT_H_
#define CONCORD_IMPORT_XML_OUT_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace concord::import {

/// Attributes of an element, in the order they are written.
using XmlAttributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

/// Builds an XML document as a string.
class XmlOut {
 public:
  XmlOut();

  /// Writes a start tag on its own line and indents what follows.
  void Open(std::string_view tag, XmlAttributes attributes = {});
  /// Writes the end tag of the element opened last with this tag.
  void Close(std::string_view tag);
  /// Writes <tag attributes>text</tag> on one line.
  void Leaf(std::string_view tag, std::string_view text, XmlAttributes attributes = {});
  /// Writes <tag attributes/> on one line.
  void Empty(std::string_view tag, XmlAttributes attributes);

  /// The document so far.
  const std::string& str() const { return out_; }

 private:
  void StartTag(std::string_view tag, XmlAttributes attributes);

  std::string out_;
  int depth_ = 0;
};

/// Appends `text` with &, <, > (and " in attributes) escaped.
void AppendEscaped(std::string_view text, bool attribute, std::string* out);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_XML_OUT_H_
