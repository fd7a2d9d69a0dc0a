// Instrument outlines and official treaty texts.
//
// Concord ships, for every instrument its packs cite, an outline in Akoma
// Ntoso: FRBR metadata, every article with its number and official heading,
// and for each article a rule cites, the norm summarised in Concord's own
// words (the article's content). A user may add the official texts
// (`--treaties DIR`, AKN documents of doc type "treaty", e.g. made with
// `concord import`); then reports quote articles verbatim from them.
//
// Thread-safety: plain data and pure functions.

#ifndef CONCORD_OUTLINE_H_
#define CONCORD_OUTLINE_H_

#include "concord/document.h"
#include "concord/status.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

/// One article of an instrument.
struct ArticleOutline {
  std::string num;      ///< "1", "16" (the bare number, no "Article")
  std::string eid;      ///< "art_1"
  std::string heading;  ///< official heading, may be empty
  /// Outline: the summary; official text: the article verbatim. The article's
  /// own text, then the number, heading and text of everything it contains,
  /// white space collapsed.
  std::string text;
  uint32_t line = 0;
};

/// An instrument's articles, from an outline or an official text.
struct InstrumentOutline {
  std::string path;
  std::string frbr_work;
  std::string title;
  std::vector<ArticleOutline> articles;

  /// The article whose eid is `eid` or starts `eid` ("art_16" for
  /// "art_16__para_2"), else the article numbered `article` ("16(2)" finds
  /// "16"); nullptr if none.
  const ArticleOutline* Find(std::string_view eid, std::string_view article) const;

  /// The text of the provision `eid` and all it contains, verbatim (for
  /// official texts); empty if not found. Kept from the loaded document.
  std::string ProvisionText(std::string_view eid) const;

  /// True if the outline holds a provision (of any kind) whose eid is `eid`.
  bool HasProvision(std::string_view eid) const;

  /// eid -> text of every provision (for ProvisionText), sorted by eid; the
  /// text is the provision's own text followed by the number, heading and
  /// text of everything it contains, white space collapsed.
  std::vector<std::pair<std::string, std::string>> provision_texts;
};

/// Builds an outline from a loaded AKN document (outline or official text).
Status OutlineFromDocument(const Document& doc, InstrumentOutline* out);

/// Loads the AKN file at `path` and builds its outline.
Status LoadOutline(const std::string& path, InstrumentOutline* out);

/// The bare article number of a num such as "Article 16", "Art. 16.", "16",
/// "Статья 16.", "§ 16" or a citation "16(2)": "16". Roman numerals are kept as
/// written ("Article IV" -> "IV").
std::string BareArticleNumber(std::string_view num);

}  // namespace concord

#endif  // CONCORD_OUTLINE_H_
