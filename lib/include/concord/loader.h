// Loading legal XML into a Document.
//
// LoadDocument detects the dialect from the root element and its namespace
// (Akoma Ntoso 1.0, 2.0, 3.0 and its drafts /WD17 /CSD06 /CSD13, the German
// LegalDocML.de profile, prefixed or default namespaces; USLM 1.0 and 2.x;
// the DC Council dc-library schema) and fills a Document (docs/formats.md
// says field by field how). It parses in place, never fetches or expands a
// DTD, entity or XInclude, and walks the tree iteratively; elements nested
// deeper than 10,000 levels are refused with a clear error.
//
// Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or declaration),
// and any encoding an XML declaration names that ICU converts (windows-1251,
// KOI8-R, ISO-8859-1 ...) are transcoded to UTF-8 first; line and column
// stay those of the source. Invalid UTF-8 is an error with its byte offset.
//
// Errors: malformed XML is Status::ParseError with path:line:col; a root
// element that no loader knows is Status::Unsupported naming the root and the
// supported formats.
//
// Thread-safety: LoadDocument may run concurrently on different inputs.

#ifndef CONCORD_LOADER_H_
#define CONCORD_LOADER_H_

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/status.h"

#include <string>

namespace concord {

/// Options for LoadDocument.
struct LoadOptions {
  /// Keep authorial notes and note containers as provisions (is_note set).
  /// Default: true; definitions often live in notes.
  bool keep_notes = true;
};

/// Parses `bytes` (consumed: they are parsed in place and may be modified)
/// into `*doc`. `path` is only used for messages and Document::path.
/// Warnings (e.g. a suppression without a reason) go to `*diagnostics`.
Status LoadDocument(std::string bytes, const std::string& path, const LoadOptions& options,
                    Document* doc, Diagnostics* diagnostics);

/// Reads the file at `path` and loads it.
Status LoadDocumentFile(const std::string& path, const LoadOptions& options, Document* doc,
                        Diagnostics* diagnostics);

/// The formats LoadDocument accepts, for messages: "Akoma Ntoso 1.0, 2.0 and
/// 3.0 (...), LegalDocML.de, USLM 1.0 and 2.x, DC Council dc-library".
const char* SupportedFormats();

}  // namespace concord

#endif  // CONCORD_LOADER_H_
