// The HTML report: one self-contained, printable page with the concordance
// table per instrument, summary counts, filters by status, instrument and
// words, the documents read and the diagnostics.
//
// The page is HTML5 that is also well-formed XML (void elements closed,
// attribute values quoted, script and style in CDATA sections), so tests and
// users can process it with an XML parser. Every string is escaped.

#include "concordance.h"
#include "escape.h"
#include "finding_order.h"
#include "html_assets.h"
#include "norm_text.h"
#include "quote.h"
#include "renderers.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

std::string H(std::string_view text) { return HtmlEscape(text); }

class HtmlRenderer {
 public:
  HtmlRenderer(const Report& report, const RenderOptions& options, std::string* out)
      : report_(report), options_(options), c_(BuildConcordance(report, options)), out_(*out) {}

  void Render() {
    Head();
    PageHeader();
    out_ += "<main>\n";
    Summary();
    Filters();
    for (size_t i = 0; i < c_.tables.size(); ++i) Table(i);
    out_ +=
        "<p id=\"no-rows\" class=\"empty panel\" hidden=\"hidden\">No rows match the "
        "filters.</p>\n";
    Documents();
    out_ += "</main>\n";
    Footer();
  }

 private:
  std::string Title() const {
    std::string title = "Concordance report";
    if (!report_.state.empty()) title += " — " + report_.state;
    return title;
  }

