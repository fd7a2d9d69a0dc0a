// NumberReader: digits, spelled-out numbers (spellout.h), the pack lexicon
// and Russian compounds ("шестнадцатилетнего", "16-летнего", "3-х").

#include "byte_trie.h"
#include "spellout.h"
#include "unit_words.h"

#include "concord/quantity.h"

#include <cmath>
#include <unordered_map>

namespace concord {
namespace {

using text::Spellout;

// Most number words one run may hold ("two thousand five hundred and
// twenty-one" is seven).
constexpr uint32_t kMaxRun = 8;

// A <numbers> entry, normalized.
struct LexEntry {
  std::vector<std::string> words;
  bool prefix = false;  // the last word is a prefix
  double value = 0;
  Unit unit = Unit::kNone;
  bool age = false;
};

// The spellout tables do not depend on the lexicon: built once per process.
const Spellout* SharedSpellout(Status* status) {
  static Status build_status;
  static const std::unique_ptr<Spellout> shared = [] {
    std::unique_ptr<Spellout> s;
    build_status = Spellout::Build(&s);
    return s;
  }();
  *status = build_status;
  return shared.get();
}

bool IsCyrillicLead(char c) {
  return static_cast<unsigned char>(c) == 0xD0 || static_cast<unsigned char>(c) == 0xD1;
}

// The place a spelled part leaves open after it: "сто" (100) may be followed
// by anything under 100, "две тысячи" by anything under 1000, "двадцать" by
// nothing (its units come within the phrase).
double OpenPlace(double v) {
  if (v >= 1000 && std::fmod(v, 1000) == 0) return 1000;
  if (v >= 100 && std::fmod(v, 100) == 0) return 100;
  return 0;
}

// Tens and units joined in one compound stem: "сорока" + "восьми".
bool Composes(double tens, double units) {
  if (tens >= 20 && tens < 100 && std::fmod(tens, 10) == 0) return units >= 1 && units < 10;
  return tens >= 100 && std::fmod(tens, 100) == 0 && units >= 1 && units < 100;
}

class Reader : public NumberReader {
 public:
  Status Init(std::vector<NumberWord> lexicon);
  bool Read(const TokenStream& ts, uint32_t i, NumberMatch* out) const override;

 private:
  bool ReadDigits(const TokenStream& ts, uint32_t i, NumberMatch* m) const;
  bool ReadSpelled(const TokenStream& ts, uint32_t i, int32_t first, NumberMatch* m) const;
  bool PhraseAt(const TokenStream& ts, uint32_t i, uint32_t clause, double* value,
                uint32_t* last) const;
  bool ReadLexicon(const TokenStream& ts, uint32_t i, NumberMatch* m) const;
  bool ReadCompound(std::string_view word, NumberMatch* m) const;
  void ReadSuffix(const TokenStream& ts, bool digits, NumberMatch* m) const;

