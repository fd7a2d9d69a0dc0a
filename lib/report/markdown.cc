// The Markdown report: a GitHub-flavoured concordance table per instrument
// with summary counts, for national reports, pull requests and wikis.

#include "concordance.h"
#include "escape.h"
#include "finding_order.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

std::string Md(std::string_view text) { return MarkdownEscape(text); }

// One summary table row: label, then the count of each status, then total.
std::string CountsRow(const std::string& label, const StatusCounts& counts) {
  std::string row = "| " + label;
  for (FindingStatus status : kSummaryOrder) row += fmt::format(" | {}", counts.of(status));
  return row + fmt::format(" | {} |\n", counts.total);
}

std::string CountsHeader(const std::string& first) {
  std::string header = "| " + first;
  std::string rule = "|---";
  for (FindingStatus status : kSummaryOrder) {
    header += std::string(" | ") + FindingStatusName(status);
    rule += "|--:";
  }
  return header + " | total |\n" + rule + "|--:|\n";
}

std::string ArticleCell(const Norm& norm) {
  std::string cell = norm.article.empty() ? "—" : "**" + Md(norm.article) + "**";
  if (!norm.article_heading.empty()) cell += " " + Md(norm.article_heading);
  return cell;
}

std::string NormCell(const Norm& norm) {
  std::string cell;
  if (!norm.official_text.empty()) {
    cell = "“" + Md(norm.official_text) + "”";
  } else {
    cell = Md(norm.summary.empty() ? norm.title : norm.summary);
  }
  if (!norm.basis.empty()) cell += "<br>Basis: " + Md(norm.basis);
  return cell + "<br>Rule " + Md(norm.rule_id);
}

std::string ProvisionsCell(const ConcordanceRow& row, const RenderOptions& options) {
  std::string cell;
  for (const Evidence* e : row.provisions) {
    if (!cell.empty()) cell += "<br>";
    std::string label = ProvisionLabel(*e);
    if (label.empty()) label = "line " + std::to_string(e->line);
    cell += fmt::format("[{}]({}) in {}", Md(label), EvidenceLink(*e, options),
                        Md(DisplayPath(e->path, options)));
    if (!e->quote.empty()) {
      cell += ": “" + RenderQuote(e->quote, e->marks, QuoteStyle{&Md, "<b>", "</b>"}) + "”";
    }
  }
  if (cell.empty() && !row.finding->document.empty()) {
    cell = "— in " + Md(DisplayPath(row.finding->document, options));
  }
  return cell.empty() ? "—" : cell;
}

std::string StatusCell(const ConcordanceRow& row) {
  std::string cell = fmt::format("**{}** ({})", FindingStatusName(row.finding->status),
                                 LevelDescription(row.norm->level));
  if (const std::string hidden = HiddenReason(*row.finding); !hidden.empty()) {
    cell += "<br>" + Md(hidden);
  }
  return cell;
}

std::string FindingCell(const Finding& f) {
  std::string cell = Md(f.message);
  auto add = [&](const std::string& label, const std::string& text) {
    if (text.empty()) return;
    if (!cell.empty()) cell += "<br>";
    cell += label + ": " + Md(text);
  };
  add("Missing", JoinMissing(f));
  add("Values", JoinValues(f));
  add("Reservation", f.reservation);
  return cell;
}

void RenderTable(const ConcordanceTable& table, const RenderOptions& options, std::string* out) {
  const Norm& first = *table.first_norm;
  *out += fmt::format("\n## {} — {}\n\n", Md(InstrumentShort(first)), Md(InstrumentTitle(first)));
  *out += DescribeCounts(table.counts.all) + ".\n\n";
  *out += "| Article | Norm | National provisions | Status | Finding | Recommendation |\n";
  *out += "|---|---|---|---|---|---|\n";
  for (const ConcordanceRow& row : table.rows) {
    const bool failure = IsFailure(row.finding->status);
    *out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", ArticleCell(*row.norm),
                        NormCell(*row.norm), ProvisionsCell(row, options), StatusCell(row),
                        FindingCell(*row.finding), failure ? Md(row.norm->recommendation) : "");
  }
}

void RenderHeader(const Report& report, const Concordance& c, std::string* out) {
  *out += "# Concordance report\n\n";
  std::string meta = fmt::format("Concord {}", Md(report.tool_version));
  if (!report.mode.empty()) meta += " · " + Md(report.mode) + " mode";
  if (!report.state.empty()) meta += " · " + Md(report.state);
  if (!report.profile.empty()) meta += " (profile " + Md(report.profile) + ")";
  if (!report.packs.empty()) meta += " · packs: " + Md(DescribePacks(report));
  *out += meta + " · " + DescribeDocuments(c) + "\n\n## Summary\n\n";
  *out += CountsHeader("Instrument");
  for (const ConcordanceTable& table : c.tables) {
    *out += CountsRow(Md(InstrumentShort(*table.first_norm)), table.counts);
  }
  *out += CountsRow("**All**", c.total) + "\n" + CountsHeader("Level");
  for (size_t level = 0; level < c.by_level.size(); ++level) {
    if (c.by_level[level].total == 0) continue;
    *out += CountsRow(LevelDescription(static_cast<Level>(level)), c.by_level[level]);
  }
  *out += fmt::format("\n{} failing; {} suppressed; {} baselined.\n", c.total.failing,
                      c.total.suppressed, c.total.baselined);
}

void RenderDocuments(const Report& report, const RenderOptions& options, std::string* out) {
  if (report.documents.empty() && report.diagnostics.empty()) return;
  *out += "\n## Documents\n\n| Document | Title | Language | Format | Provisions |\n";
  *out += "|---|---|---|---|--:|\n";
  for (const DocumentSummary& d : report.documents) {
    *out += fmt::format("| {} | {} | {} | {} | {} |\n", Md(DisplayPath(d.path, options)),
                        d.loaded ? Md(d.title) : "*not readable*", Md(d.language), Md(d.format),
                        d.provisions);
  }
  if (report.diagnostics.empty()) return;
  *out += "\n### Diagnostics\n\n";
  for (const Diagnostic& d : report.diagnostics) *out += "- " + Md(d.ToString()) + "\n";
}

}  // namespace

void RenderMarkdown(const Report& report, const RenderOptions& options, std::string* out) {
  const Concordance concordance = BuildConcordance(report, options);
  RenderHeader(report, concordance, out);
  for (const ConcordanceTable& table : concordance.tables) RenderTable(table, options, out);
  RenderDocuments(report, options, out);
}

}  // namespace concord::detail
