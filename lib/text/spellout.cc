#include "spellout.h"

#include "concord/tokenizer.h"

#include <cmath>
#include <limits>

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace concord::text {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct LangSpec {
  const char* locale;
  Lang bit;
};
constexpr LangSpec kLangs[] = {{"en", kEn}, {"ru", kRu}, {"fr", kFr}, {"es", kEs}};

// The values formatted into the tables: every number to 100, the hundreds,
// round thousands and millions. Longer numbers are composed from these
// ("сто двадцать" = "сто" + "двадцать") or parsed by ICU ("one hundred and
// five").
std::vector<int64_t> TableValues() {
  std::vector<int64_t> v;
  for (int64_t i = 0; i <= 100; ++i) v.push_back(i);
  for (int64_t i = 200; i <= 900; i += 100) v.push_back(i);
  for (int64_t k : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 100, 200, 500})
    v.push_back(k * 1000);
  for (int64_t k : {1, 2, 5}) v.push_back(k * 1000000);
  // A few composite numbers, for the words that only join parts ("and").
  for (int64_t k : {101, 121, 1001, 1121, 2021}) v.push_back(k);
  return v;
}

// Cardinal rule sets only: ordinals ("second", "первого") are ordinary words
// far more often than numbers, and "-year" sets read "nineteen ninety".
bool IsCardinalRuleSet(const std::string& name) {
  return name.find("ordinal") == std::string::npos && name.find("year") == std::string::npos;
}

// Russian number words ICU's rules lack: one and a half, collective numerals.
struct Builtin {
  const char* word;
  double value;
};
constexpr Builtin kRussianBuiltins[] = {
    {"полтора", 1.5}, {"полторы", 1.5}, {"полутора", 1.5}, {"двое", 2},     {"двоих", 2},
    {"трое", 3},      {"троих", 3},     {"четверо", 4},    {"четверых", 4}, {"пятеро", 5},
    {"пятерых", 5},   {"шестеро", 6},   {"семеро", 7},
};

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

}  // namespace

struct Spellout::Language {
  Lang bit = kEn;
  std::unique_ptr<icu::RuleBasedNumberFormat> rbnf;
  std::vector<icu::UnicodeString> rule_sets;  // the cardinal ones
};

std::vector<std::string> NormalizedWords(std::string_view text) {
  thread_local TokenStream s;  // reused: called for every number formatted
  s.Clear();
  Tokenize(text, 0, &s);
  std::vector<std::string> words;
  for (size_t i = 0; i < s.tokens.size(); ++i) words.emplace_back(s.norm(i));
  return words;
}

Spellout::~Spellout() = default;

Status Spellout::Build(std::unique_ptr<Spellout>* out) {
  std::unique_ptr<Spellout> s(new Spellout);
  s->phrase_values_.push_back(kNaN);  // the root
  const std::vector<int64_t> values = TableValues();
  for (const LangSpec& spec : kLangs) {
    auto lang = std::make_unique<Language>();
    lang->bit = spec.bit;
    UErrorCode status = U_ZERO_ERROR;
    lang->rbnf = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                              icu::Locale(spec.locale), status);
    if (U_FAILURE(status))
      return Status::Internal(std::string("ICU has no spellout rules for '") + spec.locale +
                              "': " + u_errorName(status));
    lang->rbnf->setLenient(true);
    for (int32_t i = 0; i < lang->rbnf->getNumberOfRuleSetNames(); ++i) {
      icu::UnicodeString name = lang->rbnf->getRuleSetName(i);
      if (IsCardinalRuleSet(ToUtf8(name))) lang->rule_sets.push_back(name);
    }
    for (const icu::UnicodeString& rule_set : lang->rule_sets) {
      for (int64_t v : values) {
        icu::UnicodeString text;
        icu::FieldPosition pos;
        status = U_ZERO_ERROR;
        lang->rbnf->format(v, rule_set, text, pos, status);
        if (U_SUCCESS(status))
          s->AddPhrase(NormalizedWords(ToUtf8(text)), static_cast<double>(v), spec.bit);
      }
    }
    s->languages_.push_back(std::move(lang));
  }
  for (const Builtin& b : kRussianBuiltins) s->AddPhrase({b.word}, b.value, kRu);
  *out = std::move(s);
  return Status::Ok();
}

