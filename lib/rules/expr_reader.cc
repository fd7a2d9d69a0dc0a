#include "expr_reader.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace concord {
namespace {

// Operators nested deeper than this are an error: no norm needs it, and
// reading (and later evaluating) them recurses once per level.
constexpr size_t kMaxExprDepth = 100;

int32_t ReadExprAt(ReadContext& ctx, pugi::xml_node element, size_t depth);

constexpr std::array<std::string_view, 7> kExpressionNames = {"concept", "term", "all",    "any",
                                                              "not",     "near", "negated"};

Expr MakeExpr(Expr::Kind kind, Location location) {
  Expr expr;
  expr.kind = kind;
  expr.location = std::move(location);
  return expr;
}

int32_t AddExpr(ReadContext& ctx, Expr expr) {
  ctx.pack().exprs.push_back(std::move(expr));
  return static_cast<int32_t>(ctx.pack().exprs.size() - 1);
}

// Reads every child of `element` as an expression; false if one is not.
bool ReadChildren(ReadContext& ctx, pugi::xml_node element, size_t depth,
                  std::vector<uint32_t>* children) {
  bool ok = true;
  for (pugi::xml_node child : ctx.Children(element)) {
    int32_t index = ReadExprAt(ctx, child, depth);
    if (index < 0) {
      ok = false;
    } else {
      children->push_back(static_cast<uint32_t>(index));
    }
  }
  return ok;
}

int32_t ReadConcept(ReadContext& ctx, pugi::xml_node element) {
  if (!ctx.CheckAttributes(element, {"ref"}, {"ref"})) return -1;
  for (pugi::xml_node child : ctx.Children(element)) ctx.UnknownElement(child, element, {});
  Expr expr = MakeExpr(Expr::Kind::kConcept, ctx.file().Locate(element));
  int32_t index = AddExpr(ctx, std::move(expr));
  ctx.concept_refs.push_back(PendingName{static_cast<uint32_t>(index),
                                         ctx.Attribute(element, "ref"),
                                         ctx.LocateAttribute(element, "ref")});
  return index;
}

int32_t ReadInlineTerm(ReadContext& ctx, pugi::xml_node element) {
  size_t errors = ctx.error_count();
  TermSpec term;
  ctx.ReadTerm(element, &term);
  if (ctx.error_count() != errors) return -1;
  ctx.pack().inline_terms.push_back(std::move(term));
  Expr expr = MakeExpr(Expr::Kind::kTerm, ctx.file().Locate(element));
  expr.index = static_cast<uint32_t>(ctx.pack().inline_terms.size() - 1);
  return AddExpr(ctx, std::move(expr));
}

// <all>, <any>, <not>, <negated>, <near>: an operator over child expressions.
int32_t ReadOperator(ReadContext& ctx, pugi::xml_node element, std::string_view name,
                     size_t depth) {
  if (depth >= kMaxExprDepth) {
    ctx.Error(element,
              "expressions are nested deeper than " + std::to_string(kMaxExprDepth) + " levels");
    return -1;
  }
  Expr expr = MakeExpr(Expr::Kind::kAll, ctx.file().Locate(element));
  bool ok = true;
  size_t min_children = 1;
  if (name == "near") {
    expr.kind = Expr::Kind::kNear;
    ok = ctx.CheckAttributes(element, {"distance"}, {"distance"}) &&
         ctx.ReadCount(element, "distance", &expr.distance);
    min_children = 2;
  } else {
    ctx.CheckAttributes(element, {});
    expr.kind = name == "all"   ? Expr::Kind::kAll
                : name == "any" ? Expr::Kind::kAny
                : name == "not" ? Expr::Kind::kNot
                                : Expr::Kind::kNegated;
  }
  if (!ReadChildren(ctx, element, depth + 1, &expr.children)) ok = false;
  size_t count = expr.children.size();
  bool single = expr.kind == Expr::Kind::kNot || expr.kind == Expr::Kind::kNegated;
  if (ok && single && count != 1) {
    ctx.Error(element, Tag(name) + " takes exactly one expression, found " + std::to_string(count));
    ok = false;
  } else if (ok && count < min_children) {
    ctx.Error(element, Tag(name) + " needs at least " + std::to_string(min_children) +
                           (min_children == 1 ? " expression" : " expressions") + ", found " +
                           std::to_string(count));
    ok = false;
  }
  return ok ? AddExpr(ctx, std::move(expr)) : -1;
}

int32_t ReadExprAt(ReadContext& ctx, pugi::xml_node element, size_t depth) {
  std::string_view name = ctx.Name(element);
  if (name == "concept") return ReadConcept(ctx, element);
  if (name == "term") return ReadInlineTerm(ctx, element);
  if (IsExpressionName(name)) return ReadOperator(ctx, element, name, depth);
  ctx.UnknownElement(element, element.parent(),
                     {"concept", "term", "all", "any", "not", "near", "negated"});
  return -1;
}

}  // namespace

bool IsExpressionName(std::string_view name) {
  for (std::string_view known : kExpressionNames) {
    if (name == known) return true;
  }
  return false;
}

int32_t ReadExpr(ReadContext& ctx, pugi::xml_node element) { return ReadExprAt(ctx, element, 0); }

int32_t ReadExprList(ReadContext& ctx, pugi::xml_node container) {
  Expr all = MakeExpr(Expr::Kind::kAll, ctx.file().Locate(container));
  if (!ReadChildren(ctx, container, 0, &all.children)) return -1;
  if (all.children.empty()) {
    ctx.Error(container, Tag(ctx.Name(container)) + " needs an expression");
    return -1;
  }
  if (all.children.size() == 1) return static_cast<int32_t>(all.children[0]);
  return AddExpr(ctx, std::move(all));
}

}  // namespace concord
