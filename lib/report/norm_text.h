// The words every renderer uses for norms, statuses, values and provisions,
// so that "CAT art. 1, Definition of torture" and "gap (treaty text)" read
// the same in every format.
//
// Private to lib/report. Thread-safety: pure functions.

#ifndef CONCORD_REPORT_NORM_TEXT_H_
#define CONCORD_REPORT_NORM_TEXT_H_

#include "concord/finding.h"

#include <string>

namespace concord::detail {

/// Norm::instrument_short, else the instrument id in upper case ("CAT").
std::string InstrumentShort(const Norm& norm);

/// Norm::instrument_title, else InstrumentShort.
std::string InstrumentTitle(const Norm& norm);

/// "art. 16(2)"; "" when the norm names no article.
std::string ArticleLabel(const Norm& norm);

/// "CAT art. 1, Definition of torture": short title, article and the
/// outline's heading, as far as known.
std::string NormCitation(const Norm& norm);

/// "gap (treaty-body standard)".
std::string StatusWithLevel(FindingStatus status, Level level);

/// 16 -> "16", 0.5 -> "0.5" (shortest form that reads back the same).
std::string FormatNumber(double value);

/// `age 16 years (at-least) from "шестнадцати лет", violates`.
std::string FormatValue(const Value& value);

/// The missing elements' names (ids where a name is empty), joined by "; ".
std::string JoinMissing(const Finding& finding);

/// The finding's values (FormatValue), joined by "; ".
std::string JoinValues(const Finding& finding);

/// How a provision is named, from its num and its article's num as written,
/// without the '.', ':' or spaces that end them: "Статья 13, 2" (article and
/// paragraph), "Section 12(3)" (a num that already names its article),
/// "Статья 13" (the article alone); the provision id when neither is known.
std::string ProvisionLabel(const Evidence& evidence);

/// The norm's text for a concordance: the official text when the user gave
/// one (--treaties), else the outline's summary.
const std::string& NormText(const Norm& norm);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_NORM_TEXT_H_