  void Head() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    out_ +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\"/>\n";
    out_ +=
        fmt::format("<meta name=\"generator\" content=\"Concord {}\"/>\n", H(report_.tool_version));
    out_ += "<title>" + H(Title()) + "</title>\n";
    out_ += fmt::format("<style>/*<![CDATA[*/{}/*]]>*/</style>\n</head>\n<body>\n", kHtmlStyle);
  }

  void MetaItem(std::string_view label, const std::string& value) {
    if (value.empty()) return;
    out_ += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", label, H(value));
  }

  void PageHeader() {
    out_ += "<header class=\"page-header\">\n<div class=\"brand\">Concord " +
            H(report_.tool_version) + "</div>\n";
    out_ += "<h1>" + H(Title()) + "</h1>\n";
    std::string subtitle = "National legislation against international norms";
    if (!report_.profile.empty()) subtitle += " · profile " + report_.profile;
    out_ += "<p class=\"subtitle\">" + H(subtitle) + "</p>\n<dl class=\"meta\">";
    MetaItem("Mode", report_.mode.empty() ? "" : report_.mode);
    MetaItem("Rule packs", DescribePacks(report_));
    MetaItem("Documents", DescribeDocuments(c_));
    MetaItem("Findings", std::to_string(c_.total.total));
    out_ += "</dl>\n</header>\n";
  }

  static std::string StatusClass(FindingStatus status) {
    return std::string("s-") + FindingStatusName(status);
  }

  void CountsRow(const std::string& label, const StatusCounts& counts, bool total) {
    out_ += total ? "<tr class=\"total\">" : "<tr>";
    out_ += "<td>" + label + "</td>";
    for (FindingStatus status : kSummaryOrder) {
      const uint32_t n = counts.of(status);
      out_ += fmt::format("<td{}>{}</td>", n == 0 ? " class=\"zero\"" : "", n);
    }
    out_ += fmt::format("<td>{}</td></tr>\n", counts.total);
  }

  void CountsHead(std::string_view first) {
    out_ += fmt::format("<table class=\"counts\"><thead><tr><th>{}</th>", first);
    for (FindingStatus status : kSummaryOrder) {
      if (status == FindingStatus::kNotApplicable) {
        out_ += "<th><abbr title=\"not-applicable\">n/a</abbr></th>";
      } else {
        out_ += fmt::format("<th>{}</th>", FindingStatusName(status));
      }
    }
    out_ += "<th>total</th></tr></thead><tbody>\n";
  }

  void Summary() {
    out_ += "<section class=\"panel\" id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n";
    for (FindingStatus status : kSummaryOrder) {
      const uint32_t n = c_.total.of(status);
      out_ += fmt::format(
          "<button type=\"button\" class=\"card {0}\" data-status=\"{1}\" title=\"Show only {1}\">"
          "<span class=\"n\">{2}</span><span class=\"l\">{3}</span></button>\n",
          StatusClass(status), FindingStatusName(status), n, CountedStatus(status, n));
    }
    out_ += "</div>\n<div class=\"summary-tables\">\n<div>";
    CountsHead("Instrument");
    for (const ConcordanceTable& table : c_.tables) {
      const Norm& norm = *table.first_norm;
      CountsRow("<span title=\"" + H(InstrumentTitle(norm)) + "\">" + H(InstrumentShort(norm)) +
                    "</span>",
                table.counts, false);
    }
    CountsRow("All instruments", c_.total, true);
    out_ += "</tbody></table></div>\n<div>";
    CountsHead("Level");
    for (size_t level = 0; level < c_.by_level.size(); ++level) {
      if (c_.by_level[level].total == 0) continue;
      CountsRow(LevelDescription(static_cast<Level>(level)), c_.by_level[level], false);
    }
    out_ += "</tbody></table></div>\n</div>\n";
    out_ += fmt::format(
        "<p class=\"note\">{} failing · {} suppressed in the statutes · {} recorded in the "
        "baseline. Counts include suppressed and baselined findings.</p>\n</section>\n",
        c_.total.failing, c_.total.suppressed, c_.total.baselined);
  }

  void Filters() {
    out_ += "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter rows\">\n";
    out_ += "<fieldset><legend>Status</legend>\n";
    for (FindingStatus status : kSummaryOrder) {
      out_ += fmt::format(
          "<label class=\"chip {0}\"><input type=\"checkbox\" name=\"status\" value=\"{1}\" "
          "checked=\"checked\"/>{1} <span class=\"count\">{2}</span></label>\n",
          StatusClass(status), FindingStatusName(status), c_.total.of(status));
    }
    out_ +=
        "</fieldset>\n<label><span class=\"label\">Instrument</span> "
        "<select id=\"f-instrument\" name=\"instrument\">"
        "<option value=\"\">All instruments</option>";
    for (const ConcordanceTable& table : c_.tables) {
      const Norm& norm = *table.first_norm;
      out_ += fmt::format("<option value=\"{}\">{}</option>", H(norm.instrument),
                          H(InstrumentShort(norm)));
    }
    out_ +=
        "</select></label>\n<label><span class=\"label\">Search</span> <input type=\"search\" "
        "id=\"f-text\" name=\"q\" placeholder=\"article, provision, words\"/></label>\n"
        "<button type=\"button\" id=\"f-reset\">Reset</button>\n"
        "<span id=\"f-count\" class=\"f-count\" aria-live=\"polite\"></span>\n</form>\n";
  }

  void Table(size_t index) {
    const ConcordanceTable& table = c_.tables[index];
    const Norm& first = *table.first_norm;
    out_ += fmt::format(
        "<section class=\"instrument\" id=\"instrument-{}\" data-instrument=\"{}\">\n"
        "<h2><span class=\"short\">{}</span>{}</h2>\n<div class=\"instrument-counts\">",
        index, H(first.instrument), H(InstrumentShort(first)), H(InstrumentTitle(first)));
    for (FindingStatus status : kSummaryOrder) {
      if (const uint32_t n = table.counts.of(status)) {
        out_ += fmt::format("<span class=\"pill {}\">{} {}</span>", StatusClass(status), n,
                            CountedStatus(status, n));
      }
    }
    out_ +=
        "</div>\n<table class=\"concordance\">\n<colgroup><col class=\"c-article\"/>"
        "<col class=\"c-norm\"/><col class=\"c-prov\"/><col class=\"c-status\"/>"
        "<col class=\"c-finding\"/><col class=\"c-rec\"/></colgroup>\n"
        "<thead><tr><th>Treaty article</th><th>Norm</th><th>National provisions</th>"
        "<th>Status</th><th>Finding</th><th>Recommendation</th></tr></thead>\n<tbody>\n";
    for (const ConcordanceRow& row : table.rows) Row(row);
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  void Row(const ConcordanceRow& row) {
    const Norm& norm = *row.norm;
    const Finding& f = *row.finding;
    out_ += fmt::format(
        "<tr class=\"row {}\" id=\"finding-{}\" data-status=\"{}\" data-instrument=\"{}\" "
        "data-rule=\"{}\">\n",
        StatusClass(f.status), row_index_++, FindingStatusName(f.status), H(norm.instrument),
        H(f.rule_id));
    out_ += "<td class=\"article\"><span class=\"art\">" +
            H(norm.article.empty() ? std::string("—") : "Art. " + norm.article) + "</span>";
    if (!norm.article_heading.empty()) {
      out_ += "<span class=\"heading\">" + H(norm.article_heading) + "</span>";
    }
    out_ += "</td>\n<td class=\"norm\">";
    if (!norm.official_text.empty()) {
      out_ += "<p class=\"official\">“" + H(norm.official_text) + "”</p>";
    } else {
      out_ += "<p>" + H(norm.summary.empty() ? norm.title : norm.summary) + "</p>";
    }
    if (!norm.basis.empty()) out_ += "<p class=\"basis\">Basis: " + H(norm.basis) + "</p>";
    out_ += "<p class=\"rule-id\">" + H(f.rule_id) + "</p></td>\n";
    Provisions(row);
    out_ += fmt::format(
        "<td class=\"status\"><span class=\"pill {}\">{}</span><span class=\"level\">{}</span>",
        StatusClass(f.status), FindingStatusName(f.status), LevelDescription(norm.level));
    if (const std::string hidden = HiddenReason(f); !hidden.empty()) {
      out_ += "<span class=\"hidden-reason\">" + H(hidden) + "</span>";
    }
    out_ += "</td>\n<td class=\"finding\"><p>" + H(f.message) + "</p>";
    Labelled("Missing", JoinMissing(f));
    Labelled("Values", JoinValues(f));
    Labelled("Reservation", f.reservation);
    out_ += "</td>\n<td class=\"rec\">";
    if (IsFailure(f.status)) out_ += H(norm.recommendation);
    out_ += "</td>\n</tr>\n";
  }

  void Labelled(std::string_view label, const std::string& text) {
    if (text.empty()) return;
    out_ += fmt::format("<p><span class=\"label\">{}:</span> {}</p>", label, H(text));
  }

  void Provisions(const ConcordanceRow& row) {
    out_ += "<td class=\"provisions\">";
    for (const Evidence* e : row.provisions) {
      std::string label = ProvisionLabel(*e);
      if (label.empty()) label = "line " + std::to_string(e->line);
      std::string where = DisplayPath(e->path, options_);
      if (e->line > 0) where += ":" + std::to_string(e->line);
      out_ +=
          fmt::format("<div class=\"prov\"><a href=\"{}\">{}</a> <span class=\"where\">{}</span>",
                      H(EvidenceLink(*e, options_)), H(label), H(where));
      if (!e->quote.empty()) {
        out_ += "<blockquote>" +
                RenderQuote(e->quote, e->marks, QuoteStyle{&HtmlEscape, "<mark>", "</mark>"}) +
                "</blockquote>";
      }
      out_ += "</div>";
    }
    if (row.provisions.empty()) {
      out_ += row.finding->document.empty()
                  ? std::string("<span class=\"none\">none found</span>")
                  : "<span class=\"none\">none in " +
                        H(DisplayPath(row.finding->document, options_)) + "</span>";
    }
    out_ += "</td>\n";
  }

  void Documents() {
    if (report_.documents.empty() && report_.diagnostics.empty()) return;
    out_ +=
        "<section class=\"panel\" id=\"documents\">\n<h2>Documents</h2>\n"
        "<table class=\"docs\"><thead><tr><th>Document</th><th>Title</th><th>Language</th>"
        "<th>Format</th><th>FRBR work</th><th>Provisions</th></tr></thead><tbody>\n";
    for (const DocumentSummary& d : report_.documents) {
      out_ += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
          "</tr>\n",
          H(DisplayPath(d.path, options_)),
          d.loaded ? H(d.title) : "<span class=\"empty\">not readable</span>", H(d.language),
          H(d.format), H(d.frbr_work), d.provisions);
    }
    out_ += "</tbody></table>\n";
    if (!report_.diagnostics.empty()) {
      out_ += "<h2>Diagnostics</h2>\n<ul class=\"diagnostics\">\n";
      for (const Diagnostic& d : report_.diagnostics) {
        const std::string where = d.location.ToString();
        out_ += fmt::format("<li><span class=\"lvl-{0}\">{0}</span> {1}{2}</li>\n",
                            DiagnosticLevelName(d.level), where.empty() ? "" : H(where) + ": ",
                            H(d.message));
      }
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void Footer() {
    out_ += fmt::format(
        "<footer>Generated by Concord {}. Norm summaries are Concord's own words; official "
        "texts are quoted only where supplied with --treaties. Levels: treaty text, "
        "treaty-body standard, customary law, soft law.</footer>\n",
        H(report_.tool_version));
    out_ += fmt::format("<script>//<![CDATA[{}//]]></script>\n</body>\n</html>\n", kHtmlScript);
  }

  const Report& report_;
  const RenderOptions& options_;
  const Concordance c_;
  std::string& out_;
  size_t row_index_ = 0;
};

}  // namespace

void RenderHtml(const Report& report, const RenderOptions& options, std::string* out) {
  HtmlRenderer(report, options, out).Render();
}

}  // namespace concord::detail
