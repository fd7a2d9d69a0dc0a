#include "check_reader.h"

#include "expr_reader.h"
#include "rule_reader.h"

#include <string>
#include <utility>

namespace concord {
namespace {

void ReadScope(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  if (!element.attribute("scope")) return;
  if (!ParseScope(ctx.Attribute(element, "scope"), &rule->scope)) {
    ctx.UnknownValue(element, "scope", {"sentence", "provision", "article", "document"});
  }
}

void ReadRequireOrProhibit(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ctx.CheckAttributes(element, {"scope"});
  ReadScope(ctx, element, rule);
  rule->expr = ReadExprList(ctx, element);
}

// An <element> of an <elements> check.
void ReadElement(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ctx.CheckAttributes(element, {"id", "name"}, {"id"});
  Element item;
  item.location = ctx.file().Locate(element);
  ctx.ReadId(element, true, &item.id);
  item.name = ctx.Attribute(element, "name");
  if (item.name.empty()) item.name = item.id;
  for (const Element& other : rule->elements) {
    if (!item.id.empty() && other.id == item.id) {
      ctx.Error(ctx.LocateAttribute(element, "id"), "duplicate element id '" + item.id +
                                                        "' (first defined at " +
                                                        other.location.ToString() + ")");
    }
  }
  int32_t expr = ReadExprList(ctx, element);
  item.expr = expr < 0 ? 0 : static_cast<uint32_t>(expr);
  rule->elements.push_back(std::move(item));
}

void ReadMin(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  if (!element.attribute("min") || ctx.Attribute(element, "min") == "all") return;
  uint32_t min = 0;
  if (ctx.ReadCount(element, "min", &min) && min == 0) {
    ctx.Error(ctx.LocateAttribute(element, "min"), "min must be 'all' or at least 1, not '0'");
  }
  if (min > rule->elements.size() && !rule->elements.empty()) {
    ctx.Error(ctx.LocateAttribute(element, "min"),
              "min is " + std::to_string(min) + " but there are only " +
                  std::to_string(rule->elements.size()) + " elements");
  }
  rule->min_elements = min;
}

void ReadElements(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ctx.CheckAttributes(element, {"scope", "min"});
  ReadScope(ctx, element, rule);
  bool anchor = false;
  for (pugi::xml_node child : ctx.Children(element)) {
    std::string_view name = ctx.Name(child);
    if (name == "anchor") {
      ctx.CheckAttributes(child, {});
      if (ctx.Once(child, element, &anchor)) rule->anchor = ReadExprList(ctx, child);
    } else if (name == "element") {
      ReadElement(ctx, child, rule);
    } else {
      ctx.UnknownElement(child, element, {"anchor", "element"});
    }
  }
  if (!anchor) ctx.Error(element, "missing required element <anchor> in <elements>");
  if (rule->elements.empty())
    ctx.Error(element, "missing required element <element> in <elements>");
  ReadMin(ctx, element, rule);
}

// value="18" or value="profile:NAME" default="18".
void ReadThresholdValue(ReadContext& ctx, pugi::xml_node element, Threshold* threshold) {
  std::string value = ctx.Attribute(element, "value");
  bool has_default = element.attribute("default");
  constexpr std::string_view kProfile = "profile:";
  if (value.starts_with(kProfile) && value.size() > kProfile.size()) {
    threshold->parameter = value.substr(kProfile.size());
    std::string fallback = ctx.Attribute(element, "default");
    if (!has_default) {
      ctx.Error(ctx.LocateAttribute(element, "value"), "value '" + value + "' needs a default");
    } else if (!ParseNumber(fallback, &threshold->value)) {
      ctx.Error(ctx.LocateAttribute(element, "default"),
                "default '" + fallback + "' is not a number");
    }
    return;
  }
  if (!value.empty() && !ParseNumber(value, &threshold->value)) {
    ctx.Error(ctx.LocateAttribute(element, "value"),
              "value '" + value + "' is neither a number nor profile:NAME");
  }
  if (has_default) {
    ctx.Error(ctx.LocateAttribute(element, "default"),
              "default is only allowed with value=\"profile:NAME\"");
  }
}

void ReadThresholdAttributes(ReadContext& ctx, pugi::xml_node element, Threshold* threshold) {
  ctx.CheckAttributes(element, {"scope", "quantity", "unit", "op", "value", "default", "select"},
                      {"value"});
  if (element.attribute("quantity")) {
    threshold->quantity = ctx.Attribute(element, "quantity");
    if (threshold->quantity != "age" && threshold->quantity != "duration" &&
        threshold->quantity != "any") {
      ctx.UnknownValue(element, "quantity", {"age", "duration", "any"});
    }
  }
  if (element.attribute("unit") && !ParseUnit(ctx.Attribute(element, "unit"), &threshold->unit)) {
    ctx.UnknownValue(element, "unit", {"year", "month", "week", "day", "hour"});
  }
  if (element.attribute("op") && !ParseOp(ctx.Attribute(element, "op"), &threshold->op)) {
    ctx.UnknownValue(element, "op", {">=", ">", "<=", "<", "==", "ge", "gt", "le", "lt", "eq"});
  }
  if (element.attribute("select") &&
      !ParseSelect(ctx.Attribute(element, "select"), &threshold->select)) {
    ctx.UnknownValue(element, "select", {"min", "max", "first", "all"});
  }
  ReadThresholdValue(ctx, element, threshold);
}

void ReadThreshold(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  ReadThresholdAttributes(ctx, element, &rule->threshold);
  ReadScope(ctx, element, rule);
  bool anchor = false, context = false, exception = false;
  for (pugi::xml_node child : ctx.Children(element)) {
    std::string_view name = ctx.Name(child);
    bool* seen = name == "anchor"      ? &anchor
                 : name == "context"   ? &context
                 : name == "exception" ? &exception
                                       : nullptr;
    if (seen == nullptr) {
      ctx.UnknownElement(child, element, {"anchor", "context", "exception"});
      continue;
    }
    ctx.CheckAttributes(child, {});
    if (!ctx.Once(child, element, seen)) continue;
    int32_t expr = ReadExprList(ctx, child);
    if (seen == &anchor) rule->anchor = expr;
    if (seen == &context) rule->threshold.context = expr;
    if (seen == &exception) rule->threshold.exception = expr;
  }
  if (!anchor) ctx.Error(element, "missing required element <anchor> in <threshold>");
}

}  // namespace

bool IsCheckName(std::string_view name) {
  return name == "require" || name == "prohibit" || name == "elements" || name == "threshold";
}

void ReadCheck(ReadContext& ctx, pugi::xml_node element, Rule* rule) {
  std::string_view name = ctx.Name(element);
  if (name == "require" || name == "prohibit") {
    rule->check = name == "require" ? CheckKind::kRequire : CheckKind::kProhibit;
    ReadRequireOrProhibit(ctx, element, rule);
  } else if (name == "elements") {
    rule->check = CheckKind::kElements;
    ReadElements(ctx, element, rule);
  } else {
    rule->check = CheckKind::kThreshold;
    ReadThreshold(ctx, element, rule);
  }
}

}  // namespace concord
