#include "ansi.h"

namespace concord::detail {
namespace {

constexpr std::string_view kSequences[] = {
    "\x1b[1m",     // kPath
    "\x1b[1;31m",  // kError
    "\x1b[1;33m",  // kWarning
    "\x1b[1;36m",  // kInfo
    "\x1b[1;32m",  // kNote
    "\x1b[1m",     // kRule
    "\x1b[1;34m",  // kGutter
    "\x1b[1m",     // kLabel
    "\x1b[1;4m",   // kMark
    "\x1b[2m",     // kDim
};

constexpr std::string_view kReset = "\x1b[0m";

}  // namespace

std::string_view Painter::Start(Style style) const {
  return enabled_ ? kSequences[static_cast<size_t>(style)] : std::string_view();
}

std::string_view Painter::Reset() const { return enabled_ ? kReset : std::string_view(); }

std::string Painter::Paint(Style style, std::string_view text) const {
  if (!enabled_ || text.empty()) return std::string(text);
  std::string out(Start(style));
  out.append(text);
  out.append(kReset);
  return out;
}

Style SeverityStyle(const Finding& finding) {
  if (!IsFailure(finding.status)) return Style::kNote;
  switch (finding.severity) {
    case Severity::kError:
      return Style::kError;
    case Severity::kWarning:
      return Style::kWarning;
    case Severity::kInfo:
      return Style::kInfo;
  }
  return Style::kError;
}

}  // namespace concord::detail
