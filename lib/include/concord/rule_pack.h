// RulePack: a versioned set of international norms, as loaded from a pack
// folder (pack.xml plus included files, namespace urn:concord:rules:1).
//
// The model is plain data. Expressions are stored flat in RulePack::exprs and
// refer to each other, to concepts and to inline terms by index, so a pack is
// cheap to copy into the evaluator and needs no pointers. Every element keeps
// the file and line it came from, for lint and `rules test` messages.
// docs/rule-format.md is the reference for the format.
//
// Thread-safety: plain data.

#ifndef CONCORD_RULE_PACK_H_
#define CONCORD_RULE_PACK_H_

#include "concord/diagnostic.h"
#include "concord/finding.h"
#include "concord/quantity.h"
#include "concord/status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace concord {

/// The unit an expression must hold within.
enum class Scope : uint8_t {
  kSentence,   ///< one sentence of one provision
  kProvision,  ///< one provision's own text (and heading)
  kArticle,    ///< an article with everything it contains
  kDocument,   ///< a whole document
};
const char* ScopeName(Scope scope);
bool ParseScope(std::string_view name, Scope* scope);

/// The check a rule performs (exactly one per rule).
enum class CheckKind : uint8_t { kRequire, kProhibit, kElements, kThreshold };
const char* CheckKindName(CheckKind kind);

/// Comparison of a threshold: the value found `op` the rule's value.
enum class Op : uint8_t { kGe, kGt, kLe, kLt, kEq };
/// ">=", ">", "<=", "<", "==".
const char* OpName(Op op);
/// Accepts ">=", "ge", ">", "gt", "<=", "le", "<", "lt", "==", "=", "eq".
bool ParseOp(std::string_view name, Op* op);

/// Which of several quantities in the anchor unit a threshold judges.
enum class Select : uint8_t {
  kMin,    ///< the lowest (the effective minimum, e.g. an age)
  kMax,    ///< the highest (e.g. a time limit)
  kFirst,  ///< the first in text order
  kAll,    ///< every one must satisfy the threshold
};
const char* SelectName(Select select);
bool ParseSelect(std::string_view name, Select* select);

/// A term as written in a pack.
struct TermSpec {
  std::string lang;  ///< "en", "ru", "fr", "es"; empty for any
  std::string text;  ///< words; a trailing '*' makes a word a prefix
  uint32_t gap = 0;
  Location location;
};

/// A named set of terms: a legal idea in every pack language.
struct Concept {
  std::string id;
  std::vector<TermSpec> terms;
  Location location;
};

/// A node of an expression tree.
struct Expr {
  enum class Kind : uint8_t {
    kConcept,  ///< any term of concepts[index]
    kTerm,     ///< inline_terms[index]
    kAll,      ///< every child matches in the unit
    kAny,      ///< some child matches
    kNot,      ///< the (single) child does not match in the unit
    kNear,     ///< all children match in one sentence within `distance` tokens
    kNegated,  ///< the child matches under a negation cue in the same clause
  };
  Kind kind = Kind::kAll;
  uint32_t index = 0;              ///< concept or inline term index
  uint32_t distance = 0;           ///< for kNear
  std::vector<uint32_t> children;  ///< indexes into RulePack::exprs
  Location location;
};

/// An element of a definition (elements check).
struct Element {
  std::string id;
  std::string name;
  uint32_t expr = 0;  ///< index into RulePack::exprs
  Location location;
};

/// The parameters of a threshold check.
struct Threshold {
  /// "age" (only quantities read as ages), "duration", or "any".
  std::string quantity = "any";
  Unit unit = Unit::kYear;
  Op op = Op::kGe;
  double value = 0;  ///< the value, or the default of `parameter`
  /// A profile parameter that overrides `value` ("ilo-c138/minimum-age"), from
  /// value="profile:ilo-c138/minimum-age"; empty if none.
  std::string parameter;
  Select select = Select::kMin;
  int32_t context = -1;    ///< expr the quantity's sentence must match, or -1
  int32_t exception = -1;  ///< expr marking exception clauses, or -1
};

/// A rule's example: a one-provision document and the verdict it must get.
struct Example {
  FindingStatus status = FindingStatus::kMet;
  std::vector<std::string> missing;  ///< element ids, for partial
  std::string lang;
  std::string subject;  ///< subject given to the one-provision document, if any
  std::string heading;  ///< heading given to the one-provision document, if any
  std::string text;     ///< white space collapsed
  Location location;
};

