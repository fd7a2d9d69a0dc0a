// Document and Provision: the model every loader produces and every later
// stage reads.
//
// A Document is one legal text (statute, bill, treaty ...) loaded from XML.
// Its provisions are stored flat, in document order; a provision's subtree is
// the contiguous range [index, end). So "an article with everything it
// contains" is a slice, and walking it needs no recursion.
//
// A provision's text is its own text only (content, intro, wrapUp, p, list
// items and inline markup flattened), not that of its child provisions. Text
// keeps the source's characters, line breaks and indentation, so that every
// byte of it can be mapped back to a line and column of the source file
// (Document::Locate); display code collapses white space.
//
// A Document owns all its strings: the XML buffer it was parsed from can be
// released as soon as loading returns.
//
// Thread-safety: a const Document may be read from several threads.

#ifndef CONCORD_DOCUMENT_H_
#define CONCORD_DOCUMENT_H_

#include "concord/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

/// Which part of a provision a text offset refers to.
enum class TextField : uint8_t { kHeading, kText };

/// Where a stretch of a provision's text starts in the source file. A new
/// segment starts at every text node, so positions inside a segment are found
/// by counting characters from its start.
struct TextSegment {
  uint32_t offset = 0;  ///< byte offset in Provision::text or ::heading
  uint32_t line = 0;    ///< 1-based source line of that byte
  uint32_t column = 0;  ///< 1-based source column (in code points)
};

/// A defined term (AKN <def>, <term> in a definition, or a note's definition).
struct Definition {
  std::string term;        ///< the defined term as written
  int32_t provision = -1;  ///< index of the provision holding the definition
  uint32_t line = 0;
  uint32_t column = 0;
};

/// A cross-reference (AKN <ref href>).
struct Reference {
  std::string href;
  std::string text;  ///< the reference's display text
  int32_t provision = -1;
  uint32_t line = 0;
  uint32_t column = 0;
};

/// A <?concord-ignore RULE-ID reason?> processing instruction: the rule is
/// suppressed in the provision that holds it and everything below.
struct Suppression {
  std::string rule_id;     ///< a rule id or glob (e.g. "CAT-*")
  std::string reason;      ///< required; empty means the PI is malformed
  int32_t provision = -1;  ///< -1: the whole document
  uint32_t line = 0;
  uint32_t column = 0;
};

/// One structural unit of a legal text: part, chapter, article, paragraph ...
struct Provision {
  /// The source element's local name ("article", "paragraph", "hcontainer",
  /// "section", "point", "note" for authorial notes ...).
  std::string kind;
  /// The element's name attribute, if any (AKN hcontainer@name: "note" ...).
  std::string name;
  /// eId, else id / wId / xml:id, else a generated path such as "art_5__para_2".
  std::string id;
  bool id_generated = false;
  std::string num;      ///< as written: "Article 5", "5.", "(a)"
  std::string heading;  ///< heading (and subheading) text
  std::string text;     ///< own text, see the file comment

  /// True for notes: authorial notes, hcontainer name="note", "Примечание".
  bool is_note = false;

  int32_t parent = -1;  ///< index of the enclosing provision, -1 at top level
  int32_t end = 0;      ///< one past the last provision of this subtree
  uint16_t depth = 0;   ///< 0 at top level

  uint32_t line = 0;    ///< 1-based line of the element's start tag
  uint32_t column = 0;  ///< 1-based column of the element's start tag

  /// Maps offsets in `heading` and `text` back to the source.
  std::vector<TextSegment> heading_segments;
  std::vector<TextSegment> text_segments;
};

/// True for the units a treaty or code numbers as its articles: article,
/// section, rule, regulation (and the equivalents of other dialects).
bool IsArticleKind(std::string_view kind);

/// One loaded legal text.
struct Document {
  std::string path;             ///< as given by the caller (display path)
  std::string format;           ///< "akn3", "akn2", "legaldocml-de", "uslm" ... (docs/formats.md)
  std::string namespace_uri;    ///< the root element's namespace
  std::string doc_type;         ///< "act", "bill", "judgment", "doc", "treaty", ...
  std::string doc_name;         ///< the doc type element's name attribute, if any
  std::string frbr_work;        ///< FRBRWork/FRBRthis value (may be empty)
  std::string frbr_expression;  ///< FRBRExpression/FRBRthis value (may be empty)
  std::string title;            ///< docTitle, shortTitle or FRBRalias, as found
  std::string language;         ///< FRBRlanguage, e.g. "eng", "rus"
  std::string date;             ///< FRBRWork/FRBRdate, ISO 8601 where given
  std::string country;          ///< FRBRcountry
  std::vector<std::string> subjects;  ///< classification keywords

  std::vector<Provision> provisions;  ///< document order; see file comment
  std::vector<Definition> definitions;
  std::vector<Reference> references;
  std::vector<Suppression> suppressions;

  uint64_t source_bytes = 0;  ///< size of the file as read

  /// True if this document is a treaty text (doc type "treaty").
  bool is_treaty() const { return doc_type == "treaty"; }

  /// The FRBR work URI if there is one, else the path: how findings name it.
  const std::string& identity() const { return frbr_work.empty() ? path : frbr_work; }

  /// Source line and column of byte `offset` in the heading or text of
  /// provision `index`. REQUIRES: index < provisions.size().
  Location Locate(int32_t index, TextField field, uint32_t offset) const;

  /// The provision of article kind that contains `index` (itself included),
  /// or -1 if there is none.
  int32_t EnclosingArticle(int32_t index) const;
};

/// What a document holds, counted (for summaries such as concord inspect).
struct DocumentCounts {
  /// Provisions per kind, in the order each kind first appears.
  std::vector<std::pair<std::string, uint32_t>> provisions_by_kind;
  uint32_t provisions = 0;
  uint32_t notes = 0;  ///< provisions with is_note
  uint32_t definitions = 0;
  uint32_t references = 0;
  uint32_t suppressions = 0;
};

/// Counts the provisions (by kind), notes, definitions, references and
/// suppressions of `doc`.
DocumentCounts CountContents(const Document& doc);

}  // namespace concord

#endif  // CONCORD_DOCUMENT_H_
