// ParsedInput: what the generic loader hands a dialect loader once the bytes
// are UTF-8, indexed and parsed in place; and the dialect loaders.
//
// Private to lib/xml.

#ifndef CONCORD_XML_PARSED_INPUT_H_
#define CONCORD_XML_PARSED_INPUT_H_

#include "line_index.h"

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/loader.h"
#include "concord/status.h"

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace concord::xml {

/// A parsed input. Everything points into LoadDocument's locals and lives
/// as long as the dialect loader runs.
struct ParsedInput {
  const pugi::xml_document* tree;
  pugi::xml_node root;          ///< the document element
  std::string_view uri;         ///< the root element's namespace URI
  std::string_view root_local;  ///< the root element's local name
  const char* base;             ///< start of the parsed buffer
  size_t size;                  ///< its length in bytes
  LineIndex* lines;
  const std::string* path;
  const LoadOptions* options;
};

/// Loads an Akoma Ntoso (or LegalDocML.de) tree. REQUIRES: the root is in an
/// AKN namespace (or is akomaNtoso without one).
Status LoadAkn(const ParsedInput& input, Document* doc, Diagnostics* diagnostics);

/// Loads a USLM 1.0 or 2.x tree (format "uslm").
Status LoadUslm(const ParsedInput& input, Document* doc, Diagnostics* diagnostics);

/// Loads a DC Council dc-library tree (format "dc-library").
Status LoadDcLibrary(const ParsedInput& input, Document* doc, Diagnostics* diagnostics);

/// The message for a root element no loader accepts.
Status UnknownRoot(const ParsedInput& input);

}  // namespace concord::xml

#endif  // CONCORD_XML_PARSED_INPUT_H_
