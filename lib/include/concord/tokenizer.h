// Tokens, sentences and clauses.
//
// Tokenize splits text into whole-word tokens (maximal runs of letters,
// digits and combining marks; apostrophes inside a word are kept, all dashes
// split words, so "18-year-old" is 18 / year / old), records each token's
// normalized form (see normalizer.h), and numbers sentences and clauses:
//  - a sentence ends at . ! ? … (outside abbreviations such as "art.", "No. 5",
//    "e.g." and "etc." before a lower-case word, "ст.", "ч.", "т.е.", single
//    capital letters, outside numbers like "1.5" and after a list label "1."
//    that opens a line), at a blank line, at a line break after a ';', before
//    a list label ("1.", "2)", "b)") that opens a line, and where a new
//    Tokenize call starts;
//  - a clause ends at a sentence end, at , ; : ( ) [ ] (not between digits:
//    "1,5", "10:30"), at a dash with spaces on both sides and at an em dash.
// Sentence and clause numbers only advance when a token follows the break, so
// no sentence or clause is empty.
//
// A TokenStream is reused across calls to avoid fresh memory in the hot path.
//
// Thread-safety: Tokenize is thread-safe; a TokenStream is not.

#ifndef CONCORD_TOKENIZER_H_
#define CONCORD_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// Token flags.
enum TokenFlag : uint16_t {
  kTokenDigits = 1 << 0,       ///< only ASCII digits: "18"
  kTokenHyphenAfter = 1 << 1,  ///< directly followed by a dash: "18" in "18-year"
  kTokenCapital = 1 << 2,      ///< starts with an upper-case letter in the source
  /// digits directly followed by '.' or ',' and more digits: the "1" of "1.5"
  /// or "1,5" (also each part of "5.1.2" but the last)
  kTokenDecimalAfter = 1 << 3,
};

/// One word of a text.
struct Token {
  uint32_t begin = 0;       ///< byte offset of the word in its field's text
  uint32_t end = 0;         ///< one past its last byte
  uint32_t norm_begin = 0;  ///< offset of the normalized form in TokenStream::normalized
  uint16_t norm_size = 0;   ///< byte size of the normalized form
  uint16_t flags = 0;       ///< TokenFlag bits
  uint32_t sentence = 0;    ///< sentence index in the stream
  uint32_t clause = 0;      ///< clause index in the stream (clauses nest in sentences)
  uint8_t field = 0;        ///< caller-defined field id given to Tokenize
};

/// The tokens of one or more text fields, back to back.
struct TokenStream {
  std::vector<Token> tokens;
  std::string normalized;  ///< every token's normalized form, back to back
  uint32_t sentence_count = 0;
  uint32_t clause_count = 0;

  std::string_view norm(const Token& t) const {
    return std::string_view(normalized).substr(t.norm_begin, t.norm_size);
  }
  std::string_view norm(size_t i) const { return norm(tokens[i]); }

  /// Empties the stream, keeping its capacity.
  void Clear() {
    tokens.clear();
    normalized.clear();
    sentence_count = 0;
    clause_count = 0;
  }
};

/// Appends the tokens of `text` to *out. The first token starts a new
/// sentence; every token gets `field`.
void Tokenize(std::string_view text, uint8_t field, TokenStream* out);

}  // namespace concord

#endif  // CONCORD_TOKENIZER_H_
