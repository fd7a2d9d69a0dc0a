// ANSI styling for the text renderer.
//
// A Painter wraps text in SGR escape sequences when colour is on and returns
// it unchanged when it is off, so the renderer writes one code path for both.
// Whether colour is on is the CLI's decision (a terminal, NO_COLOR,
// --no-color, TERM=dumb); RenderOptions::color carries it here.
//
// Private to lib/report. Thread-safety: a Painter is immutable.

#ifndef CONCORD_REPORT_ANSI_H_
#define CONCORD_REPORT_ANSI_H_

#include "concord/finding.h"

#include <string>
#include <string_view>

namespace concord::detail {

/// The styles the text report uses.
enum class Style : uint8_t {
  kPath,     ///< bold
  kError,    ///< bold red
  kWarning,  ///< bold yellow
  kInfo,     ///< bold cyan
  kNote,     ///< bold green (met, not-applicable, reserved)
  kRule,     ///< bold
  kGutter,   ///< bold blue: the "|" and "=" in front of detail lines
  kLabel,    ///< bold: "norm:", "recommendation:" ...
  kMark,     ///< bold underline: the matched words in a quote
  kDim,      ///< dim: ids, counts of what is hidden
};

/// Applies styles when enabled.
class Painter {
 public:
  explicit Painter(bool enabled) : enabled_(enabled) {}

  /// `text` wrapped in the style's escape sequence and a reset, or as is.
  std::string Paint(Style style, std::string_view text) const;

  /// The escape sequence that starts `style` ("" when disabled).
  std::string_view Start(Style style) const;
  /// The reset sequence ("" when disabled).
  std::string_view Reset() const;

  bool enabled() const { return enabled_; }

 private:
  bool enabled_;
};

/// The style of a finding's severity word: failures by severity, other
/// statuses kNote.
Style SeverityStyle(const Finding& finding);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_ANSI_H_
