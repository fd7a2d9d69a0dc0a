// Findings and reports: what evaluation produces and every renderer reads.
//
// A Finding is one norm's verdict (met, partial, gap, conflict,
// not-applicable, reserved) over the legal framework (framework mode) or one
// document (per-document mode), with the evidence that proves it. A Report is
// a whole run: the norms evaluated, the findings, the documents read and the
// diagnostics. Renderers (report.h) depend on this header and document.h only.
//
// Thread-safety: plain data.

#ifndef CONCORD_FINDING_H_
#define CONCORD_FINDING_H_

#include "concord/diagnostic.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// How serious a failure of the rule is. Ordered: kInfo < kWarning < kError.
enum class Severity : uint8_t { kInfo, kWarning, kError };
/// "info", "warning", "error".
const char* SeverityName(Severity severity);
bool ParseSeverity(std::string_view name, Severity* severity);

/// How binding the norm is.
enum class Level : uint8_t {
  kTreaty,      ///< "T": binding treaty text for States parties
  kTreatyBody,  ///< "TB": a treaty body's authoritative interpretation
  kCustomary,   ///< "CIL": customary international law
  kSoftLaw,     ///< "SL": other soft law
};
/// "T", "TB", "CIL", "SL".
const char* LevelName(Level level);
/// "treaty text", "treaty-body standard", "customary law", "soft law".
const char* LevelDescription(Level level);
bool ParseLevel(std::string_view name, Level* level);

/// A norm's verdict.
enum class FindingStatus : uint8_t {
  kMet,            ///< the framework meets the norm
  kPartial,        ///< meets it in part (missing elements are listed)
  kGap,            ///< nothing in the framework meets it
  kConflict,       ///< a provision contradicts it
  kNotApplicable,  ///< the state is not party to the instrument (profile)
  kReserved,       ///< covered by a reservation (profile)
};
/// "met", "partial", "gap", "conflict", "not-applicable", "reserved".
const char* FindingStatusName(FindingStatus status);
bool ParseFindingStatus(std::string_view name, FindingStatus* status);
/// True for partial, gap and conflict.
bool IsFailure(FindingStatus status);

/// A marked span inside a quote (byte offsets into Evidence::quote).
struct Mark {
  uint32_t begin = 0;
  uint32_t end = 0;
};

/// One place in a national text that a finding rests on.
struct Evidence {
  std::string path;           ///< document path as given on the command line
  std::string frbr_work;      ///< the document's FRBR work URI (may be empty)
  std::string provision_id;   ///< eId or generated id
  std::string provision_num;  ///< "Article 12", "12." as written
  std::string article_num;    ///< num of the enclosing article, if any
  uint32_t line = 0;          ///< 1-based line of the first marked span
  uint32_t column = 0;        ///< 1-based column (code points)
  std::string quote;          ///< about 240 characters around the match, white space collapsed
  std::vector<Mark> marks;    ///< matched spans in `quote`
  /// What this evidence shows: "match", "anchor", "element:<id>", "value",
  /// "violation", "exception".
  std::string role;
};

/// A value extracted for a threshold.
struct Value {
  std::string quantity;         ///< "age", "duration", ...
  double value = 0;             ///< in `unit`
  std::string unit;             ///< "year", "hour", ...
  std::string bound;            ///< "exact", "at-least", "at-most", "below", "above"
  std::string text;             ///< the words it was read from
  bool violates = false;        ///< true if this value breaks the threshold
  bool from_exception = false;  ///< true if read from an exception clause
  int32_t evidence = -1;        ///< index into Finding::evidence
};

/// An element of a definition that the best anchor unit lacks.
struct MissingElement {
  std::string id;
  std::string name;
};

/// What a rule checks, for reports: everything a renderer shows about a norm.
struct Norm {
  std::string rule_id;
  std::string title;
  std::string pack;
  std::string pack_version;
  std::string instrument;        ///< instrument id: "cat"
  std::string instrument_title;  ///< "Convention against Torture ..."
  /// Short title for reports ("CAT", "ILO C138"); empty: reports use the
  /// instrument id in upper case.
  std::string instrument_short;
  std::string article;          ///< "1", "16(2)"
  std::string eid;              ///< "art_1__para_1"
  std::string article_heading;  ///< the outline's heading for the article
  std::string summary;          ///< the outline's summary, in Concord's words
  std::string official_text;    ///< the article verbatim, from --treaties
  std::string basis;            ///< "CAT General Comment No. 2 (2007), para. 9"
  Level level = Level::kTreaty;
  Severity severity = Severity::kError;
  std::string check;          ///< "require", "prohibit", "elements", "threshold"
  std::string check_summary;  ///< one line: how it is checked
  std::string recommendation;
  std::vector<std::string> tags;
  std::string help_uri;   ///< rule documentation link
  std::string rule_file;  ///< pack file that defines the rule
  uint32_t rule_line = 0;
};

/// One norm's verdict.
struct Finding {
  uint32_t norm = 0;  ///< index into Report::norms
  std::string rule_id;
  FindingStatus status = FindingStatus::kGap;
  Severity severity = Severity::kError;
  std::string message;  ///< one line, says what is wrong or right
  std::vector<MissingElement> missing;
  std::vector<Value> values;
  std::vector<Evidence> evidence;
  /// Per-document mode: the document path; framework mode: empty.
  std::string document;
  /// rule id + document FRBR work URI (or path) + provision id; never lines.
  std::string fingerprint;
  std::string suppression;  ///< the reason of a <?concord-ignore?>, if suppressed
  std::string reservation;  ///< the reservation text, for kReserved
  bool baselined = false;   ///< hidden by --baseline

  /// True if the finding counts towards the exit code: a failure that is
  /// neither suppressed nor baselined.
  bool fails() const { return IsFailure(status) && suppression.empty() && !baselined; }
};

/// A document read in the run.
struct DocumentSummary {
  std::string path;
  std::string format;
  std::string doc_type;
  std::string frbr_work;
  std::string title;
  std::string language;
  uint32_t provisions = 0;
  uint64_t bytes = 0;
  bool loaded = false;  ///< false if it could not be loaded (see diagnostics)
};

/// A rule pack used in the run.
struct PackSummary {
  std::string id;
  std::string version;
  std::string title;
  std::string path;
  uint32_t rules = 0;
};

/// A whole run.
struct Report {
  std::string tool_version;
  std::string mode;     ///< "framework" or "per-document"
  std::string profile;  ///< profile path, if any
  std::string state;    ///< the profile's state name, if any
  /// The --baseline file, if one was used: SARIF then marks every result
  /// "new" or "unchanged" (Finding::baselined).
  std::string baseline;
  std::vector<PackSummary> packs;
  std::vector<Norm> norms;        ///< every rule evaluated, pack order
  std::vector<Finding> findings;  ///< deterministic order (see eval)
  std::vector<DocumentSummary> documents;
  Diagnostics diagnostics;
};

}  // namespace concord

#endif  // CONCORD_FINDING_H_
