// CSV (RFC 4180): a header row, then one row per finding with its first
// evidence place and the number of evidence places. CRLF line ends; fields
// quoted when they hold a comma, a quote, CR or LF. Values are written as
// they are (no spreadsheet-formula guarding), in UTF-8 without a BOM.

#include "escape.h"
#include "finding_order.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

constexpr const char* kColumns[] = {
    "rule_id",        "title",       "instrument", "article",      "heading",
    "level",          "severity",    "status",     "message",      "document",
    "path",           "line",        "column",     "provision_id", "provision",
    "quote",          "marked",      "missing",    "values",       "reservation",
    "recommendation", "suppression", "baselined",  "fingerprint",  "evidence_count"};

void AppendRow(const std::vector<std::string>& fields, std::string* out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->append(CsvField(fields[i]));
  }
  out->append("\r\n");
}

// The marked words of a quote, joined by " … ".
std::string MarkedWords(const Evidence& e) {
  std::string words;
  for (const QuoteSegment& segment : SplitQuote(e.quote, e.marks)) {
    if (!segment.marked) continue;
    if (!words.empty()) words += " … ";
    words.append(segment.text);
  }
  return words;
}

std::vector<std::string> Row(const Report& report, const Finding& f) {
  const Norm& norm = NormOf(report, f);
  const Evidence* e = f.evidence.empty() ? nullptr : &f.evidence.front();
  auto number = [](uint32_t n) { return n > 0 ? std::to_string(n) : std::string(); };
  return {f.rule_id,
          norm.title,
          norm.instrument,
          norm.article,
          norm.article_heading,
          LevelName(norm.level),
          SeverityName(f.severity),
          FindingStatusName(f.status),
          f.message,
          f.document,
          e ? e->path : std::string(),
          e ? number(e->line) : std::string(),
          e ? number(e->column) : std::string(),
          e ? e->provision_id : std::string(),
          e ? ProvisionLabel(*e) : std::string(),
          e ? e->quote : std::string(),
          e ? MarkedWords(*e) : std::string(),
          JoinMissing(f),
          JoinValues(f),
          f.reservation,
          IsFailure(f.status) ? norm.recommendation : std::string(),
          f.suppression,
          f.baselined ? "true" : "false",
          f.fingerprint,
          std::to_string(f.evidence.size())};
}

}  // namespace

void RenderCsv(const Report& report, const RenderOptions& options, std::string* out) {
  AppendRow(std::vector<std::string>(std::begin(kColumns), std::end(kColumns)), out);
  std::vector<const Finding*> findings = SelectFindings(report, options);
  SortForReading(&findings);
  for (const Finding* f : findings) AppendRow(Row(report, *f), out);
}

}  // namespace concord::detail
