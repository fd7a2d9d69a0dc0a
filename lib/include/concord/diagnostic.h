// Diagnostic: a message about an input, reported and then carried on from.
//
// Stages never stop a batch for one bad input: they append Diagnostics to a
// caller-owned list and go on (leveldb's log::Reader::Reporter, ripgrep's
// messages.rs). Only the CLI turns the collected diagnostics into an exit code.
//
// Thread-safety: Diagnostics is a plain vector; give each thread its own and
// concatenate them in input order.

#ifndef CONCORD_DIAGNOSTIC_H_
#define CONCORD_DIAGNOSTIC_H_

#include "concord/status.h"

#include <string>
#include <vector>

namespace concord {

/// How bad a diagnostic is. An error makes the run exit 2.
enum class DiagnosticLevel : uint8_t { kNote, kWarning, kError };

/// "note", "warning" or "error".
const char* DiagnosticLevelName(DiagnosticLevel level);

/// One message about an input, with its place.
struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::kError;
  Location location;
  std::string message;

  /// "path:line:col: error: message" (the location part omitted when unknown;
  /// "concord: error: message" when there is no path at all).
  std::string ToString() const;

  /// A diagnostic that says what a failed Status says.
  static Diagnostic FromStatus(const Status& status,
                               DiagnosticLevel level = DiagnosticLevel::kError);
};

/// The sink stages append to.
using Diagnostics = std::vector<Diagnostic>;

/// True if any diagnostic in the list is an error.
bool HasErrors(const Diagnostics& diagnostics);

}  // namespace concord

#endif  // CONCORD_DIAGNOSTIC_H_