  const Spellout* spellout_ = nullptr;
  std::vector<LexEntry> lexicon_;
  std::vector<std::vector<uint32_t>> lex_groups_;  // entries by their first word
  text::ByteTrie lex_trie_;                        // first word (or prefix) -> group
  text::ByteTrie stems_;                           // Russian number word -> spellout id
};

// True if tokens a and a + 1 are joined by exactly `gap` bytes in one field.
bool Joined(const TokenStream& ts, uint32_t a, uint32_t gap) {
  if (a + 1 >= ts.tokens.size()) return false;
  const Token& x = ts.tokens[a];
  const Token& y = ts.tokens[a + 1];
  return x.field == y.field && y.begin >= x.end && y.begin - x.end <= gap &&
         x.sentence == y.sentence;
}

// Russian words for halves, read like lexicon entries (after the pack's, so
// a pack may redefine them).
const NumberWord kBuiltinWords[] = {
    {"полгода", 0.5, Unit::kYear},    {"полугода", 0.5, Unit::kYear},
    {"полмесяца", 0.5, Unit::kMonth}, {"полумесяца", 0.5, Unit::kMonth},
    {"полчаса", 0.5, Unit::kHour},    {"получаса", 0.5, Unit::kHour},
    {"полсуток", 0.5, Unit::kDay},
};

Status Reader::Init(std::vector<NumberWord> lexicon) {
  Status status;
  spellout_ = SharedSpellout(&status);
  if (!status.ok()) return status;
  lexicon.insert(lexicon.end(), std::begin(kBuiltinWords), std::end(kBuiltinWords));
  std::unordered_map<std::string, int32_t> groups;
  for (NumberWord& w : lexicon) {
    LexEntry e;
    std::string_view text = w.word;
    if (!text.empty() && text.back() == '*') {
      e.prefix = true;
      text.remove_suffix(1);
    }
    e.words = text::NormalizedWords(text);
    if (e.words.empty())
      return Status::InvalidArgument("number word '" + w.word + "' has no letter or digit");
    e.value = w.value;
    e.unit = w.unit;
    const text::UnitMarker* marker = nullptr;
    for (size_t k = 0; k < e.words.back().size() && !marker; ++k)
      marker = text::UnitMarkerAt(std::string_view(e.words.back()).substr(k));
    e.age = marker && marker->age && marker->unit == e.unit;
    // A multi-word entry is keyed by its first word, matched whole.
    const std::string key = (e.prefix && e.words.size() == 1 ? "*" : "=") + e.words[0];
    auto [it, added] = groups.try_emplace(key, static_cast<int32_t>(lex_groups_.size()));
    if (added) {
      lex_groups_.emplace_back();
      lex_trie_.Insert(e.words[0], it->second);
    }
    lex_groups_[it->second].push_back(static_cast<uint32_t>(lexicon_.size()));
    lexicon_.push_back(std::move(e));
  }
  const auto& words = spellout_->word_texts();
  for (size_t id = 0; id < words.size(); ++id) {
    const text::SpelloutWord& w = spellout_->word(static_cast<int32_t>(id));
    if ((w.langs & text::kRu) && !std::isnan(w.value) && w.value <= 1000)
      stems_.Insert(words[id], static_cast<int32_t>(id));
  }
  return Status::Ok();
}

bool Reader::Read(const TokenStream& ts, uint32_t i, NumberMatch* out) const {
  if (i >= ts.tokens.size()) return false;
  const Token& t = ts.tokens[i];
  const std::string_view w = ts.norm(t);
  if (w.empty()) return false;
  // Most tokens are no number: each check below is a load or two.
  const bool digits = t.flags & kTokenDigits;
  const bool lexicon = lex_trie_.MayStartWith(w);
  const int32_t word = digits ? -1 : spellout_->FindWord(w);
  const bool compound = !digits && w.size() >= 12 && IsCyrillicLead(w[0]);
  if (!digits && !lexicon && word < 0 && !compound) return false;
  NumberMatch m;
  m.first_token = m.last_token = i;
  if (lexicon && ReadLexicon(ts, i, &m)) {
  } else if (digits) {
    if (!ReadDigits(ts, i, &m)) return false;
  } else if (!(word >= 0 && ReadSpelled(ts, i, word, &m)) && !(compound && ReadCompound(w, &m))) {
    return false;
  }
  if (m.implied_unit == Unit::kNone) ReadSuffix(ts, digits, &m);
  *out = m;
  return true;
}

bool Reader::ReadDigits(const TokenStream& ts, uint32_t i, NumberMatch* m) const {
  // Inside a dotted number ("5.1.2", "1.5") only the first part reads.
  if (i > 0 && (ts.tokens[i - 1].flags & kTokenDecimalAfter) && Joined(ts, i - 1, 1)) return false;
  const std::string_view w = ts.norm(i);
  if (w.size() > 15) return false;
  double v = 0;
  for (char c : w) v = v * 10 + (c - '0');
  if ((ts.tokens[i].flags & kTokenDecimalAfter) && Joined(ts, i, 1)) {
    const Token& f = ts.tokens[i + 1];
    if (!(f.flags & kTokenDigits) || (f.flags & kTokenDecimalAfter)) return false;  // "5.1.2"
    const std::string_view frac = ts.norm(i + 1);
    double scale = 1;
    for (char c : frac) {
      scale /= 10;
      v += (c - '0') * scale;
    }
    m->last_token = i + 1;
  }
  m->value = v;
  return true;
}

bool Reader::PhraseAt(const TokenStream& ts, uint32_t i, uint32_t clause, double* value,
                      uint32_t* last) const {
  int32_t node = Spellout::kRoot;
  bool found = false;
  for (uint32_t k = i; k < ts.tokens.size() && k - i < kMaxRun; ++k) {
    if (ts.tokens[k].clause != clause) break;
    const int32_t id = spellout_->FindWord(ts.norm(k));
    if (id < 0) break;
    node = spellout_->NextPhrase(node, id);
    if (node < 0) break;
    const double v = spellout_->PhraseValue(node);
    if (!std::isnan(v)) {
      *value = v;
      *last = k;
      found = true;
    }
  }
  return found;
}

bool Reader::ReadSpelled(const TokenStream& ts, uint32_t i, int32_t first, NumberMatch* m) const {
  if (!spellout_->word(first).starts) return false;
  const uint32_t clause = ts.tokens[i].clause;
  double value = std::nan("");
  uint32_t last = i;
  if (PhraseAt(ts, i, clause, &value, &last)) {
    // Place values: "сто" + "двадцать пять", "две тысячи" + "пятьсот".
    for (double open = OpenPlace(value); open > 0;) {
      double v;
      uint32_t l;
      if (!PhraseAt(ts, last + 1, clause, &v, &l) || v >= open) break;
      value += v;
      last = l;
      open = OpenPlace(v);
    }
  }
  // A longer run with words that only occur inside numbers ("and", "et",
  // "hundred", "ciento"): ICU's parser, checked by spellout.h.
  std::string_view run[kMaxRun];
  size_t run_size = 0;
  uint8_t langs = text::kAllLangs;
  bool has_part = false;
  for (uint32_t k = i; k < ts.tokens.size() && k - i < kMaxRun; ++k) {
    if (ts.tokens[k].clause != clause) break;
    const int32_t id = spellout_->FindWord(ts.norm(k));
    if (id < 0 || !(spellout_->word(id).langs & langs)) break;
    langs &= spellout_->word(id).langs;
    if ((std::isnan(value) || k > last) && std::isnan(spellout_->word(id).value)) has_part = true;
    run[run_size++] = ts.norm(k);
  }
  double v;
  size_t consumed;
  if (has_part && run_size > 1 &&
      spellout_->ParseRun(std::span(run, run_size), langs, &v, &consumed) &&
      (std::isnan(value) || i + consumed - 1 > last)) {
    value = v;
    last = i + static_cast<uint32_t>(consumed) - 1;
  }
  if (std::isnan(value)) return false;
  m->value = value;
  m->last_token = last;
  return true;
}

bool Reader::ReadLexicon(const TokenStream& ts, uint32_t i, NumberMatch* m) const {
  const std::string_view w = ts.norm(i);
  const LexEntry* best = nullptr;
  size_t best_tokens = 0, best_len = 0;
  lex_trie_.ForEachPrefix(w, [&](size_t len, int32_t group) {
    for (uint32_t idx : lex_groups_[group]) {
      const LexEntry& e = lexicon_[idx];
      const bool whole = len == w.size();
      if (e.words.size() == 1 ? !(whole || e.prefix) : !whole) continue;
      size_t k = 1;
      for (; k < e.words.size(); ++k) {
        const uint32_t j = i + static_cast<uint32_t>(k);
        if (j >= ts.tokens.size() || ts.tokens[j].sentence != ts.tokens[i].sentence) break;
        const std::string_view t = ts.norm(j);
        const std::string_view want = e.words[k];
        const bool last_prefix = e.prefix && k + 1 == e.words.size();
        if (last_prefix ? t.substr(0, want.size()) != want : t != want) break;
      }
      if (k < e.words.size()) continue;
      if (k > best_tokens || (k == best_tokens && len > best_len)) {
        best = &e;
        best_tokens = k;
        best_len = len;
      }
    }
    return true;
  });
  if (best == nullptr) return false;
  m->value = best->value;
  m->implied_unit = best->unit;
  m->age = best->age;
  m->last_token = i + static_cast<uint32_t>(best_tokens) - 1;
  return true;
}

bool Reader::ReadCompound(std::string_view word, NumberMatch* m) const {
  // Candidate number stems at the start, longest first.
  std::pair<size_t, int32_t> stems[8];
  size_t count = 0;
  stems_.ForEachPrefix(word, [&](size_t len, int32_t id) {
    if (count < std::size(stems)) stems[count++] = {len, id};
    return true;
  });
  while (count > 0) {
    const auto [len, id] = stems[--count];
    const double v1 = spellout_->word(id).value;
    const std::string_view rest = word.substr(len);
    const text::UnitMarker* marker = text::UnitMarkerAt(rest);
    double value = v1;
    if (marker == nullptr) {  // "сорока" + "восьми" + "часов"
      stems_.ForEachPrefix(rest, [&](size_t len2, int32_t id2) {
        const double v2 = spellout_->word(id2).value;
        const text::UnitMarker* mk = text::UnitMarkerAt(rest.substr(len2));
        if (mk == nullptr || !Composes(v1, v2)) return true;
        marker = mk;
        value = v1 + v2;
        return false;
      });
    }
    if (marker != nullptr) {
      m->value = value;
      m->implied_unit = marker->unit;
      m->age = marker->age;
      return true;
    }
  }
  return false;
}

void Reader::ReadSuffix(const TokenStream& ts, bool digits, NumberMatch* m) const {
  uint32_t last = m->last_token;
  if (!(ts.tokens[last].flags & kTokenHyphenAfter) || !Joined(ts, last, 3)) return;
  std::string_view next = ts.norm(last + 1);
  if (digits && text::IsNumeralEnding(next)) {  // "3-х", "5-ти"
    m->last_token = ++last;
    if (!(ts.tokens[last].flags & kTokenHyphenAfter) || !Joined(ts, last, 3)) return;
    next = ts.norm(last + 1);
  }
  if (const text::UnitMarker* marker = text::UnitMarkerAt(next)) {  // "16-летнего"
    m->implied_unit = marker->unit;
    m->age = marker->age;
    m->last_token = last + 1;
    return;
  }
  // "18-year-old"
  if (text::UnitWord(next) == Unit::kYear && (ts.tokens[last + 1].flags & kTokenHyphenAfter) &&
      Joined(ts, last + 1, 3) && ts.norm(last + 2) == "old") {
    m->implied_unit = Unit::kYear;
    m->age = true;
    m->last_token = last + 2;
  }
}

}  // namespace

Status NumberReader::Create(std::vector<NumberWord> lexicon, std::unique_ptr<NumberReader>* out) {
  auto reader = std::make_unique<Reader>();
  Status status = reader->Init(std::move(lexicon));
  if (!status.ok()) return status;
  *out = std::move(reader);
  return Status::Ok();
}

}  // namespace concord
