#include "concord/diagnostic.h"

#include <algorithm>

namespace concord {

const char* DiagnosticLevelName(DiagnosticLevel level) {
  switch (level) {
    case DiagnosticLevel::kNote:
      return "note";
    case DiagnosticLevel::kWarning:
      return "warning";
    case DiagnosticLevel::kError:
      return "error";
  }
  return "error";
}

std::string Diagnostic::ToString() const {
  std::string where = location.ToString();
  if (where.empty()) where = "concord";
  return where + ": " + DiagnosticLevelName(level) + ": " + message;
}

Diagnostic Diagnostic::FromStatus(const Status& status, DiagnosticLevel level) {
  return Diagnostic{level, status.location(), status.message()};
}

bool HasErrors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.level == DiagnosticLevel::kError; });
}

}  // namespace concord
