// Helpers for the importer tests: build the tree of a text and describe it,
// or import it and look for lines in the AKN written (one element per line).

#ifndef CONCORD_TESTS_IMPORT_TEST_UTIL_H_
#define CONCORD_TESTS_IMPORT_TEST_UTIL_H_

#include "import_tree.h"
#include "node.h"

#include "concord/diagnostic.h"
#include "concord/importer.h"

#include <string>
#include <string_view>

namespace concord::test {

/// The tree of `text` as ImportText builds it; the status goes to *status
/// and the diagnostics to *diagnostics when given.
inline import::ImportTree Tree(std::string_view text, ImportOptions options = {},
                               Status* status = nullptr, Diagnostics* diagnostics = nullptr) {
  import::ImportTree tree;
  Diagnostics local;
  Status s = import::BuildImportTree(text, options, &tree, diagnostics ? diagnostics : &local);
  if (status) *status = s;
  return tree;
}

/// The XML ImportText writes for `text` (empty on failure).
inline std::string Import(std::string_view text, ImportOptions options = {},
                          Status* status = nullptr, Diagnostics* diagnostics = nullptr) {
  std::string xml;
  Diagnostics local;
  Status s = ImportText(text, options, &xml, diagnostics ? diagnostics : &local);
  if (status) *status = s;
  return xml;
}

namespace detail {

inline void StructureOf(const import::Node& node, int depth, std::string* out) {
  for (const auto& child : node.children) {
    out->append(static_cast<size_t>(depth) * 2, ' ');
    *out += child->element + " " + child->eid;
    if (!child->num.empty()) *out += " [" + child->num + "]";
    if (!child->heading.empty()) *out += " {" + child->heading + "}";
    *out += '\n';
    StructureOf(*child, depth + 1, out);
  }
}

inline const import::Node* Find(const import::Node& node, const std::string& eid) {
  if (node.eid == eid) return &node;
  for (const auto& child : node.children) {
    if (const import::Node* found = Find(*child, eid)) return found;
  }
  return nullptr;
}

}  // namespace detail

/// The body's structure, one line per element: "<indent>element eId [num]
/// {heading}", two spaces per level.
inline std::string Structure(const import::ImportTree& tree) {
  std::string out;
  detail::StructureOf(tree.body, 0, &out);
  return out;
}

/// The node with `eid`, or nullptr.
inline const import::Node* FindNode(const import::ImportTree& tree, const std::string& eid) {
  return detail::Find(tree.body, eid);
}

/// The own paragraphs (then the wrap-up) of the node with `eid`, joined by
/// " | "; "<missing>" if there is none.
inline std::string OwnText(const import::ImportTree& tree, const std::string& eid) {
  const import::Node* node = FindNode(tree, eid);
  if (!node) return "<missing>";
  std::string out;
  for (const auto* part : {&node->text, &node->wrap_up}) {
    for (const std::string& p : *part) out += (out.empty() ? "" : " | ") + p;
  }
  return out;
}

/// The preamble as "num text" paragraphs joined by " | ".
inline std::string Preamble(const import::ImportTree& tree) {
  std::string out;
  for (const import::PreambleItem& item : tree.preamble) {
    out += (out.empty() ? "" : " | ") + (item.num.empty() ? "" : item.num + " ") + item.text;
  }
  return out;
}

/// True if `xml` holds `line` as one of its lines (indentation ignored).
inline bool HasLine(const std::string& xml, const std::string& line) {
  for (size_t start = 0; start < xml.size();) {
    size_t end = xml.find('\n', start);
    if (end == std::string::npos) end = xml.size();
    std::string_view l(xml.data() + start, end - start);
    l.remove_prefix(std::min(l.find_first_not_of(' '), l.size()));
    if (l == line) return true;
    start = end + 1;
  }
  return false;
}

/// Every diagnostic, one ToString() per line.
inline std::string Messages(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_IMPORT_TEST_UTIL_H_
