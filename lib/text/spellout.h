// Spelled-out numbers of English, Russian, French and Spanish, from ICU.
//
// Build formats a set of values (0-100, the hundreds, round thousands and
// millions) with every cardinal spellout rule set ICU has for each language
// (Russian has one per gender and case: "восемнадцати", "сорока восьми",
// "двадцатью одним") and records every word and every phrase, normalized as
// tokens are. Reading a number is then a hash lookup per token; ICU's own
// lenient parser is called only for a run of number words the phrases do not
// cover (e.g. "one hundred and twenty-one"), and its result is kept only if it
// consumed whole tokens and formats back to exactly those words (ICU reads
// "one two" as 102 and "eighteen years" as 18 with a remainder).
//
// Thread-safety: after Build, all methods are thread-safe (ICU calls are
// serialized by a mutex).

#ifndef CONCORD_TEXT_SPELLOUT_H_
#define CONCORD_TEXT_SPELLOUT_H_

#include "concord/status.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concord::text {

/// Language bits.
enum Lang : uint8_t { kEn = 1, kRu = 2, kFr = 4, kEs = 8, kAllLangs = 15 };

/// Transparent string hashing for lookups by string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

/// A word of spelled-out numbers.
struct SpelloutWord {
  /// The number it means alone; NaN if it only occurs inside longer numbers
  /// ("hundred", "тысяч", "et", "y").
  double value = 0;
  uint8_t langs = 0;    ///< Lang bits
  bool starts = false;  ///< some number starts with it ("ciento" does, "and" does not)
};

/// Words and phrases of spelled-out numbers.
class Spellout {
 public:
  /// Formats the number tables with ICU. Fails only if ICU has no spellout
  /// rules for one of the languages.
  static Status Build(std::unique_ptr<Spellout>* out);
  ~Spellout();
  Spellout(const Spellout&) = delete;
  Spellout& operator=(const Spellout&) = delete;

  /// The id of a normalized word, or -1 if no number uses it.
  int32_t FindWord(std::string_view norm) const {
    // Most tokens are no number word: a bit filter rejects them unhashed.
    if (norm.empty() || !(filter_[FilterKey(norm) >> 6] >> (FilterKey(norm) & 63) & 1)) return -1;
    auto it = word_ids_.find(norm);
    return it == word_ids_.end() ? -1 : static_cast<int32_t>(it->second);
  }
  const SpelloutWord& word(int32_t id) const { return words_[id]; }
  /// Every word, by id.
  const std::vector<std::string>& word_texts() const { return word_texts_; }

  /// The phrase trie over word ids: the node after `word` from `node`
  /// (kRoot to start), or -1.
  static constexpr int32_t kRoot = 0;
  int32_t NextPhrase(int32_t node, int32_t word) const {
    auto it = phrase_edges_.find((static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(word));
    return it == phrase_edges_.end() ? -1 : static_cast<int32_t>(it->second);
  }
  /// The value of the phrase ending at `node`; NaN if none ends there.
  double PhraseValue(int32_t node) const { return phrase_values_[node]; }

  /// ICU's lenient parse of `words` (normalized, in order) in the languages
  /// of `langs`. On success sets the value and how many leading words it
  /// consumed; kept only if those words are exactly how ICU formats the value.
  bool ParseRun(std::span<const std::string_view> words, uint8_t langs, double* value,
                size_t* consumed) const;

 private:
  Spellout() = default;
  struct Language;
  void AddPhrase(const std::vector<std::string>& words, double value, uint8_t lang);
  bool ParseWith(const Language& lang, std::span<const std::string_view> words, double* value,
                 size_t* consumed) const;
  bool FormatsTo(const Language& lang, double value, std::span<const std::string_view> words) const;

  // A 16-bit key from a word's first two bytes, last byte and size.
  static uint32_t FilterKey(std::string_view w) {
    const auto b = [&](size_t i) {
      return static_cast<uint32_t>(static_cast<unsigned char>(w[i]));
    };
    return ((b(0) * 31 + b(w.size() > 1 ? 1 : 0)) * 31 + b(w.size() - 1) + w.size() * 977) & 0xFFFF;
  }

  uint64_t filter_[1024] = {};  // FilterKey bits of every word
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> word_ids_;
  std::vector<SpelloutWord> words_;
  std::vector<std::string> word_texts_;
  std::unordered_map<uint64_t, uint32_t> phrase_edges_;
  std::vector<double> phrase_values_;
  std::vector<std::unique_ptr<Language>> languages_;

  mutable std::mutex mu_;  // guards ICU parsing and cache_
  mutable std::unordered_map<std::string, std::pair<double, size_t>> cache_;
};

/// Splits `text` into normalized words as Tokenize does.
std::vector<std::string> NormalizedWords(std::string_view text);

}  // namespace concord::text

#endif  // CONCORD_TEXT_SPELLOUT_H_
