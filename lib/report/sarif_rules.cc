#include "sarif_rules.h"

#include "escape.h"
#include "norm_text.h"

#include <fmt/format.h>

namespace concord::detail {
namespace {

using Json = nlohmann::ordered_json;

// GitHub code scanning keeps at most this many tags per rule.
constexpr size_t kMaxTags = 20;

const char* DefaultLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

void Paragraph(const std::string& label, const std::string& text, bool markdown, std::string* out) {
  if (text.empty()) return;
  if (!out->empty()) out->append("\n\n");
  if (markdown) {
    out->append(label.empty() ? MarkdownEscape(text)
                              : "**" + label + ":** " + MarkdownEscape(text));
  } else {
    out->append(label.empty() ? text : label + ": " + text);
  }
}

}  // namespace

std::string SarifRuleName(const std::string& rule_id) {
  std::string name;
  bool start = true;
  for (char c : rule_id) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      start = true;
      continue;
    }
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    name.push_back(c);
    start = false;
  }
  return name.empty() ? rule_id : name;
}

std::string SarifHelp(const Norm& norm, bool markdown) {
  std::string out;
  const std::string citation = NormCitation(norm);
  const std::string level = LevelDescription(norm.level);
  if (markdown) {
    out = fmt::format("**{}** ({})", MarkdownEscape(citation), level);
    if (!norm.instrument_title.empty()) out += "<br>" + MarkdownEscape(norm.instrument_title);
  } else {
    out = fmt::format("{} ({})", citation, level);
    if (!norm.instrument_title.empty()) out += "\n" + norm.instrument_title;
  }
  Paragraph(norm.official_text.empty() ? "Norm" : "Official text", NormText(norm), markdown, &out);
  Paragraph("Basis", norm.basis, markdown, &out);
  Paragraph("How Concord checks it", norm.check_summary, markdown, &out);
  Paragraph("Recommendation", norm.recommendation, markdown, &out);
  return out;
}

Json SarifRule(const Norm& norm) {
  const std::string citation = NormCitation(norm);
  const std::string title = norm.title.empty() ? citation : norm.title;
  std::string full = fmt::format("{} ({})", citation, LevelDescription(norm.level));
  if (!NormText(norm).empty()) full += ": " + NormText(norm);
  Json tags = Json::array();
  for (size_t i = 0; i < norm.tags.size() && i < kMaxTags; ++i) tags.push_back(norm.tags[i]);
  Json rule = {{"id", norm.rule_id},
               {"name", SarifRuleName(norm.rule_id)},
               {"shortDescription", {{"text", title}}},
               {"fullDescription", {{"text", full}}},
               {"defaultConfiguration", {{"level", DefaultLevel(norm.severity)}}},
               {"help", {{"text", SarifHelp(norm, false)}, {"markdown", SarifHelp(norm, true)}}}};
  if (!norm.help_uri.empty()) rule["helpUri"] = norm.help_uri;
  rule["properties"] = {{"level", LevelName(norm.level)},
                        {"levelDescription", LevelDescription(norm.level)},
                        {"instrument", norm.instrument},
                        {"instrumentTitle", InstrumentTitle(norm)},
                        {"article", norm.article},
                        {"heading", norm.article_heading},
                        {"pack", norm.pack},
                        {"tags", std::move(tags)}};
  return rule;
}

}  // namespace concord::detail
