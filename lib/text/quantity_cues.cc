#include "quantity_cues.h"

#include "byte_trie.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace concord::text {
namespace {

enum CueFlag : uint8_t {
  kAgeCue = 1,  // the cue speaks of age
  kUntil = 2,   // "до"
  kTight = 4,   // may make a bare number an age: "under 18"
};

struct CueSpec {
  const char* words;  // normalized, space-separated; '*' ends a prefix
  Bound bound;
  uint8_t flags;
};

constexpr Bound B = Bound::kBelow;
constexpr Bound A = Bound::kAbove;
constexpr Bound L = Bound::kAtLeast;
constexpr Bound M = Bound::kAtMost;

constexpr CueSpec kBoundCues[] = {
    // English
    {"under", B, kTight},
    {"below", B, kTight},
    {"less than", B, 0},
    {"fewer than", B, 0},
    {"younger than", B, kAgeCue | kTight},
    {"not attained", B, kAgeCue},
    {"not yet attained", B, kAgeCue},
    {"not reached", B, kAgeCue},
    {"not yet reached", B, kAgeCue},
    {"over", A, kTight},
    {"above", A, kTight},
    {"more than", A, 0},
    {"older than", A, kAgeCue | kTight},
    {"in excess of", A, 0},
    {"exceeding", A, 0},
    {"from", L, 0},
    {"at least", L, 0},
    {"not less than", L, 0},
    {"no less than", L, 0},
    {"not under", L, 0},
    {"not below", L, 0},
    {"not younger than", L, kAgeCue},
    {"no younger than", L, kAgeCue},
    {"minimum of", L, 0},
    {"attained", L, kAgeCue},
    {"reached", L, kAgeCue},
    {"attaining", L, kAgeCue},
    {"reaching", L, kAgeCue},
    {"up to", M, 0},
    {"not more than", M, 0},
    {"no more than", M, 0},
    {"not exceeding", M, 0},
    {"not to exceed", M, 0},
    {"no later than", M, 0},
    {"not later than", M, 0},
    {"within", M, 0},
    {"at most", M, 0},
    {"maximum of", M, 0},
    {"not older than", M, kAgeCue},
    {"no older than", M, kAgeCue},
    {"not over", M, 0},
    {"not earlier than", L, 0},
    {"no earlier than", L, 0},
    {"no sooner than", L, 0},
    {"at the latest", M, 0},
    // Russian
    {"младше", B, kAgeCue | kTight},
    {"моложе", B, kAgeCue | kTight},
    {"менее", B, 0},
    {"меньше", B, 0},
    {"не достигш*", B, kAgeCue | kTight},
    {"не достигнув*", B, kAgeCue},
    {"до достижени*", B, kAgeCue},
    {"до", M, kUntil},
    {"старше", A, kAgeCue | kTight},
    {"свыше", A, 0},
    {"более", A, 0},
    {"больше", A, 0},
    {"превышающ*", A, 0},
    {"с", L, 0},
    {"от", L, 0},
    {"не менее", L, 0},
    {"не меньше", L, 0},
    {"не моложе", L, kAgeCue},
    {"не младше", L, kAgeCue},
    {"достигш*", L, kAgeCue},
    {"достигнув*", L, kAgeCue},
    {"по достижени*", L, kAgeCue},
    {"начиная с", L, 0},
    {"не более", M, 0},
    {"не больше", M, 0},
    {"не свыше", M, 0},
    {"не позднее", M, 0},
    {"не позже", M, 0},
    {"в течение", M, 0},
    {"не ранее", L, 0},
    {"не раньше", L, 0},
    {"не старше", M, kAgeCue},
    {"не превышающ*", M, 0},
    // French
    {"moins de", B, kTight},
    {"inferieur a", B, 0},
    {"au dessous de", B, 0},
    {"n'ayant pas atteint", B, kAgeCue},
    {"plus de", A, 0},
    {"superieur a", A, 0},
    {"au dela de", A, 0},
    {"a partir de", L, 0},
    {"au moins", L, 0},
    {"pas moins de", L, 0},
    {"au minimum", L, 0},
    {"jusqu'a", M, 0},
    {"au plus", M, 0},
    {"pas plus de", M, 0},
    {"dans un delai de", M, 0},
    {"dans les", M, 0},
    {"au maximum", M, 0},
    {"au plus tard", M, 0},
    // Spanish
    {"menos de", B, 0},
    {"menor de", B, kAgeCue | kTight},
    {"menores de", B, kAgeCue | kTight},
    {"inferior a", B, 0},
    {"por debajo de", B, 0},
    {"mas de", A, 0},
    {"mayor de", A, kAgeCue | kTight},
    {"mayores de", A, kAgeCue | kTight},
    {"superior a", A, 0},
    {"desde", L, 0},
    {"al menos", L, 0},
    {"por lo menos", L, 0},
    {"no menos de", L, 0},
    {"como minimo", L, 0},
    {"hasta", M, 0},
    {"no mas de", M, 0},
    {"dentro de", M, 0},
    {"como maximo", M, 0},
    {"a mas tardar", M, 0},
};

constexpr uint8_t G = kAgeCue;
constexpr CueSpec kTrailingCues[] = {
    {"or older", L, G},   {"or over", L, 0},  {"or more", L, 0},   {"and over", L, 0},
    {"and above", L, 0},  {"or above", L, 0}, {"and older", L, G}, {"or less", M, 0},
    {"or younger", M, G}, {"or under", M, 0}, {"or fewer", M, 0},  {"or below", M, 0},
    {"и старше", L, G},   {"и более", L, 0},  {"или более", L, 0}, {"и выше", L, 0},
    {"и младше", M, G},   {"и менее", M, 0},  {"или менее", M, 0}, {"et plus", L, 0},
    {"ou plus", L, 0},    {"o mas", L, 0},    {"y mas", L, 0},     {"ou moins", M, 0},
    {"o menos", M, 0},
};

// Words that may stand between a bound cue and its number.
constexpr std::string_view kFillers[] = {
    "the",      "a",        "an",      "age", "ages", "of",   "period", "term",   "total",
    "возраста", "возрасте", "возраст", "чем", "на",   "срок", "срока",  "период", "l'age",
    "la",       "le",       "les",     "de",  "d'",   "un",   "une",    "delai",  "periode",
    "duree",    "el",       "los",     "las", "edad", "del",  "una",    "plazo",  "periodo",
};

// Words that may follow a bare age: "children under 18 shall", "лица
// младше 16 не могут".
constexpr std::string_view kFunctionWords[] = {
    "shall",  "may",     "must",    "who",     "whom",    "whose", "which", "that",    "is",
    "are",    "was",     "were",    "and",     "or",      "nor",   "but",   "can",     "cannot",
    "will",   "should",  "to",      "in",      "at",      "from",  "on",    "has",     "have",
    "not",    "also",    "unless",  "except",  "if",      "не",    "может", "могут",   "должен",
    "должны", "который", "которая", "которые", "которых", "и",     "или",   "а",       "но",
    "если",   "в",       "на",      "без",     "за",      "ne",    "peut",  "peuvent", "qui",
    "et",     "ou",      "no",      "puede",   "pueden",  "que",   "y",     "o",
};

constexpr std::string_view kAgeWords[] = {"age", "aged", "ages", "l'age", "d'age", "edad"};

constexpr std::string_view kPersonWords[] = {
    "child",       "children", "person",  "persons",  "people",    "minor",     "minors",
    "girl",        "girls",    "boy",     "boys",     "juvenile",  "juveniles", "adolescent",
    "adolescents", "pupil",    "pupils",  "infant",   "infants",   "дети",      "детей",
    "детям",       "детьми",   "ребенок", "ребенка",  "ребенку",   "ребенком",  "лицо",
    "лица",        "лиц",      "лицам",   "лицами",   "девочек",   "мальчиков", "enfant",
    "enfants",     "mineur",   "mineurs", "personne", "personnes", "nino",      "ninos",
    "nina",        "ninas",    "persona", "personas",
};

constexpr std::string_view kUnitFillers[] = {
    "full",     "calendar", "working",     "business",    "consecutive", "complete",
    "clear",    "полных",   "календарных", "рабочих",     "полного",     "календарного",
    "complets", "pleins",   "calendario",  "calendarios", "habiles",
};

constexpr std::string_view kTermStems[] = {"срок",     "период",     "стаж", "план",
                                           "программ", "перспектив", "цикл"};

constexpr std::string_view kLowerStems[] = {
    "reduc",  "lower",  "decreas", "shorten", "снижен", "снизи",  "сниж",  "понижен", "пониз",
    "уменьш", "сокращ", "сократ",  "reduit",  "abaiss", "diminu", "rebaj", "disminu",
};
constexpr std::string_view kRaiseStems[] = {
    "rais",   "increas", "extend",  "prolong", "повыш",   "повыс",
    "увелич", "продл",   "augment", "aument",  "prorrog",
};

constexpr std::string_view kRangeJoins[] = {"to", "through", "till", "until",
                                            "до", "по",      "a",    "hasta"};
constexpr std::string_view kPairJoins[] = {"and", "et", "y", "и"};

struct Cue {
  std::vector<std::string_view> words;
  Bound bound;
  uint8_t flags;
};

std::vector<Cue> ParseCues(const CueSpec* specs, size_t n) {
  std::vector<Cue> cues;
  for (size_t i = 0; i < n; ++i) {
    Cue cue{{}, specs[i].bound, specs[i].flags};
    std::string_view s = specs[i].words;
    while (!s.empty()) {
      const size_t space = s.find(' ');
      cue.words.push_back(s.substr(0, space));
      s = space == std::string_view::npos ? std::string_view() : s.substr(space + 1);
    }
    cues.push_back(std::move(cue));
  }
  return cues;
}

// Bound cues indexed by their last word, so that a position is checked with
// one hash lookup (plus the few cues that end in a prefix).
struct CueIndex {
  std::vector<Cue> cues;
  std::unordered_map<std::string_view, std::vector<const Cue*>> by_last;
  std::vector<const Cue*> prefix_last;

