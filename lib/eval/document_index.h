// DocumentIndex: one document tokenized and scanned once, ready for every
// rule's expressions.
//
// Tokens of all provisions go into one TokenStream in document order (each
// provision's heading, then its text, each starting a new sentence), so every
// unit a rule can ask about — a sentence, a provision, an article with all it
// contains, the document — is a contiguous token range. Hits are grouped by
// class and sorted by token, so "does class C occur in range R" is a binary
// search.
//
// Thread-safety: build one per thread; a built index is read-only.

#ifndef CONCORD_EVAL_DOCUMENT_INDEX_H_
#define CONCORD_EVAL_DOCUMENT_INDEX_H_

#include "compiled_rules.h"

#include "concord/document.h"
#include "concord/matcher.h"
#include "concord/quantity.h"
#include "concord/rule_pack.h"
#include "concord/tokenizer.h"

#include <cstdint>
#include <span>
#include <vector>

namespace concord::eval {

/// A run of tokens [begin, end).
struct Range {
  uint32_t begin = 0;
  uint32_t end = 0;
};

/// A matched run of tokens, both ends inclusive.
struct Span {
  uint32_t first = 0;
  uint32_t last = 0;
};

/// Token field ids given to Tokenize.
inline constexpr uint8_t kHeadingField = 0;
inline constexpr uint8_t kTextField = 1;

class DocumentIndex {
 public:
  DocumentIndex();
  ~DocumentIndex();

  /// Tokenizes and scans `doc`. Both must outlive the index's use; buffers
  /// are reused across calls.
  void Build(const Document& doc, const CompiledRules& rules);

  const Document& document() const { return *doc_; }
  const TokenStream& tokens() const { return tokens_; }
  uint32_t token_count() const { return static_cast<uint32_t>(tokens_.tokens.size()); }

  /// Hits of class `cls` with first_token in [range.begin, range.end), whose
  /// last token is also inside the range.
  std::span<const Span> HitsIn(uint32_t cls, Range range) const;
  /// Every hit of class `cls`.
  std::span<const Span> Hits(uint32_t cls) const;

  /// The provision holding token `t`.
  uint32_t ProvisionOf(uint32_t t) const;
  /// The tokens of a provision's own heading and text.
  Range OwnRange(uint32_t provision) const;
  /// The tokens of a provision and everything it contains.
  Range SubtreeRange(uint32_t provision) const;
  /// The tokens of sentence `s`.
  Range SentenceRange(uint32_t s) const;

  /// The units of `scope`, in document order, and the unit holding token t.
  const std::vector<Range>& Units(Scope scope) const;
  uint32_t UnitOf(Scope scope, uint32_t t) const;
  /// The provision a unit is reported under (its first provision).
  uint32_t UnitProvision(Scope scope, uint32_t unit) const;

  /// Quantities of the tokens in `range`. Each sentence is extracted once,
  /// the first time a range holding it is asked about: most sentences of a
  /// document are never near a threshold rule's anchor.
  void QuantitiesIn(Range range, std::vector<Quantity>* out) const;

  /// Subject ids whose title terms match the document title.
  const std::vector<std::string>& title_subjects() const { return title_subjects_; }

 private:
  void BuildUnits() const;
  // Extracts the quantities of sentence s unless done already.
  void ExtractSentence(uint32_t s) const;

  const Document* doc_ = nullptr;
  const CompiledRules* rules_ = nullptr;
  TokenStream tokens_;
  MatchScratch scratch_;
  std::vector<Hit> hits_;
  // Hits grouped by class: spans_[class_offsets_[c] .. class_offsets_[c+1]).
  std::vector<uint32_t> class_offsets_;
  std::vector<Span> spans_;
  std::vector<uint32_t> own_begin_;  // per provision, then one past the last
  std::vector<uint32_t> own_end_;
  std::vector<uint32_t> sentence_begin_;  // per sentence, plus the end
  std::vector<std::string> title_subjects_;

  // Lazily built.
  mutable bool units_built_ = false;
  mutable std::vector<Range> units_[4];
  mutable std::vector<uint32_t> article_begins_;  // first token of each article unit
  // Articles longer than this many sentences are checked in windows.
  static constexpr uint32_t kMaxArticleSentences = 120;
  static constexpr uint32_t kArticleWindowSentences = 30;
  mutable std::vector<uint32_t> provision_unit_;  // own-provision unit index
  // Quantities of the sentences extracted so far, a sentence's in token
  // order: sentence s has quantities_[quantity_begin_[s] .. quantity_end_[s])
  // once quantity_begin_[s] != kNotExtracted.
  static constexpr uint32_t kNotExtracted = UINT32_MAX;
  mutable std::vector<uint32_t> quantity_begin_;
  mutable std::vector<uint32_t> quantity_end_;
  mutable std::vector<Quantity> quantities_;
  mutable TokenStream title_tokens_;
};

}  // namespace concord::eval

#endif  // CONCORD_EVAL_DOCUMENT_INDEX_H_
