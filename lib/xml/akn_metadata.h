// Document metadata from an Akoma Ntoso <meta> block: FRBR work and
// expression URIs, date, country, language, subtype, title candidates
// (FRBRalias, FRBRname) and classification keywords; AKN 1.0's
// <descriptor> (uri, publication date) where there is no FRBR.
//
// Thread-safety: pure functions.

#ifndef CONCORD_XML_AKN_METADATA_H_
#define CONCORD_XML_AKN_METADATA_H_

#include "concord/document.h"

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace concord::xml {

/// What <meta> says beyond the Document fields it fills.
struct AknMeta {
  std::string subtype;      ///< FRBRWork/FRBRsubtype@value
  std::string alias_title;  ///< an FRBRalias that reads as a title
  std::string name_title;   ///< an FRBRname that reads as a title
};

/// Fills doc->frbr_work, frbr_expression, date, country, language and
/// subjects from the <meta> child of `doc_element`, and *meta.
void ReadAknMetadata(pugi::xml_node doc_element, Document* doc, AknMeta* meta);

/// The child element of `parent` with local name `local` (any prefix).
pugi::xml_node ChildByLocalName(pugi::xml_node parent, std::string_view local);

/// The doc type: "treaty" when the document element is named treaty, its
/// FRBRsubtype is "treaty" or "outline", or the work URI is
/// /akn/<country>/treaty/...; else the document element's local name.
std::string AknDocType(std::string_view element_local, const Document& doc, const AknMeta& meta);

}  // namespace concord::xml

#endif  // CONCORD_XML_AKN_METADATA_H_