/// One international norm and how to check it.
struct Rule {
  std::string id;
  std::string title;
  Severity severity = Severity::kError;
  Level level = Level::kTreaty;
  std::string instrument;  ///< <source instrument>: an Instrument::id of the pack
  std::string article;     ///< <source article>: "16(2)"
  std::string eid;         ///< <source eid>: "art_16__para_2"
  std::string basis;
  std::vector<std::string> subjects;  ///< <applies subject>; empty: every document
  CheckKind check = CheckKind::kRequire;
  Scope scope = Scope::kProvision;
  int32_t expr = -1;    ///< require / prohibit expression
  int32_t anchor = -1;  ///< elements / threshold anchor
  std::vector<Element> elements;
  uint32_t min_elements = 0;  ///< elements needed for met; 0 = all
  Threshold threshold;
  std::string recommendation;
  std::vector<std::string> tags;
  std::vector<Example> examples;
  Location location;
  Location source_location;  ///< of <source>; unknown if the rule has none
};

/// A treaty or other instrument a pack cites.
struct Instrument {
  std::string id;  ///< "cat"
  std::string title;
  std::string adopted;  ///< ISO date
  std::string outline;  ///< path of the AKN outline, resolved against the pack folder
  std::string frbr;     ///< the instrument's FRBR work URI (from the outline), if known
  Location location;
};

/// A document subject and the title words that reveal it.
struct Subject {
  std::string id;  ///< "criminal", "family", "labour" ...
  std::vector<TermSpec> terms;
  Location location;
};

/// A loaded rule pack.
struct RulePack {
  std::string id;
  std::string version;
  std::string title;
  std::string path;  ///< the pack.xml path
  std::string dir;   ///< its folder
  std::vector<Instrument> instruments;
  std::vector<Concept> concepts;
  std::vector<TermSpec> inline_terms;  ///< <term> used directly in expressions
  std::vector<Expr> exprs;
  std::vector<NumberWord> numbers;  ///< the <numbers> lexicon
  std::vector<Subject> subjects;
  std::vector<Rule> rules;

  /// The concept with `id`, or -1.
  int32_t FindConcept(std::string_view concept_id) const;
  /// The instrument with `id`, or nullptr.
  const Instrument* FindInstrument(std::string_view instrument_id) const;
};

/// Loads a pack from a folder (holding pack.xml) or a pack.xml path, with
/// the <fragment> files it includes. Every error in its structure (bad XML,
/// unknown element or attribute, a missing required attribute or element,
/// duplicate ids, unknown concept refs, unknown values, a malformed term ...;
/// docs/rule-format.md lists them) is appended to *diagnostics at its
/// file:line:col, and reading goes on, so one call reports them all; unknown
/// subjects are warnings. Returns Status::ParseError ("rule pack has N
/// errors") when any error was reported, Status::NotFound when pack.xml
/// cannot be read; *pack then holds what could be read. Outlines are not read
/// (LintRulePack reads them).
Status LoadRulePack(const std::string& path, RulePack* pack, Diagnostics* diagnostics);

/// Checks what LoadRulePack does not: every instrument's outline loads
/// (LoadOutline), every rule's <source> resolves into it, every rule has a
/// recommendation, a basis when level is TB, a met and a failing example in
/// each of en and ru with statuses its check can give and `missing` ids among
/// its elements; concepts a rule uses have en and ru terms, no term repeats,
/// no concept goes unused, and T/CIL rules are not severity info. Appends
/// errors and warnings to *diagnostics (docs/rule-format.md lists them).
void LintRulePack(const RulePack& pack, Diagnostics* diagnostics);

/// The built-in pack folder: the CONCORD_RULES environment variable, else
/// <prefix>/share/concord/rules of an install, found relative to the running
/// executable (/proc/self/exe), else the rules/ folder of the source tree the
/// library was built from, if it exists. Empty if none is found.
std::string DefaultRulesDir();

/// Every pack folder under `dir` (folders holding pack.xml, `dir` itself
/// included; a pack folder's subfolders are not searched), sorted.
std::vector<std::string> FindPacks(const std::string& dir);

}  // namespace concord

#endif  // CONCORD_RULE_PACK_H_
