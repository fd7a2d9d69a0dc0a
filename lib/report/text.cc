// The text report: compiler-style lines for terminals and logs.
//
//   path:line:col: severity RULE-ID status: message
//      | Article 21: quote with »marked« words
//      = norm: CRC art. 1, Definition of the child (treaty text)
//      = recommendation: ...
//
// followed by one summary line. See docs/reports.md for what each verbosity
// shows.

#include "ansi.h"
#include "counts.h"
#include "escape.h"
#include "finding_order.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

// Evidence places listed after the first quote in normal verbosity.
constexpr size_t kMaxAlsoPlaces = 3;

class TextRenderer {
 public:
  TextRenderer(const Report& report, const RenderOptions& options, std::string* out)
      : report_(report), options_(options), paint_(options.color), out_(*out) {}

  void Render() {
    std::vector<const Finding*> findings = SelectFindings(report_, options_);
    SortForReading(&findings);
    for (const Finding* finding : findings) {
      if (Shown(*finding)) RenderFinding(*finding);
    }
    RenderSummary(CountFindings(findings));
  }

 private:
  bool quiet() const { return options_.verbosity <= 0; }
  bool verbose() const { return options_.verbosity >= 2; }

  bool Shown(const Finding& f) const {
    if (verbose()) return true;
    if (!f.suppression.empty() || f.baselined) return false;
    if (IsFailure(f.status)) return true;
    return !quiet() && f.status == FindingStatus::kReserved;
  }

  void RenderFinding(const Finding& f) {
    const Norm& norm = NormOf(report_, f);
    RenderHeader(f);
    if (quiet()) return;
    RenderEvidence(f);
    Detail("norm", NormCitation(norm) + " (" + LevelDescription(norm.level) + ")");
    if (verbose()) {
      Detail(norm.official_text.empty() ? "text" : "official text", NormText(norm));
      Detail("basis", norm.basis);
    }
    Detail("missing", JoinMissing(f));
    Detail("values", JoinValues(f));
    Detail("reservation", f.reservation);
    if (IsFailure(f.status)) Detail("recommendation", norm.recommendation);
    if (!f.suppression.empty()) Detail("suppressed", f.suppression);
    if (f.baselined) Detail("baselined", "recorded in the baseline");
    out_ += '\n';
  }

  void RenderHeader(const Finding& f) {
    const Place place = PrimaryPlace(f);
    std::string where = place.path.empty() ? "concord" : TerminalSafe(place.path);
    if (!place.path.empty() && place.line > 0) {
      where += fmt::format(":{}", place.line);
      if (place.column > 0) where += fmt::format(":{}", place.column);
    }
    const char* severity = IsFailure(f.status) ? SeverityName(f.severity) : "note";
    out_ += paint_.Paint(Style::kPath, where + ":");
    out_ += ' ';
    out_ += paint_.Paint(SeverityStyle(f), severity);
    out_ += ' ';
    out_ += paint_.Paint(Style::kRule, TerminalSafe(f.rule_id));
    out_ += fmt::format(" {}: {}\n", FindingStatusName(f.status), TerminalSafe(f.message));
  }

  void RenderEvidence(const Finding& f) {
    for (size_t i = 0; i < f.evidence.size(); ++i) {
      const Evidence& e = f.evidence[i];
      if (i == 0 || verbose()) {
        Quote(e, /*with_place=*/i > 0);
      } else if (i <= kMaxAlsoPlaces) {
        Detail("also", PlaceOf(e) + " (" + ProvisionLabel(e) + ")");
      } else {
        Detail("also", fmt::format("{} more places", f.evidence.size() - i));
        break;
      }
    }
  }

  static std::string PlaceOf(const Evidence& e) {
    std::string place = e.path;
    if (e.line > 0) place += fmt::format(":{}", e.line);
    if (e.line > 0 && e.column > 0) place += fmt::format(":{}", e.column);
    return place;
  }

  void Quote(const Evidence& e, bool with_place) {
    std::string label = ProvisionLabel(e);
    if (with_place) label = PlaceOf(e) + (label.empty() ? "" : " " + label);
    if (verbose() && !e.role.empty()) label += " [" + e.role + "]";
    const std::string open = paint_.enabled() ? std::string(paint_.Start(Style::kMark)) : "»";
    const std::string close = paint_.enabled() ? std::string(paint_.Reset()) : "«";
    const std::string quote = RenderQuote(e.quote, e.marks, QuoteStyle{&TerminalSafe, open, close});
    out_ += "   " + paint_.Paint(Style::kGutter, "|") + ' ';
    if (!label.empty()) out_ += paint_.Paint(Style::kLabel, TerminalSafe(label) + ":") + ' ';
    out_ += quote + '\n';
  }

  void Detail(std::string_view label, const std::string& text) {
    if (text.empty()) return;
    out_ += "   " + paint_.Paint(Style::kGutter, "=") + ' ';
    out_ += paint_.Paint(Style::kLabel, std::string(label) + ":");
    out_ += ' ' + TerminalSafe(text) + '\n';
  }

  void RenderSummary(const StatusCounts& counts) {
    std::string line = DescribeCounts(counts.shown);
    std::string hidden;
    if (counts.suppressed > 0) hidden = fmt::format("{} suppressed", counts.suppressed);
    if (counts.baselined > 0) {
      hidden += fmt::format("{}{} baselined", hidden.empty() ? "" : ", ", counts.baselined);
    }
    if (!hidden.empty()) line += "; " + hidden;
    size_t loaded = 0;
    for (const DocumentSummary& d : report_.documents) loaded += d.loaded ? 1 : 0;
    line += fmt::format("; {} document{} read", loaded, loaded == 1 ? "" : "s");
    if (loaded < report_.documents.size()) {
      line += fmt::format(", {} not readable", report_.documents.size() - loaded);
    }
    out_ += paint_.Paint(Style::kLabel, "summary:") + ' ' + line + '\n';
  }

  const Report& report_;
  const RenderOptions& options_;
  Painter paint_;
  std::string& out_;
};

}  // namespace

void RenderText(const Report& report, const RenderOptions& options, std::string* out) {
  TextRenderer(report, options, out).Render();
}

}  // namespace concord::detail