  CueIndex() : cues(ParseCues(kBoundCues, std::size(kBoundCues))) {
    for (const Cue& cue : cues) {
      if (cue.words.back().ends_with('*')) {
        prefix_last.push_back(&cue);
      } else {
        by_last[cue.words.back()].push_back(&cue);
      }
    }
  }
};

const CueIndex& BoundCues() {
  static const CueIndex index;
  return index;
}

const std::vector<Cue>& TrailingCues() {
  static const std::vector<Cue> cues = ParseCues(kTrailingCues, std::size(kTrailingCues));
  return cues;
}

bool WordMatches(std::string_view pattern, std::string_view word) {
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return word.substr(0, pattern.size()) == pattern;
  }
  return word == pattern;
}

// True if `cue` matches the tokens from `first` on (same sentence).
bool CueAt(const TokenStream& ts, const Cue& cue, uint32_t first) {
  if (first + cue.words.size() > ts.tokens.size()) return false;
  for (size_t k = 0; k < cue.words.size(); ++k) {
    if (ts.tokens[first + k].sentence != ts.tokens[first].sentence) return false;
    if (!WordMatches(cue.words[k], ts.norm(first + k))) return false;
  }
  return true;
}

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

template <size_t N>
bool StartsWithAny(const std::string_view (&stems)[N], std::string_view w) {
  for (std::string_view s : stems) {
    if (w.substr(0, s.size()) == s) return true;
  }
  return false;
}

}  // namespace

