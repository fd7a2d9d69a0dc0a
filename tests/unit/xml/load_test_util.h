// Helpers shared by the xml loader tests: load literal XML, find provisions.

#ifndef CONCORD_TESTS_UNIT_XML_LOAD_TEST_UTIL_H_
#define CONCORD_TESTS_UNIT_XML_LOAD_TEST_UTIL_H_

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/loader.h"

#include <string>

namespace concord::test {

/// Loads `xml` as the file "t.xml".
inline Status LoadXml(const std::string& xml, Document* doc, Diagnostics* diagnostics = nullptr,
                      const LoadOptions& options = LoadOptions{}) {
  Diagnostics ignored;
  return LoadDocument(xml, "t.xml", options, doc, diagnostics ? diagnostics : &ignored);
}

/// The index of the provision with id `id`, or -1.
inline int FindProvision(const Document& doc, const std::string& id) {
  for (size_t i = 0; i < doc.provisions.size(); ++i) {
    if (doc.provisions[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

/// "kind id" for every provision, one per line, indented by depth: a compact
/// picture of the tree for exact comparisons.
inline std::string Outline(const Document& doc) {
  std::string out;
  for (const Provision& p : doc.provisions) {
    out.append(2 * p.depth, ' ');
    out += p.kind + " " + p.id + "\n";
  }
  return out;
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_UNIT_XML_LOAD_TEST_UTIL_H_
