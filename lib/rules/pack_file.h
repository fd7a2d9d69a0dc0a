// PackFile: one parsed XML file of a rule pack (pack.xml or an included
// fragment), with what it takes to report a place in it.
//
// pugixml reports byte offsets; a PackFile builds a newline index once, so
// every element, attribute or text can be located as line:column cheaply.
// The XML is parsed in place: node names and values point into the file's own
// buffer, which is why a PackFile can be neither copied nor moved.
//
// Thread-safety: a parsed PackFile may be read from several threads.

#ifndef CONCORD_RULES_PACK_FILE_H_
#define CONCORD_RULES_PACK_FILE_H_

#include "concord/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace concord {

/// The namespace of every rule-pack file.
inline constexpr std::string_view kRulesNamespace = "urn:concord:rules:1";

/// One parsed pack file.
class PackFile {
 public:
  PackFile() = default;
  PackFile(const PackFile&) = delete;
  PackFile& operator=(const PackFile&) = delete;

  /// Parses `bytes` (UTF-8) as XML. Malformed XML is Status::ParseError with
  /// pugixml's message at its place: "malformed XML: Start-end tags mismatch".
  /// `path` names the file in locations.
  Status Parse(std::string bytes, std::string path);

  const std::string& path() const { return path_; }
  /// The document element.
  pugi::xml_node root() const { return doc_.document_element(); }

  /// The root element's namespace prefix ("" for a default namespace).
  std::string_view prefix() const { return prefix_; }
  /// True if the root element is bound to kRulesNamespace.
  bool in_rules_namespace() const { return in_namespace_; }
  /// The element's local name if it is in the pack namespace (same prefix as
  /// the root), else "".
  std::string_view LocalName(pugi::xml_node element) const;

  /// The '<' of an element's start tag.
  Location Locate(pugi::xml_node element) const;
  /// An attribute's name; its element's start if the place is unknown.
  Location Locate(pugi::xml_attribute attribute, pugi::xml_node element) const;
  /// The first character other than white space of a text node, or of an
  /// element's first text child (the element's start tag if it has none).
  Location LocateText(pugi::xml_node node) const;
  /// Byte `offset` of the file as line and column (code points), 1-based.
  Location LocateOffset(size_t offset) const;

 private:
  // The byte offset of `p` in bytes_, or -1 if it does not point into it.
  int64_t OffsetOf(const char* p) const;
  void FindNamespace();
  // Fills block_columns_ from bytes_ as parsed.
  void IndexColumns();

  std::string path_;
  std::string bytes_;                  // the parsed buffer; pugixml points into it
  std::vector<uint32_t> line_starts_;  // offset of the first byte of each line
  // For every kColumnBlock-th byte, the code points from its line's start to
  // it, so that locating in a long line never scans more than one block.
  std::vector<uint32_t> block_columns_;
  std::string prefix_;
  bool in_namespace_ = false;
  pugi::xml_document doc_;
};

}  // namespace concord

#endif  // CONCORD_RULES_PACK_FILE_H_
