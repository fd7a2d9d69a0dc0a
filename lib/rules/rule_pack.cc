#include "concord/rule_pack.h"

namespace concord {
namespace {

constexpr const char* kScopeNames[] = {"sentence", "provision", "article", "document"};
constexpr const char* kCheckNames[] = {"require", "prohibit", "elements", "threshold"};
constexpr const char* kOpNames[] = {">=", ">", "<=", "<", "=="};
constexpr const char* kSelectNames[] = {"min", "max", "first", "all"};

template <typename Enum, size_t N>
bool ParseName(std::string_view name, const char* const (&names)[N], Enum* out) {
  for (size_t i = 0; i < N; ++i) {
    if (name == names[i]) {
      *out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

const char* ScopeName(Scope scope) { return kScopeNames[static_cast<size_t>(scope)]; }
bool ParseScope(std::string_view name, Scope* scope) { return ParseName(name, kScopeNames, scope); }

const char* CheckKindName(CheckKind kind) { return kCheckNames[static_cast<size_t>(kind)]; }

const char* OpName(Op op) { return kOpNames[static_cast<size_t>(op)]; }
bool ParseOp(std::string_view name, Op* op) {
  if (ParseName(name, kOpNames, op)) return true;
  static constexpr const char* kWords[] = {"ge", "gt", "le", "lt", "eq"};
  if (ParseName(name, kWords, op)) return true;
  if (name == "=") {
    *op = Op::kEq;
    return true;
  }
  return false;
}

const char* SelectName(Select select) { return kSelectNames[static_cast<size_t>(select)]; }
bool ParseSelect(std::string_view name, Select* select) {
  return ParseName(name, kSelectNames, select);
}

int32_t RulePack::FindConcept(std::string_view concept_id) const {
  for (size_t i = 0; i < concepts.size(); ++i) {
    if (concepts[i].id == concept_id) return static_cast<int32_t>(i);
  }
  return -1;
}

const Instrument* RulePack::FindInstrument(std::string_view instrument_id) const {
  for (const Instrument& instrument : instruments) {
    if (instrument.id == instrument_id) return &instrument;
  }
  return nullptr;
}

}  // namespace concord
