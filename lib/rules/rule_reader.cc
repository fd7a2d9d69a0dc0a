#include "rule_reader.h"

#include "check_reader.h"

#include <charconv>
#include <cmath>
#include <sstream>
#include <string>
#include <utility>

namespace concord {
namespace {

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

void ReadRuleAttributes(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ctx.CheckAttributes(element, {"id", "severity", "level"}, {"id", "severity", "level"});
  if (ctx.ReadId(element, true, &rule->id)) {
    ctx.Claim(&ctx.rule_ids, "rule", rule->id, ctx.LocateAttribute(element, "id"));
  }
  std::string severity = ctx.Attribute(element, "severity");
  if (!severity.empty() && !ParseSeverity(severity, &rule->severity)) {
    ctx.UnknownValue(element, "severity", {"error", "warning", "info"});
  }
  std::string level = ctx.Attribute(element, "level");
  if (!level.empty() && !ParseLevel(level, &rule->level)) {
    ctx.UnknownValue(element, "level", {"T", "TB", "CIL", "SL"});
  }
}

void ReadSource(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ctx.CheckAttributes(element, {"instrument", "article", "eid"}, {"instrument"});
  for (pugi::xml_node child : ctx.Children(element)) ctx.UnknownElement(child, element, {});
  rule->source_location = ctx.file().Locate(element);
  rule->instrument = ctx.Attribute(element, "instrument");
  rule->article = ctx.Attribute(element, "article");
  rule->eid = ctx.Attribute(element, "eid");
}

void ReadApplies(ReadContext& ctx, pugi::xml_node element, Rule* rule, uint32_t rule_index) {
  ctx.CheckAttributes(element, {"subject"}, {"subject"});
  for (pugi::xml_node child : ctx.Children(element)) ctx.UnknownElement(child, element, {});
  rule->subjects = SplitWords(ctx.Attribute(element, "subject"));
  Location where = ctx.LocateAttribute(element, "subject");
  for (const std::string& subject : rule->subjects) {
    ctx.subject_refs.push_back(PendingName{rule_index, subject, where});
  }
}

void ReadExample(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ctx.CheckAttributes(element, {"status", "lang", "missing", "heading", "subject"},
                      {"status", "lang"});
  Example example;
  example.location = ctx.file().Locate(element);
  std::string status = ctx.Attribute(element, "status");
  if (!status.empty() && (!ParseFindingStatus(status, &example.status) ||
                          example.status == FindingStatus::kNotApplicable ||
                          example.status == FindingStatus::kReserved)) {
    ctx.UnknownValue(element, "status", {"met", "partial", "gap", "conflict"});
  }
  example.lang = ctx.Attribute(element, "lang");
  example.heading = ctx.Attribute(element, "heading");
  example.subject = ctx.Attribute(element, "subject");
  example.missing = SplitWords(ctx.Attribute(element, "missing"));
  if (element.attribute("missing") && example.status != FindingStatus::kPartial &&
      !status.empty()) {
    ctx.Error(ctx.LocateAttribute(element, "missing"),
              "missing is only allowed on a partial example, not on status '" + status + "'");
  }
  example.text = ctx.Text(element);
  if (example.text.empty()) ctx.Error(element, "empty example");
  rule->examples.push_back(std::move(example));
}

// Reads one child of <rule>; `seen` tracks the children allowed once.
struct SeenChildren {
  bool title = false, source = false, basis = false, applies = false;
  bool recommendation = false, tags = false;
  pugi::xml_node check;
};

void ReadRuleChild(ReadContext& ctx, pugi::xml_node rule_element, pugi::xml_node child,
                   uint32_t rule_index, Rule* rule, SeenChildren* seen) {
  std::string_view name = ctx.Name(child);
  auto text = [&](bool* once, std::string* out) {
    ctx.CheckAttributes(child, {});
    if (ctx.Once(child, rule_element, once)) *out = ctx.Text(child);
  };
  if (name == "title") {
    text(&seen->title, &rule->title);
  } else if (name == "basis") {
    text(&seen->basis, &rule->basis);
  } else if (name == "recommendation") {
    text(&seen->recommendation, &rule->recommendation);
  } else if (name == "tags") {
    std::string tags;
    text(&seen->tags, &tags);
    if (!tags.empty()) rule->tags = SplitWords(tags);
  } else if (name == "source") {
    if (ctx.Once(child, rule_element, &seen->source)) ReadSource(ctx, child, rule);
  } else if (name == "applies") {
    if (ctx.Once(child, rule_element, &seen->applies)) ReadApplies(ctx, child, rule, rule_index);
  } else if (name == "example") {
    ReadExample(ctx, child, rule);
  } else if (IsCheckName(name)) {
    if (seen->check) {
      ctx.Error(child, "more than one check in rule '" + rule->id + "': " + Tag(name) + " after " +
                           Tag(ctx.Name(seen->check)));
      return;
    }
    seen->check = child;
    ReadCheck(ctx, child, rule);
  } else {
    ctx.UnknownElement(child, rule_element,
                       {"title", "source", "basis", "applies", "require", "prohibit", "elements",
                        "threshold", "recommendation", "tags", "example"});
  }
}

}  // namespace

bool ParseNumber(std::string_view text, double* value) {
  double parsed = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(parsed)) {
    return false;
  }
  *value = parsed;
  return true;
}

void ReadRule(ReadContext& ctx, pugi::xml_node element) {
  Rule rule;
  rule.location = ctx.file().Locate(element);
  ReadRuleAttributes(ctx, element, &rule);
  uint32_t rule_index = static_cast<uint32_t>(ctx.pack().rules.size());
  SeenChildren seen;
  for (pugi::xml_node child : ctx.Children(element)) {
    ReadRuleChild(ctx, element, child, rule_index, &rule, &seen);
  }
  if (!seen.title) ctx.Error(element, "missing required element <title> in <rule>");
  if (!seen.check) {
    ctx.Error(element, "rule '" + rule.id +
                           "' has no check (one of <require>, <prohibit>, <elements>, "
                           "<threshold>)");
  }
  ctx.pack().rules.push_back(std::move(rule));
}

}  // namespace concord