bool FindBoundCue(const TokenStream& ts, uint32_t end, uint32_t floor, uint32_t window,
                  BoundCue* out) {
  const uint32_t lo = std::max(floor, end > window ? end - window : 0u);
  for (uint32_t k = end; k-- > lo;) {
    const Cue* best = nullptr;
    auto consider = [&](const Cue* cue) {
      const uint32_t n = static_cast<uint32_t>(cue->words.size());
      if (k + 1 < n || k + 1 - n < floor) return;
      if ((best == nullptr || n > best->words.size()) && CueAt(ts, *cue, k + 1 - n)) best = cue;
    };
    const CueIndex& index = BoundCues();
    auto it = index.by_last.find(ts.norm(k));
    if (it != index.by_last.end()) {
      for (const Cue* cue : it->second) consider(cue);
    }
    for (const Cue* cue : index.prefix_last) consider(cue);
    if (best != nullptr) {
      out->bound = best->bound;
      out->age = best->flags & kAgeCue;
      out->until = best->flags & kUntil;
      out->tight = best->flags & kTight;
      out->first = k + 1 - static_cast<uint32_t>(best->words.size());
      return true;
    }
    if (!In(kFillers, ts.norm(k))) return false;
  }
  return false;
}

bool FindTrailingBound(const TokenStream& ts, uint32_t last, Bound* bound, bool* age,
                       uint32_t* cue_last) {
  const uint32_t first = last + 1;
  if (first >= ts.tokens.size() || ts.tokens[first].sentence != ts.tokens[last].sentence)
    return false;
  for (const Cue& cue : TrailingCues()) {
    if (CueAt(ts, cue, first)) {
      *bound = cue.bound;
      *age = cue.flags & kAgeCue;
      *cue_last = first + static_cast<uint32_t>(cue.words.size()) - 1;
      return true;
    }
  }
  return false;
}

