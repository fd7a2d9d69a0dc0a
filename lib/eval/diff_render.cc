#include "diff_render.h"

#include "rule_checker.h"

#include <algorithm>

namespace concord {
namespace diff {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Marks clamped to the quote and to character boundaries, sorted, merged.
std::vector<Mark> CleanMarks(const std::string& quote, std::vector<Mark> marks) {
  const auto size = static_cast<uint32_t>(quote.size());
  for (Mark& m : marks) {
    m.begin = std::min(m.begin, size);
    m.end = std::min(m.end, size);
    while (m.begin > 0 && m.begin < size && IsContinuation(quote[m.begin])) --m.begin;
    while (m.end < size && IsContinuation(quote[m.end])) ++m.end;
  }
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::vector<Mark> merged;
  for (const Mark& m : marks) {
    if (m.begin >= m.end) continue;
    if (!merged.empty() && m.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
    } else {
      merged.push_back(m);
    }
  }
  return merged;
}

std::string TrimNum(std::string num) {
  while (!num.empty() && (num.back() == '.' || num.back() == ':' || num.back() == ' ')) {
    num.pop_back();
  }
  return num;
}

// "Article 12, 1" from the article's and the provision's numbers, as reports
// label quotes.
std::string ProvisionLabel(const Evidence& e) {
  const std::string article = TrimNum(e.article_num);
  const std::string num = TrimNum(e.provision_num);
  if (num.empty()) return article.empty() ? e.provision_id : article;
  if (article.empty() || num.rfind(article, 0) == 0) return num;
  return article + ", " + num;
}

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

}  // namespace

std::vector<const DiffEntry*> Shown(const ReportDiff& diff, const DiffRenderOptions& options) {
  std::vector<const DiffEntry*> shown;
  for (const DiffEntry& e : diff.entries) {
    if (e.severity() >= options.min_severity) shown.push_back(&e);
  }
  return shown;
}

std::string PlaceOf(const Finding& f) {
  if (f.evidence.empty()) return f.document;
  const Evidence& e = f.evidence.front();
  std::string place = e.path;
  if (e.line > 0) place += ":" + std::to_string(e.line);
  if (e.line > 0 && e.column > 0) place += ":" + std::to_string(e.column);
  return place;
}

std::string Transition(const DiffEntry& e, const char* arrow) {
  std::string from = e.has_base ? FindingStatusName(e.base.status) : "";
  if (e.has_base && !e.base.suppression.empty()) from += " (suppressed)";
  std::string to = e.has_head ? FindingStatusName(e.head.status) : "gone";
  if (e.has_head && !e.head.suppression.empty()) to += " (suppressed)";
  if (e.kind == DiffKind::kNew && !e.has_base) return to;
  return from + " " + arrow + " " + to;
}

std::string NormLabel(const Norm& norm) {
  std::string label = norm.instrument_short;
  if (label.empty()) {
    label = norm.instrument;
    for (char& c : label) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  if (!norm.article.empty()) label += (label.empty() ? "art. " : " art. ") + norm.article;
  if (!norm.article_heading.empty()) label += (label.empty() ? "" : ", ") + norm.article_heading;
  return label;
}

std::string MarkedQuote(const Finding& f, const std::string& open, const std::string& close,
                        std::string (*escape)(const std::string&)) {
  if (f.evidence.empty() || f.evidence.front().quote.empty()) return "";
  const Evidence& e = f.evidence.front();
  std::string out;
  const std::string label = ProvisionLabel(e);
  if (!label.empty()) out = escape(label) + ": ";
  uint32_t at = 0;
  for (const Mark& m : CleanMarks(e.quote, e.marks)) {
    out += escape(e.quote.substr(at, m.begin - at));
    out += open + escape(e.quote.substr(m.begin, m.end - m.begin)) + close;
    at = m.end;
  }
  return out + escape(e.quote.substr(at));
}

std::string MissingList(const Finding& f) {
  std::vector<std::string> names;
  for (const MissingElement& m : f.missing) names.push_back(m.name.empty() ? m.id : m.name);
  return names.empty() ? "none" : Join(names, ", ");
}

std::string ValueList(const Finding& f) {
  std::vector<std::string> values;
  for (const Value& v : f.values) {
    std::string text = v.quantity + " " + eval::FormatNumber(v.value);
    if (!v.unit.empty()) text += " " + v.unit + (v.value == 1 ? "" : "s");
    std::vector<std::string> notes;
    if (!v.bound.empty()) notes.push_back(v.bound);
    if (v.from_exception) notes.push_back("in an exception");
    if (v.violates) notes.push_back("violates");
    if (!notes.empty()) text += " (" + Join(notes, ", ") + ")";
    values.push_back(text);
  }
  return values.empty() ? "none" : Join(values, "; ");
}

std::string Counts(const ReportDiff& diff, const DiffRenderOptions& options) {
  const Severity min = options.min_severity;
  std::string changed = std::to_string(diff.Count(DiffKind::kChanged, min)) + " changed";
  if (diff.Worse(min) > 0) changed += " (" + std::to_string(diff.Worse(min)) + " worse)";
  return std::to_string(diff.Count(DiffKind::kNew, min)) + " new, " + changed + ", " +
         std::to_string(diff.Count(DiffKind::kClosed, min)) + " closed, " +
         std::to_string(diff.Unchanged(min)) + " unchanged";
}

}  // namespace diff

std::string RenderDiff(const ReportDiff& report_diff, DiffFormat format,
                       const DiffRenderOptions& options) {
  switch (format) {
    case DiffFormat::kJson:
      return diff::RenderJson(report_diff, options);
    case DiffFormat::kMarkdown:
      return diff::RenderMarkdown(report_diff, options);
    case DiffFormat::kText:
      break;
  }
  return diff::RenderText(report_diff, options);
}

}  // namespace concord
