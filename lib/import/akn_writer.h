// The last stage of the importer: an ImportTree printed as Akoma Ntoso 3.0,
// one element per line with two-space indentation, so outlines diff well.

#ifndef CONCORD_IMPORT_AKN_WRITER_H_
#define CONCORD_IMPORT_AKN_WRITER_H_

#include "node.h"

#include <string>

namespace concord::import {

/// The FRBR metadata of the document written.
struct AknMetadata {
  std::string work;       ///< FRBR work URI: "/akn/un/treaty/1984-12-10/cat"
  std::string country;    ///< FRBRcountry: "un"
  std::string language;   ///< FRBRlanguage: "eng"
  std::string date;       ///< FRBRdate: "1984-12-10"
  std::string date_name;  ///< FRBRdate@name: "adoption"
  std::string doc_type;   ///< "treaty" -> <doc name="treaty">; else <act name="...">
  bool outline = false;   ///< no text: structure, numbers and headings only
};

/// Prints `tree` as an AKN 3.0 document.
std::string WriteAkn(const ImportTree& tree, const AknMetadata& meta);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_AKN_WRITER_H_
