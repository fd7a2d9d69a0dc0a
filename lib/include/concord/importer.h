// Importing structured plain text or Markdown as Akoma Ntoso 3.0.
//
// ImportText reads a legal text written as plain text or Markdown (a draft,
// a statute copied from a gazette, a treaty text) and writes an Akoma Ntoso
// 3.0 document: FRBR metadata from the options, the title, the preamble (with
// its recitals), and the body as parts, chapters, sections, articles,
// numbered paragraphs and lettered or roman points, each with an eId by the
// AKN naming convention (`part_I`, `chp_2`, `art_5`, `art_5__para_2`,
// `art_5__para_2__point_a`, `annex_I__art_1`). English and Russian headings
// are recognised (Article, Art., Part, Chapter, Section, Annex, Статья, Глава,
// Раздел, Приложение ...). docs/import.md describes every rule.
//
// Lines that cannot be placed in the structure (a numbered paragraph before
// the first article of a document that has articles, a point outside any
// paragraph or article) are errors with their line; lines that can be
// reasonably attached are warnings. Output is deterministic and pretty-printed
// (one element per line, two-space indentation).
//
// Thread-safety: ImportText may run concurrently on different inputs.

#ifndef CONCORD_IMPORTER_H_
#define CONCORD_IMPORTER_H_

#include "concord/diagnostic.h"
#include "concord/status.h"

#include <string>
#include <string_view>

namespace concord {

/// How to import a text.
struct ImportOptions {
  /// The input's display path, used in diagnostics. Default: empty.
  std::string path;
  /// The FRBR work URI, e.g. "/akn/un/treaty/1984-12-10/cat". Expression and
  /// manifestation URIs are derived from it and the language. Its second
  /// segment is the FRBR country. Default: "/akn/xx/<doc_type>/<date>/doc".
  std::string frbr_work;
  /// ISO 639-2 language of the text ("eng", "rus"). Default: "rus" when most
  /// letters are Cyrillic, else "eng".
  std::string language;
  /// The document's date, YYYY-MM-DD. Default: the date segment of frbr_work,
  /// else 1970-01-01.
  std::string date;
  /// The document title. Default: the first heading of the text.
  std::string title;
  /// "treaty" writes <doc name="treaty">; any other value writes
  /// <act name="...">. Default: "act".
  std::string doc_type = "act";
  /// Keep structure, numbers and headings only: no body text, no preamble.
  /// Sets FRBRsubtype "outline". For instrument outlines that must not carry
  /// treaty text written by others. Other instruments appended to the text
  /// (an Optional Protocol after its Covenant) are left out, with a note;
  /// annexes are kept. Default: false.
  bool outline = false;
};

/// Imports `text` (UTF-8 plain text or Markdown) into `*akn_xml` (replaced).
/// Placement problems and other notes are appended to `*diagnostics` with
/// their line. Returns ParseError, and leaves `*akn_xml` empty, if the text is
/// empty, is not valid UTF-8, or has lines that cannot be placed;
/// InvalidArgument if an option is malformed.
Status ImportText(std::string_view text, const ImportOptions& options, std::string* akn_xml,
                  Diagnostics* diagnostics);

}  // namespace concord

#endif  // CONCORD_IMPORTER_H_
