// Helpers for the importer tests: import a text, then look at the result
// through pugixml, as a reader of the AKN file would.

#ifndef CONCORD_TESTS_IMPORT_TEST_UTIL_H_
#define CONCORD_TESTS_IMPORT_TEST_UTIL_H_

#include "concord/diagnostic.h"
#include "concord/importer.h"

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace concord::test {

/// Imports `text`; the status goes to *status when given, the diagnostics to
/// *diagnostics. Returns the XML (empty on failure).
inline std::string Import(std::string_view text, ImportOptions options = {},
                          Status* status = nullptr, Diagnostics* diagnostics = nullptr) {
  std::string xml;
  Diagnostics local;
  Status s = ImportText(text, options, &xml, diagnostics ? diagnostics : &local);
  if (status) *status = s;
  return xml;
}

namespace detail {

inline void StructureOf(const pugi::xml_node& node, int depth, std::string* out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (!child.attribute("eId")) {
      StructureOf(child, depth, out);
      continue;
    }
    out->append(static_cast<size_t>(depth) * 2, ' ');
    *out += child.name();
    *out += ' ';
    *out += child.attribute("eId").value();
    if (child.child("num")) *out += std::string(" [") + child.child_value("num") + "]";
    if (child.child("heading")) *out += std::string(" {") + child.child_value("heading") + "}";
    *out += '\n';
    StructureOf(child, depth + 1, out);
  }
}

inline void OwnTextOf(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element || child.attribute("eId")) continue;
    if (std::string_view(child.name()) == "p") {
      if (!out->empty()) *out += " | ";
      *out += child.text().get();
    } else {
      OwnTextOf(child, out);
    }
  }
}

}  // namespace detail

/// The structure below the body (mainBody or body), one line per element
/// with an eId: "<indent>element eId [num] {heading}", two spaces per level.
inline std::string Structure(const std::string& xml) {
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return "<not well-formed>";
  pugi::xml_node root = doc.document_element().first_child();
  pugi::xml_node body = root.child("mainBody") ? root.child("mainBody") : root.child("body");
  std::string out;
  detail::StructureOf(body, 0, &out);
  return out;
}

/// The text of every <p> of the element with `eid` (not of its children
/// with eIds), joined by " | "; "<missing>" if there is no such element.
inline std::string OwnText(const std::string& xml, const std::string& eid) {
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return "<not well-formed>";
  pugi::xml_node node = doc.find_node(
      [&](pugi::xml_node n) { return std::string_view(n.attribute("eId").value()) == eid; });
  if (!node) return "<missing>";
  std::string out;
  detail::OwnTextOf(node, &out);
  return out;
}

/// The string value of the XPath `query` (e.g. "string(//docTitle)").
inline std::string Query(const std::string& xml, const std::string& query) {
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return "<not well-formed>";
  return pugi::xpath_query(query.c_str()).evaluate_string(doc);
}

/// Every diagnostic, one ToString() per line.
inline std::string Messages(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_IMPORT_TEST_UTIL_H_
