// SARIF reportingDescriptor objects for norms: what code scanning shows as
// the rule's description and help (the norm and the recommendation).
//
// Private to lib/report. Thread-safety: pure functions.

#ifndef CONCORD_REPORT_SARIF_RULES_H_
#define CONCORD_REPORT_SARIF_RULES_H_

#include "concord/finding.h"

#include <string>

#include <nlohmann/json.hpp>

namespace concord::detail {

/// "CAT-1-definition" -> "CAT1Definition": an identifier-like rule name.
std::string SarifRuleName(const std::string& rule_id);

/// The help text: citation and level, instrument, the norm, basis, how it is
/// checked, recommendation; one paragraph each. `markdown` selects Markdown.
std::string SarifHelp(const Norm& norm, bool markdown);

/// The reportingDescriptor for `norm` (id, name, descriptions, default
/// level, help, helpUri, properties).
nlohmann::ordered_json SarifRule(const Norm& norm);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_SARIF_RULES_H_
