// Norm metadata for reports, and small helpers shared by the engine files.

#include "engine_impl.h"

#include <cstdio>

namespace concord {
namespace {

// Where rule documentation is published: one page per pack, an anchor per rule.
constexpr const char* kRuleDocsBase = "https://concord-legal.github.io/concord/rules/";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// How reports name an instrument in a column: "CAT", "ILO C138", "GC I".
std::string ShortName(const std::string& id) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"rome-statute", "Rome Statute"},
      {"palermo-tip", "Palermo Protocol"},
      {"paris-principles", "Paris Principles"},
      {"genocide", "Genocide Convention"},
      {"gc1", "GC I"},
      {"gc2", "GC II"},
      {"gc3", "GC III"},
      {"gc4", "GC IV"},
      {"ap1", "AP I"},
      {"ap2", "AP II"},
      {"ap3", "AP III"}};
  for (const auto& [key, name] : kNames) {
    if (id == key) return name;
  }
  std::string upper;
  for (char c : id) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper.rfind("ILO-", 0) == 0 && upper.size() > 5) {
    // ilo-c029 -> ILO C29, ilo-p029 -> ILO P29
    std::string number = upper.substr(5);
    while (number.size() > 1 && number[0] == '0') number.erase(0, 1);
    return "ILO " + upper.substr(4, 1) + number;
  }
  return upper;
}

std::string CheckSummary(const Rule& rule) {
  std::string scope = ScopeName(rule.scope);
  switch (rule.check) {
    case CheckKind::kRequire:
      return "requires a matching " + scope;
    case CheckKind::kProhibit:
      return "reports every " + scope + " that matches as a conflict";
    case CheckKind::kElements:
      return "looks for the definition (anchor) in each " + scope + " and for its " +
             std::to_string(rule.elements.size()) + " elements";
    case CheckKind::kThreshold: {
      const Threshold& t = rule.threshold;
      std::string value = eval::FormatNumber(t.value);
      if (!t.parameter.empty())
        value = "profile parameter " + t.parameter + " (default " + value + ")";
      return "reads the " + t.quantity + " in " + UnitName(t.unit) + "s near the anchor in each " +
             scope + " and requires " + OpName(t.op) + " " + value + " (" + SelectName(t.select) +
             "; exceptions that lower it are conflicts)";
    }
  }
  return "";
}

}  // namespace

Norm Engine::Impl::MakeNorm(size_t i, const CheckOptions& options) const {
  const RuleRef& ref = rules[i];
  const Rule& rule = *ref.rule;
  const RulePack& pack = packs[ref.pack];
  Norm n;
  n.rule_id = rule.id;
  n.title = rule.title;
  n.pack = pack.id;
  n.pack_version = pack.version;
  n.instrument = rule.instrument;
  n.instrument_short = ShortName(rule.instrument);
  if (const Instrument* instrument = pack.FindInstrument(rule.instrument)) {
    n.instrument_title = instrument->title;
  }
  n.article = rule.article;
  n.eid = rule.eid;
  auto outline = outlines.find(rule.instrument);
  if (outline != outlines.end()) {
    if (const ArticleOutline* a = outline->second.Find(rule.eid, rule.article)) {
      n.article_heading = a->heading;
      // The cited paragraph's own summary if it has one, else the article's.
      n.summary = outline->second.ProvisionText(rule.eid);
      if (n.summary.empty()) n.summary = a->text;
    }
  }
  if (options.treaties) {
    for (const auto& [id, official] : *options.treaties) {
      if (id != rule.instrument) continue;
      n.official_text = official.ProvisionText(rule.eid);
      if (n.official_text.empty()) {
        if (const ArticleOutline* a = official.Find(rule.eid, rule.article)) {
          n.official_text = a->text;
        }
      }
      break;
    }
  }
  n.basis = rule.basis;
  n.level = rule.level;
  n.severity = rule.severity;
  n.check = CheckKindName(rule.check);
  n.check_summary = CheckSummary(rule);
  n.recommendation = rule.recommendation;
  n.tags = rule.tags;
  n.help_uri = kRuleDocsBase + pack.id + ".html#" + Lower(rule.id);
  n.rule_file = rule.location.path;
  n.rule_line = rule.location.line;
  return n;
}

namespace eval {

bool SubjectFits(const std::vector<std::string>& rule_subjects,
                 const std::vector<std::string>& doc_subjects) {
  if (rule_subjects.empty() || doc_subjects.empty()) return true;
  for (const std::string& r : rule_subjects) {
    for (const std::string& d : doc_subjects) {
      if (r == d) return true;
    }
  }
  return false;
}

std::string Fingerprint(std::string_view rule_id, std::string_view document,
                        std::string_view provision) {
  // FNV-1a, 64 bit, over the three parts separated by unit separators.
  uint64_t hash = 14695981039346656037ull;
  auto feed = [&](std::string_view s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0x1f;
    hash *= 1099511628211ull;
  };
  feed(rule_id);
  feed(document);
  feed(provision);
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace eval
}  // namespace concord