void Spellout::AddPhrase(const std::vector<std::string>& words, double value, uint8_t lang) {
  int32_t node = kRoot;
  for (const std::string& w : words) {
    auto [it, inserted] = word_ids_.try_emplace(w, static_cast<uint32_t>(words_.size()));
    if (inserted) {
      words_.push_back(SpelloutWord{kNaN, 0, false});
      word_texts_.push_back(w);
      const uint32_t key = FilterKey(w);
      filter_[key >> 6] |= uint64_t{1} << (key & 63);
    }
    SpelloutWord& word = words_[it->second];
    word.langs |= lang;
    if (node == kRoot) word.starts = true;
    if (words.size() == 1 && std::isnan(word.value)) word.value = value;
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | it->second;
    auto [edge, added] =
        phrase_edges_.try_emplace(key, static_cast<uint32_t>(phrase_values_.size()));
    if (added) phrase_values_.push_back(kNaN);
    node = static_cast<int32_t>(edge->second);
  }
  if (node != kRoot && std::isnan(phrase_values_[node])) phrase_values_[node] = value;
}

bool Spellout::ParseRun(std::span<const std::string_view> words, uint8_t langs, double* value,
                        size_t* consumed) const {
  std::string key(1, static_cast<char>('0' + langs));
  for (std::string_view w : words) (key += ' ') += w;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = cache_.find(key);
  if (it == cache_.end()) {
    std::pair<double, size_t> best(0, 0);
    for (const auto& lang : languages_) {
      double v;
      size_t c;
      if ((lang->bit & langs) && ParseWith(*lang, words, &v, &c) && c > best.second) best = {v, c};
    }
    it = cache_.emplace(std::move(key), best).first;
  }
  if (it->second.second == 0) return false;
  *value = it->second.first;
  *consumed = it->second.second;
  return true;
}

bool Spellout::ParseWith(const Language& lang, std::span<const std::string_view> words,
                         double* value, size_t* consumed) const {
  icu::UnicodeString text;
  std::vector<int32_t> ends;  // where each word ends in `text`
  for (std::string_view w : words) {
    if (!ends.empty()) text.append(u' ');
    text.append(icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), w.size())));
    ends.push_back(text.length());
  }
  icu::Formattable result;
  icu::ParsePosition pos(0);
  lang.rbnf->parse(text, result, pos);
  const int32_t end = pos.getIndex();
  if (end <= 0) return false;
  // Whole words only: "двадцать тридцать" parses as 23 from "двадцать тр".
  size_t c = 0;
  while (c < ends.size() && ends[c] <= end) ++c;
  if (c == 0 || (end != ends[c - 1] && end != ends[c - 1] + 1)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const double v = result.getDouble(status);
  if (U_FAILURE(status) || v < 0) return false;
  if (!FormatsTo(lang, v, words.first(c))) return false;
  *value = v;
  *consumed = c;
  return true;
}

bool Spellout::FormatsTo(const Language& lang, double value,
                         std::span<const std::string_view> words) const {
  for (const icu::UnicodeString& rule_set : lang.rule_sets) {
    icu::UnicodeString text;
    icu::FieldPosition pos;
    UErrorCode status = U_ZERO_ERROR;
    lang.rbnf->format(value, rule_set, text, pos, status);
    if (U_FAILURE(status)) continue;
    const std::vector<std::string> formatted = NormalizedWords(ToUtf8(text));
    if (formatted.size() == words.size() &&
        std::equal(formatted.begin(), formatted.end(), words.begin()))
      return true;
  }
  return false;
}

}  // namespace concord::text
