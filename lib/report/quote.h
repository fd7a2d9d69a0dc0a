// Quotes with marked spans: the evidence text a finding rests on, with the
// words the rule matched.
//
// Evidence marks are byte ranges into the quote, produced by another stage;
// they may overlap, come unsorted, run past the end or split a UTF-8
// sequence. NormalizeMarks makes them safe once, and every renderer draws the
// segments it returns with its own markup (terminal bold, »…«, <mark>, **).
//
// Private to lib/report. Thread-safety: pure functions.

#ifndef CONCORD_REPORT_QUOTE_H_
#define CONCORD_REPORT_QUOTE_H_

#include "concord/finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace concord::detail {

/// The marks clamped to the quote, widened to whole UTF-8 sequences, empty
/// ones dropped, sorted, and overlapping or touching ones merged.
std::vector<Mark> NormalizeMarks(std::string_view quote, const std::vector<Mark>& marks);

/// A stretch of a quote, marked or not.
struct QuoteSegment {
  std::string_view text;  ///< points into the quote passed to SplitQuote
  bool marked = false;
};

/// The quote cut at the (normalized) marks, in order; empty segments omitted.
std::vector<QuoteSegment> SplitQuote(std::string_view quote, const std::vector<Mark>& marks);

/// How to draw a quote: each segment goes through `escape`, marked ones are
/// wrapped in `open` and `close`.
struct QuoteStyle {
  std::string (*escape)(std::string_view) = nullptr;  ///< nullptr: verbatim
  std::string_view open;
  std::string_view close;
};

/// The quote drawn in `style`.
std::string RenderQuote(std::string_view quote, const std::vector<Mark>& marks,
                        const QuoteStyle& style);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_QUOTE_H_
