// Reading a JSON report (docs/report.schema.json) back into a Report: the
// inverse of json.cc, so saved reports can be compared (`concord diff`).

#include "renderers.h"

#include "concord/report.h"

#include <limits>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace concord {
namespace {

using Json = nlohmann::json;

std::string Str(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? std::string() : it->get<std::string>();
}

template <typename Number>
Number Num(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? Number() : it->get<Number>();
}

bool Bool(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->get<bool>();
}

const Json& Array(const Json& object, const char* key) {
  static const Json kEmpty = Json::array();
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? kEmpty : *it;
}

// Parses an enumerator by name; throws (caught by ParseJsonReport) if unknown.
template <typename Enum>
Enum Named(const Json& object, const char* key, bool (*parse)(std::string_view, Enum*)) {
  Enum value{};
  const std::string name = Str(object, key);
  if (!name.empty() && !parse(name, &value)) {
    throw std::invalid_argument(std::string("unknown ") + key + " '" + name + "'");
  }
  return value;
}

bool ParseDiagnosticLevel(std::string_view name, DiagnosticLevel* level) {
  for (DiagnosticLevel l :
       {DiagnosticLevel::kNote, DiagnosticLevel::kWarning, DiagnosticLevel::kError}) {
    if (name == DiagnosticLevelName(l)) {
      *level = l;
      return true;
    }
  }
  return false;
}

Norm ReadNorm(const Json& j) {
  Norm n;
  n.rule_id = Str(j, "id");
  n.title = Str(j, "title");
  n.pack = Str(j, "pack");
  n.pack_version = Str(j, "pack_version");
  n.instrument = Str(j, "instrument");
  n.instrument_title = Str(j, "instrument_title");
  n.instrument_short = Str(j, "instrument_short");
  n.article = Str(j, "article");
  n.eid = Str(j, "eid");
  n.article_heading = Str(j, "heading");
  n.summary = Str(j, "summary");
  n.official_text = Str(j, "official_text");
  n.basis = Str(j, "basis");
  n.level = Named(j, "level", &ParseLevel);
  n.severity = Named(j, "severity", &ParseSeverity);
  n.check = Str(j, "check");
  n.check_summary = Str(j, "check_summary");
  n.recommendation = Str(j, "recommendation");
  for (const Json& tag : Array(j, "tags")) n.tags.push_back(tag.get<std::string>());
  n.help_uri = Str(j, "help_uri");
  n.rule_file = Str(j, "rule_file");
  n.rule_line = Num<uint32_t>(j, "rule_line");
  return n;
}

Evidence ReadEvidence(const Json& j) {
  Evidence e;
  e.path = Str(j, "path");
  e.frbr_work = Str(j, "frbr_work");
  e.provision_id = Str(j, "provision_id");
  e.provision_num = Str(j, "provision_num");
  e.article_num = Str(j, "article_num");
  e.line = Num<uint32_t>(j, "line");
  e.column = Num<uint32_t>(j, "column");
  e.quote = Str(j, "quote");
  for (const Json& m : Array(j, "marks")) {
    e.marks.push_back({Num<uint32_t>(m, "begin"), Num<uint32_t>(m, "end")});
  }
  e.role = Str(j, "role");
  return e;
}

Value ReadValue(const Json& j) {
  Value v;
  v.quantity = Str(j, "quantity");
  const auto value = j.find("value");
  v.value = value == j.end() || value->is_null() ? std::numeric_limits<double>::quiet_NaN()
                                                 : value->get<double>();
  v.unit = Str(j, "unit");
  v.bound = Str(j, "bound");
  v.text = Str(j, "text");
  v.violates = Bool(j, "violates");
  v.from_exception = Bool(j, "from_exception");
  const auto it = j.find("evidence");
  v.evidence = it == j.end() || it->is_null() ? -1 : it->get<int32_t>();
  return v;
}

Finding ReadFinding(const Json& j, size_t norms) {
  Finding f;
  f.rule_id = Str(j, "rule");
  const auto norm = j.find("norm");
  f.norm =
      norm == j.end() || norm->is_null() ? static_cast<uint32_t>(norms) : norm->get<uint32_t>();
  f.status = Named(j, "status", &ParseFindingStatus);
  f.severity = Named(j, "severity", &ParseSeverity);
  f.message = Str(j, "message");
  f.document = Str(j, "document");
  f.fingerprint = Str(j, "fingerprint");
  f.suppression = Str(j, "suppression");
  f.baselined = Bool(j, "baselined");
  f.reservation = Str(j, "reservation");
  for (const Json& m : Array(j, "missing")) f.missing.push_back({Str(m, "id"), Str(m, "name")});
  for (const Json& v : Array(j, "values")) f.values.push_back(ReadValue(v));
  for (const Json& e : Array(j, "evidence")) f.evidence.push_back(ReadEvidence(e));
  return f;
}

void ReadReport(const Json& j, Report* r) {
  r->tool_version = Str(j.at("tool"), "version");
  r->mode = Str(j, "mode");
  if (const auto profile = j.find("profile"); profile != j.end() && !profile->is_null()) {
    r->profile = Str(*profile, "path");
    r->state = Str(*profile, "state");
  }
  r->baseline = Str(j, "baseline");
  for (const Json& p : Array(j, "packs")) {
    r->packs.push_back({Str(p, "id"), Str(p, "version"), Str(p, "title"), Str(p, "path"),
                        Num<uint32_t>(p, "rules")});
  }
  for (const Json& d : Array(j, "documents")) {
    r->documents.push_back({Str(d, "path"), Str(d, "format"), Str(d, "doc_type"),
                            Str(d, "frbr_work"), Str(d, "title"), Str(d, "language"),
                            Num<uint32_t>(d, "provisions"), Num<uint64_t>(d, "bytes"),
                            Bool(d, "loaded")});
  }
  for (const Json& n : Array(j, "norms")) r->norms.push_back(ReadNorm(n));
  for (const Json& f : Array(j, "findings")) r->findings.push_back(ReadFinding(f, r->norms.size()));
  for (const Json& d : Array(j, "diagnostics")) {
    r->diagnostics.push_back(
        {Named(d, "level", &ParseDiagnosticLevel),
         {Str(d, "path"), Num<uint32_t>(d, "line"), Num<uint32_t>(d, "column")},
         Str(d, "message")});
  }
}

}  // namespace

Status ParseJsonReport(std::string_view text, Report* report) {
  *report = Report();
  try {
    const Json j = Json::parse(text);
    if (!j.is_object() || Str(j, "schema") != detail::kJsonSchemaId) {
      return Status::ParseError(std::string("not a Concord JSON report (expected \"schema\": \"") +
                                detail::kJsonSchemaId + "\")");
    }
    if (Num<int>(j, "version") != detail::kJsonVersion) {
      return Status::Unsupported("JSON report version " + j.at("version").dump() +
                                 " (this Concord reads version 1)");
    }
    ReadReport(j, report);
  } catch (const std::exception& error) {  // nlohmann::json::exception, std::invalid_argument
    *report = Report();
    return Status::ParseError(std::string("invalid JSON report: ") + error.what());
  }
  return Status::Ok();
}

}  // namespace concord
