// The Markdown diff, for a pull-request comment: a headline with the counts,
// a table of the entries, then the quote and recommendation of each new or
// worse finding. Text from statutes and packs is escaped (GitHub-flavoured
// Markdown with inline HTML).

#include "diff_render.h"

namespace concord::diff {
namespace {

// Escapes text for a Markdown table cell or paragraph.
std::string Escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '|':
        out += "\\|";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      case '\\':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A code span; backticks inside are dropped.
std::string Code(const std::string& text) {
  std::string clean;
  for (char c : text) {
    if (c == '|') {
      clean += "\\|";
    } else if (c != '`' && c != '\n') {
      clean += c;
    }
  }
  return clean.empty() ? "" : "`" + clean + "`";
}

std::string Row(const DiffEntry& e) {
  const Finding& f = e.primary();
  std::string kind = DiffKindName(e.kind);
  if (e.kind == DiffKind::kChanged && e.worse) kind += " (worse)";
  if (e.worse) kind = "**" + kind + "**";
  const std::string place = PlaceOf(f);
  return "| " + kind + " | " + SeverityName(f.severity) + " | " + Code(f.rule_id) + " | " +
         Escape(NormLabel(e.norm)) + " | " + Escape(Transition(e, "\xE2\x86\x92")) + " | " +
         (place.empty() ? "framework" : Code(place)) + " | " + Escape(f.message) + " |\n";
}

std::string Detail(const DiffEntry& e) {
  const Finding& f = e.primary();
  std::string out = "- " + Code(f.rule_id) + " " + Escape(Transition(e, "\xE2\x86\x92"));
  const std::string place = PlaceOf(f);
  if (!place.empty()) out += " at " + Code(place);
  out += ": " + Escape(f.message) + "\n";
  const std::string quote = MarkedQuote(f, "<b>", "</b>", &Escape);
  if (!quote.empty()) out += "  > " + quote + "\n";
  if (e.kind == DiffKind::kChanged && MissingList(e.base) != MissingList(e.head)) {
    out += "\n  Missing: " + Escape(MissingList(e.head)) + " (was: " + Escape(MissingList(e.base)) +
           ")\n";
  } else if (!f.missing.empty()) {
    out += "\n  Missing: " + Escape(MissingList(f)) + "\n";
  }
  if (!e.norm.recommendation.empty()) {
    out += "\n  Recommendation: " + Escape(e.norm.recommendation) + "\n";
  }
  return out;
}

}  // namespace

std::string RenderMarkdown(const ReportDiff& diff, const DiffRenderOptions& options) {
  const std::vector<const DiffEntry*> shown = Shown(diff, options);
  std::string out = "### Concord: " + Counts(diff, options) + "\n\n";
  out += "Base " + Code(diff.base_label) + " (" + std::to_string(diff.base_failing) +
         " failing), head " + Code(diff.head_label) + " (" + std::to_string(diff.head_failing) +
         " failing), " + Escape(diff.mode) + " mode.\n";
  if (shown.empty()) return out + "\nNo finding was opened, changed or closed.\n";
  out += "\n|  | severity | rule | norm | status | where | message |\n";
  out += "|---|---|---|---|---|---|---|\n";
  for (const DiffEntry* e : shown) out += Row(*e);
  std::string details;
  for (const DiffEntry* e : shown) {
    if (e->worse) details += Detail(*e);
  }
  if (!details.empty() && options.verbosity >= 1) {
    out += "\n<details><summary>New and worse findings</summary>\n\n" + details + "\n</details>\n";
  }
  return out;
}

}  // namespace concord::diff
