#include "unit_words.h"

#include <unordered_map>

namespace concord::text {
namespace {

struct UnitEntry {
  std::string_view word;
  Unit unit;
};

// Normalized forms (no diacritics, ё -> е).
constexpr UnitEntry kUnitWords[] = {
    // English
    {"year", Unit::kYear},
    {"years", Unit::kYear},
    {"yr", Unit::kYear},
    {"yrs", Unit::kYear},
    {"month", Unit::kMonth},
    {"months", Unit::kMonth},
    {"week", Unit::kWeek},
    {"weeks", Unit::kWeek},
    {"day", Unit::kDay},
    {"days", Unit::kDay},
    {"hour", Unit::kHour},
    {"hours", Unit::kHour},
    // Russian
    {"год", Unit::kYear},
    {"года", Unit::kYear},
    {"году", Unit::kYear},
    {"годом", Unit::kYear},
    {"годе", Unit::kYear},
    {"годы", Unit::kYear},
    {"годов", Unit::kYear},
    {"годам", Unit::kYear},
    {"годами", Unit::kYear},
    {"годах", Unit::kYear},
    {"лет", Unit::kYear},
    {"месяц", Unit::kMonth},
    {"месяца", Unit::kMonth},
    {"месяцу", Unit::kMonth},
    {"месяцем", Unit::kMonth},
    {"месяце", Unit::kMonth},
    {"месяцы", Unit::kMonth},
    {"месяцев", Unit::kMonth},
    {"месяцам", Unit::kMonth},
    {"месяцами", Unit::kMonth},
    {"месяцах", Unit::kMonth},
    {"неделя", Unit::kWeek},
    {"недели", Unit::kWeek},
    {"неделе", Unit::kWeek},
    {"неделю", Unit::kWeek},
    {"неделей", Unit::kWeek},
    {"недель", Unit::kWeek},
    {"неделям", Unit::kWeek},
    {"неделями", Unit::kWeek},
    {"неделях", Unit::kWeek},
    {"день", Unit::kDay},
    {"дня", Unit::kDay},
    {"дню", Unit::kDay},
    {"днем", Unit::kDay},
    {"дне", Unit::kDay},
    {"дни", Unit::kDay},
    {"дней", Unit::kDay},
    {"дням", Unit::kDay},
    {"днями", Unit::kDay},
    {"днях", Unit::kDay},
    {"сутки", Unit::kDay},
    {"суток", Unit::kDay},
    {"суткам", Unit::kDay},
    {"сутками", Unit::kDay},
    {"сутках", Unit::kDay},
    {"час", Unit::kHour},
    {"часа", Unit::kHour},
    {"часу", Unit::kHour},
    {"часом", Unit::kHour},
    {"часе", Unit::kHour},
    {"часы", Unit::kHour},
    {"часов", Unit::kHour},
    {"часам", Unit::kHour},
    {"часами", Unit::kHour},
    {"часах", Unit::kHour},
    // French
    {"an", Unit::kYear},
    {"ans", Unit::kYear},
    {"annee", Unit::kYear},
    {"annees", Unit::kYear},
    {"mois", Unit::kMonth},
    {"semaine", Unit::kWeek},
    {"semaines", Unit::kWeek},
    {"jour", Unit::kDay},
    {"jours", Unit::kDay},
    {"heure", Unit::kHour},
    {"heures", Unit::kHour},
    // Spanish
    {"ano", Unit::kYear},
    {"anos", Unit::kYear},
    {"mes", Unit::kMonth},
    {"meses", Unit::kMonth},
    {"semana", Unit::kWeek},
    {"semanas", Unit::kWeek},
    {"dia", Unit::kDay},
    {"dias", Unit::kDay},
    {"hora", Unit::kHour},
    {"horas", Unit::kHour},
};

constexpr UnitMarker kMarkers[] = {
    {"летн", Unit::kYear, true},     {"лети", Unit::kYear, true},  // "шестнадцатилетия"
    {"годовал", Unit::kYear, true},  {"годичн", Unit::kYear, false},
    {"месячн", Unit::kMonth, false}, {"недельн", Unit::kWeek, false},
    {"дневн", Unit::kDay, false},    {"суточн", Unit::kDay, false},
    {"часов", Unit::kHour, false},
};

constexpr std::string_view kNumeralEndings[] = {"х",   "ти", "ми", "ух", "ех", "ох",
                                                "ого", "го", "му", "ью", "ю",  "и"};

}  // namespace

Unit UnitWord(std::string_view norm) {
  static const std::unordered_map<std::string_view, Unit> table = [] {
    std::unordered_map<std::string_view, Unit> t;
    for (const UnitEntry& e : kUnitWords) t.emplace(e.word, e.unit);
    return t;
  }();
  if (norm.size() > 16) return Unit::kNone;
  auto it = table.find(norm);
  return it == table.end() ? Unit::kNone : it->second;
}

const UnitMarker* UnitMarkerAt(std::string_view s) {
  for (const UnitMarker& m : kMarkers) {
    if (s.substr(0, m.stem.size()) == m.stem) return &m;
  }
  return nullptr;
}

bool IsNumeralEnding(std::string_view norm) {
  for (std::string_view e : kNumeralEndings) {
    if (norm == e) return true;
  }
  return false;
}

}  // namespace concord::text