bool IsCueFiller(std::string_view norm) { return In(kFillers, norm); }

bool IsFunctionWord(std::string_view norm) { return In(kFunctionWords, norm); }

bool IsAgeWord(std::string_view norm) {
  return In(kAgeWords, norm) || norm.starts_with("возраст") || norm.starts_with("достиг") ||
         norm.starts_with("достижени");
}

uint32_t AgeTailAt(const TokenStream& ts, uint32_t i) {
  if (i >= ts.tokens.size()) return 0;
  const std::string_view w = ts.norm(i);
  if (w == "old" || w == "d'age") return 1;
  if (i + 1 >= ts.tokens.size() || ts.tokens[i + 1].sentence != ts.tokens[i].sentence) return 0;
  const std::string_view next = ts.norm(i + 1);
  if ((w == "of" && next == "age") || (w == "de" && next == "edad") ||
      (w == "от" && next == "роду"))
    return 2;
  return 0;
}

bool IsPersonWord(std::string_view norm) {
  return In(kPersonWords, norm) || norm.starts_with("несовершеннолетн");
}

bool IsUnitFiller(std::string_view norm) { return In(kUnitFillers, norm); }

bool IsTermWord(std::string_view norm) { return StartsWithAny(kTermStems, norm); }

int8_t ChangeVerb(std::string_view norm) {
  static const ByteTrie stems = [] {
    ByteTrie t;
    for (std::string_view s : kLowerStems) t.Insert(s, 0);
    for (std::string_view s : kRaiseStems) t.Insert(s, 1);
    return t;
  }();
  int8_t change = 0;
  stems.ForEachPrefix(norm, [&](size_t, int32_t v) {
    change = v == 0 ? -1 : 1;
    return false;
  });
  return change;
}

bool IsChangePreposition(std::string_view norm) {
  return norm == "by" || norm == "на" || norm == "de" || norm == "en";
}

bool IsRangeStart(std::string_view norm, bool* pair) {
  *pair = norm == "between" || norm == "entre" || norm == "между";
  return *pair || norm == "from" || norm == "от" || norm == "с" || norm == "de" || norm == "desde";
}

bool IsRangeJoin(std::string_view norm, bool pair) {
  return In(kRangeJoins, norm) || (pair && In(kPairJoins, norm));
}

bool IsRangeFiller(std::string_view norm) {
  return norm == "the" || norm == "ages" || norm == "age" || norm == "of";
}

}  // namespace concord::text
