// The Akoma Ntoso vocabulary as the loader sees it: what each element (by
// local name, in any AKN namespace) does to the provision model.
//
// Names not in the table are containers when they stand between provisions
// (body, preface, debateSection, attachment ...: a container becomes a
// provision only if it holds text of its own) and inline markup inside text.
//
// Thread-safety: the table is immutable after first use.

#ifndef CONCORD_XML_AKN_ELEMENTS_H_
#define CONCORD_XML_AKN_ELEMENTS_H_

#include "namespaces.h"

#include <cstdint>
#include <string_view>

namespace concord::xml {

/// What an element does.
enum class Role : uint8_t {
  kContainer,    ///< not listed: a container outside text, inline inside text
  kProvision,    ///< a hierarchical unit (article, section, point, recital ...)
  kBlock,        ///< text block: p, content, intro, table, blockList ... (line breaks)
  kInline,       ///< inline markup, flattened into the running text
  kNum,          ///< <num>: the provision's number
  kHeading,      ///< <heading>
  kSubheading,   ///< <subheading> (joined to the heading on a new line)
  kTitle,        ///< <title>: a provision, or a heading in AKN 1.0 style
  kSkip,         ///< metadata and other non-text subtrees (meta, toc ...)
  kBreak,        ///< br, eol, eop: a line break
  kNote,         ///< authorialNote: a note provision of its own
  kDef,          ///< <def>
  kTerm,         ///< <term>
  kRef,          ///< <ref href>
  kDocTitle,     ///< docTitle, shortTitle, ActTitle: document title candidates
  kTransparent,  ///< neither text nor unit: its children count as the parent's
};

/// A markup vocabulary as the walker needs it: its namespace family, what
/// each element does, and how good a title each title element is.
struct Vocabulary {
  NsFamily family;
  Role (*role)(std::string_view local);
  /// 1 best ... 0 not a title element.
  int (*title_rank)(std::string_view local);
};

/// Akoma Ntoso (all versions and LegalDocML.de).
extern const Vocabulary kAknVocabulary;

/// The role of AKN element `local`.
Role AknRole(std::string_view local);

/// The eId abbreviation of a provision kind per the AKN naming convention
/// ("article" -> "art", "paragraph" -> "para"); the kind itself if none.
std::string_view IdAbbreviation(std::string_view kind);

/// Containers left out of generated id paths (body, mainBody, preface,
/// preamble, conclusions ... and the document elements).
bool IsIdTransparent(std::string_view local);

/// Divisions above the numbered units (part, book, title, chapter ...):
/// their ids are no prefix of the articles and sections inside them, which
/// a document numbers uniquely ("art_5", not "chp_1__art_5"), but are of
/// the divisions inside them ("part_2__chp_1").
bool IsDivisionKind(std::string_view kind);

/// Document types (children of akomaNtoso): act, bill, doc, judgment ...
bool IsAknDocType(std::string_view local);

/// Preference of a title element: 1 docTitle, 2 shortTitle, 3 ActTitle
/// (lower is better); 0 if `local` is not a title element.
int TitleRank(std::string_view local);

}  // namespace concord::xml

#endif  // CONCORD_XML_AKN_ELEMENTS_H_
