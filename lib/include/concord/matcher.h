// Matcher: every term of every loaded pack, compiled into one automaton.
//
// A term is a sequence of words matched on normalized whole tokens, in order.
// A word ending in '*' is a prefix anchored at the start of a token
// ("пытк*" matches "пытки", never "попытка"). `gap` allows up to that many
// other tokens between consecutive words of the term. Terms never match
// across sentences.
//
// The matcher knows nothing of rules, concepts or documents: it takes terms
// with caller ids and returns hits over a TokenStream. A document is scanned
// once, whatever the number of terms: each distinct token is classified once
// (exact-word table plus a trie of prefixes, cached per scan) and phrases are
// followed in a token-level trie.
//
// Thread-safety: a compiled Matcher is immutable; Scan may run concurrently
// with distinct MatchScratch objects.

#ifndef CONCORD_MATCHER_H_
#define CONCORD_MATCHER_H_

#include "concord/status.h"
#include "concord/tokenizer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// A term to compile. Words are normalized by Compile (normalizer.h).
struct Term {
  std::string text;  ///< "severe pain", "пытк*", "shall not"
  uint32_t gap = 0;  ///< max other tokens between consecutive words
  uint32_t id = 0;   ///< caller's id, returned in hits
};

/// One word of a term, normalized as document tokens are.
struct TermWord {
  std::string norm;     ///< normalized form (NormalizeWord), without the '*'
  bool prefix = false;  ///< the word ended in '*': matches tokens starting with `norm`
};

/// Splits a term's text into words exactly as documents are split
/// (Tokenize: "18-year-old" is three words), normalizes them, and keeps a
/// trailing '*' as the prefix flag of the last word it ends. Returns
/// Status::InvalidArgument ("empty term", or "misplaced '*' in 'to*rt' (a '*'
/// may only end a word)") when the text has no word or a '*' that does not
/// directly follow a word's last letter or digit.
Status SplitTerm(std::string_view text, std::vector<TermWord>* words);

/// A term found in a token stream.
struct Hit {
  uint32_t term = 0;         ///< Term::id
  uint32_t first_token = 0;  ///< index in TokenStream::tokens
  uint32_t last_token = 0;   ///< inclusive
};

/// Per-thread working memory for Scan, reused across calls.
class MatchScratch {
 public:
  MatchScratch();
  ~MatchScratch();
  MatchScratch(const MatchScratch&) = delete;
  MatchScratch& operator=(const MatchScratch&) = delete;

  struct Impl;
  Impl* impl() { return impl_.get(); }

 private:
  std::unique_ptr<Impl> impl_;
};

/// The compiled automaton.
class Matcher {
 public:
  /// Compiles `terms`. A term with no words, or a '*' anywhere but at a word's
  /// end, is Status::InvalidArgument naming the term.
  static Status Compile(const std::vector<Term>& terms, std::unique_ptr<Matcher>* out);

  virtual ~Matcher() = default;

  /// Appends every hit in `tokens` to *hits, ordered by first_token, then
  /// last_token, then term id. Overlapping hits are all reported; a (term id,
  /// first_token, last_token) triple is reported once, however many ways the
  /// term's words fit in between (gaps) or however many terms share the id.
  virtual void Scan(const TokenStream& tokens, MatchScratch* scratch,
                    std::vector<Hit>* hits) const = 0;

  /// Number of compiled terms.
  virtual size_t term_count() const = 0;
};

}  // namespace concord

#endif  // CONCORD_MATCHER_H_
