#include "norm_text.h"

#include <cmath>

#include <fmt/format.h>

namespace concord::detail {
namespace {

// "year" -> "years" for counts other than one; other units as given.
std::string UnitFor(const std::string& unit, double value) {
  if (unit.empty() || value == 1) return unit;
  for (const char* known : {"year", "month", "week", "day", "hour", "minute"}) {
    if (unit == known) return unit + "s";
  }
  return unit;
}

// "Статья 13." -> "Статья 13": a num without the punctuation that ends it.
std::string TrimNum(std::string num) {
  while (!num.empty() && (num.back() == '.' || num.back() == ':' || num.back() == ' ')) {
    num.pop_back();
  }
  return num;
}

template <typename Item, typename Format>
std::string Join(const std::vector<Item>& items, Format format) {
  std::string out;
  for (const Item& item : items) {
    if (!out.empty()) out += "; ";
    out += format(item);
  }
  return out;
}

}  // namespace

std::string InstrumentShort(const Norm& norm) {
  if (!norm.instrument_short.empty()) return norm.instrument_short;
  std::string out = norm.instrument;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string InstrumentTitle(const Norm& norm) {
  return norm.instrument_title.empty() ? InstrumentShort(norm) : norm.instrument_title;
}

std::string ArticleLabel(const Norm& norm) {
  return norm.article.empty() ? std::string() : "art. " + norm.article;
}

std::string NormCitation(const Norm& norm) {
  std::string out = InstrumentShort(norm);
  if (const std::string article = ArticleLabel(norm); !article.empty()) {
    if (!out.empty()) out += ' ';
    out += article;
  }
  if (!norm.article_heading.empty()) {
    if (!out.empty()) out += ", ";
    out += norm.article_heading;
  }
  return out;
}

std::string StatusWithLevel(FindingStatus status, Level level) {
  return fmt::format("{} ({})", FindingStatusName(status), LevelDescription(level));
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "?";
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return fmt::format("{}", value);
}

std::string FormatValue(const Value& value) {
  std::string out = value.quantity;
  if (!out.empty()) out += ' ';
  out += FormatNumber(value.value);
  if (const std::string unit = UnitFor(value.unit, value.value); !unit.empty()) out += ' ' + unit;
  if (!value.bound.empty() && value.bound != "exact") out += " (" + value.bound + ")";
  if (!value.text.empty()) out += " from \"" + value.text + "\"";
  if (value.from_exception) out += ", in an exception";
  if (value.violates) out += ", violates";
  return out;
}

std::string JoinMissing(const Finding& finding) {
  return Join(finding.missing,
              [](const MissingElement& m) { return m.name.empty() ? m.id : m.name; });
}

std::string JoinValues(const Finding& finding) { return Join(finding.values, FormatValue); }

std::string ProvisionLabel(const Evidence& evidence) {
  const std::string article = TrimNum(evidence.article_num);
  const std::string num = TrimNum(evidence.provision_num);
  if (num.empty()) return article.empty() ? evidence.provision_id : article;
  if (article.empty() || num.rfind(article, 0) == 0) return num;
  return article + ", " + num;
}

const std::string& NormText(const Norm& norm) {
  return norm.official_text.empty() ? norm.summary : norm.official_text;
}

}  // namespace concord::detail
