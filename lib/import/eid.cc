#include "eid.h"

#include "text_util.h"

#include <map>
#include <set>

namespace concord::import {
namespace {

struct Context {
  std::set<std::string> used;
  /// For an eId given more than once, the suffix to try next, so that n
  /// repeats cost O(n), not O(n^2) (`used` only grows: smaller suffixes stay
  /// taken).
  std::map<std::string, int> next_suffix;
  const std::string* path;
  Diagnostics* diagnostics;
};

std::string Unique(const std::string& eid, const Node& node, Context* context) {
  if (context->used.insert(eid).second) return eid;
  int& next = context->next_suffix.try_emplace(eid, 2).first->second;
  for (int n = next;; ++n) {
    std::string candidate = eid + "_" + std::to_string(n);
    if (context->used.insert(candidate).second) {
      next = n + 1;
      context->diagnostics->push_back(
          Diagnostic{DiagnosticLevel::kWarning, Location{*context->path, node.line, 0},
                     "duplicate eId \"" + eid + "\"; this one is \"" + candidate + "\""});
      return candidate;
    }
  }
}

// `scope` prefixes articles (the body's or an annex's eId); `parent`
// prefixes everything else.
void Assign(Node* node, const std::string& scope, const std::string& parent, Context* context) {
  std::map<std::string, int> unnumbered;
  for (auto& child : node->children) {
    std::string prefix = EidPrefix(*child);
    std::string token = AsciiIdToken(child->token);
    if (token.empty()) token = std::to_string(++unnumbered[prefix]);
    std::string base = child->kind == NodeKind::kArticle ? scope : parent;
    child->eid = Unique(base + prefix + "_" + token, *child, context);
    std::string child_scope = child->kind == NodeKind::kContainer ? child->eid + "__" : scope;
    Assign(child.get(), child_scope, child->eid + "__", context);
  }
}

}  // namespace

std::string EidPrefix(const Node& node) {
  static const std::map<std::string, std::string> kPrefixes = {
      {"article", "art"}, {"paragraph", "para"}, {"point", "point"},       {"part", "part"},
      {"chapter", "chp"}, {"section", "sec"},    {"subsection", "subsec"}, {"subchapter", "subchp"},
      {"title", "title"}, {"book", "book"},      {"division", "dvs"},
  };
  if (node.element == "hcontainer") return node.name;
  auto it = kPrefixes.find(node.element);
  return it == kPrefixes.end() ? node.element : it->second;
}

void AssignEids(Node* body, const std::string& path, Diagnostics* diagnostics) {
  Context context{{}, {}, &path, diagnostics};
  Assign(body, "", "", &context);
}

}  // namespace concord::import
