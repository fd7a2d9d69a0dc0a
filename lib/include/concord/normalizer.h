// Normalization for matching.
//
// Matching compares normalized forms: NFKC case folding (ICU), Latin
// diacritics folded (é -> e, ß -> ss), Cyrillic ё -> е (й is kept), and all
// dashes, quotes and spaces unified to '-', '"' / '\'' and ' '. Russian,
// English, French and Spanish text take an allocation-free fast path; other
// scripts go through ICU.
//
// NormalizeText keeps, for every byte of its output, the offset of the source
// byte it came from, so that evidence can quote the original text.
//
// Thread-safety: all functions are thread-safe.

#ifndef CONCORD_NORMALIZER_H_
#define CONCORD_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// Appends the normalized form of one word to *out. REQUIRES: `word` holds
/// no white space (a token's text). Allocation-free when *out has room and
/// every code point is in the fast table (ASCII, Latin, Greek, Cyrillic,
/// General Punctuation) and no combining mark follows a letter.
void NormalizeWord(std::string_view word, std::string* out);

/// Convenience: the normalized form of one word.
std::string NormalizedWord(std::string_view word);

/// Text normalized for matching, with offsets back to the source.
struct NormalizedText {
  std::string text;  ///< normalized UTF-8
  /// source_offsets[i] is the offset in the source of the character that
  /// produced byte i of `text`; source_offsets has text.size() + 1 entries
  /// (the last is the source size).
  std::vector<uint32_t> source_offsets;
};

/// Normalizes a whole text (words, punctuation and spacing; line breaks and
/// tabs become ' ' too). Reuses *out's buffers. A letter with its combining
/// marks is one cluster: all the bytes it produces map to its first byte.
void NormalizeText(std::string_view source, NormalizedText* out);

}  // namespace concord

#endif  // CONCORD_NORMALIZER_H_
