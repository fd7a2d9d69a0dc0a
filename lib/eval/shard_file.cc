// The shard file: a Shard as compact JSON and back (docs/scale.md). Fields
// that hold their default (empty, false, 0) are left out of outcomes and
// evidence to keep large runs' files small; the reader restores them.

#include "concord/merge.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

namespace concord {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kShardSchema = "https://concord.dev/shard/1";
constexpr int kShardVersion = 1;

// Sets j[key] unless `value` is its type's default.
template <typename T>
void Put(Json& j, const char* key, const T& value) {
  if (value != T{}) j[key] = value;
}

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? std::string() : it->template get<std::string>();
}

template <typename N>
N Num(const Json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? N{} : it->template get<N>();
}

bool Flag(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->get<bool>();
}

const Json& List(const Json& j, const char* key) {
  static const Json kEmpty = Json::array();
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? kEmpty : *it;
}

Json EvidenceJson(const Evidence& e) {
  Json j = Json::object();
  Put(j, "path", e.path);
  Put(j, "frbr_work", e.frbr_work);
  Put(j, "provision_id", e.provision_id);
  Put(j, "provision_num", e.provision_num);
  Put(j, "article_num", e.article_num);
  Put(j, "line", e.line);
  Put(j, "column", e.column);
  Put(j, "quote", e.quote);
  if (!e.marks.empty()) {
    Json marks = Json::array();
    for (const Mark& m : e.marks) marks.push_back(Json::array({m.begin, m.end}));
    j["marks"] = std::move(marks);
  }
  Put(j, "role", e.role);
  return j;
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
  for (const Json& m : List(j, "marks")) {
    e.marks.push_back(Mark{m.at(0).get<uint32_t>(), m.at(1).get<uint32_t>()});
  }
  e.role = Str(j, "role");
  return e;
}

Json ValueJson(const Value& v) {
  Json j = Json::object();
  Put(j, "quantity", v.quantity);
  j["value"] = std::isfinite(v.value) ? Json(v.value) : Json(nullptr);
  Put(j, "unit", v.unit);
  Put(j, "bound", v.bound);
  Put(j, "text", v.text);
  Put(j, "violates", v.violates);
  Put(j, "from_exception", v.from_exception);
  j["evidence"] = v.evidence;
  return j;
}

Value ReadValue(const Json& j) {
  Value v;
  v.quantity = Str(j, "quantity");
  auto value = j.find("value");
  v.value = value == j.end() || value->is_null() ? std::numeric_limits<double>::quiet_NaN()
                                                 : value->get<double>();
  v.unit = Str(j, "unit");
  v.bound = Str(j, "bound");
  v.text = Str(j, "text");
  v.violates = Flag(j, "violates");
  v.from_exception = Flag(j, "from_exception");
  v.evidence = j.contains("evidence") ? j.at("evidence").get<int32_t>() : -1;
  return v;
}

Json OutcomeJson(const ShardOutcome& o) {
  Json j = {{"norm", o.norm}, {"status", FindingStatusName(o.status)}};
  Put(j, "anchored", o.anchored);
  Put(j, "score", o.score);
  Put(j, "message", o.message);
  if (!o.missing.empty()) {
    Json missing = Json::array();
    for (const MissingElement& m : o.missing) missing.push_back(Json::array({m.id, m.name}));
    j["missing"] = std::move(missing);
  }
  if (!o.values.empty()) {
    j["values"] = Json::array();
    for (const Value& v : o.values) j["values"].push_back(ValueJson(v));
  }
  if (!o.evidence.empty()) {
    j["evidence"] = Json::array();
    for (const Evidence& e : o.evidence) j["evidence"].push_back(EvidenceJson(e));
  }
  Put(j, "suppression", o.suppression);
  return j;
}

ShardOutcome ReadOutcome(const Json& j) {
  ShardOutcome o;
  o.norm = Num<uint32_t>(j, "norm");
  if (!ParseFindingStatus(Str(j, "status"), &o.status)) {
    throw std::invalid_argument("unknown status '" + Str(j, "status") + "'");
  }
  o.anchored = Flag(j, "anchored");
  o.score = Num<uint32_t>(j, "score");
  o.message = Str(j, "message");
  for (const Json& m : List(j, "missing")) {
    o.missing.push_back(MissingElement{m.at(0).get<std::string>(), m.at(1).get<std::string>()});
  }
  for (const Json& v : List(j, "values")) o.values.push_back(ReadValue(v));
  for (const Json& e : List(j, "evidence")) o.evidence.push_back(ReadEvidence(e));
  o.suppression = Str(j, "suppression");
  return o;
}

Json DiagnosticsJson(const Diagnostics& diagnostics) {
  Json list = Json::array();
  for (const Diagnostic& d : diagnostics) {
    list.push_back({{"level", DiagnosticLevelName(d.level)},
                    {"path", d.location.path},
                    {"line", d.location.line},
                    {"column", d.location.column},
                    {"message", d.message}});
  }
  return list;
}

Diagnostics ReadDiagnostics(const Json& list) {
  Diagnostics out;
  for (const Json& j : list) {
    Diagnostic d;
    const std::string level = Str(j, "level");
    d.level = level == "note"      ? DiagnosticLevel::kNote
              : level == "warning" ? DiagnosticLevel::kWarning
                                   : DiagnosticLevel::kError;
    d.location = Location{Str(j, "path"), Num<uint32_t>(j, "line"), Num<uint32_t>(j, "column")};
    d.message = Str(j, "message");
    out.push_back(std::move(d));
  }
  return out;
}

Json DocumentJson(const ShardDocument& d) {
  const DocumentSummary& s = d.summary;
  Json j = {{"position", d.position},
            {"path", s.path},
            {"format", s.format},
            {"doc_type", s.doc_type},
            {"frbr_work", s.frbr_work},
            {"title", s.title},
            {"language", s.language},
            {"provisions", s.provisions},
            {"bytes", s.bytes},
            {"loaded", s.loaded},
            {"identity", d.identity},
            {"evaluated", d.evaluated},
            {"subject_known", d.subject_known}};
  j["diagnostics"] = DiagnosticsJson(d.diagnostics);
  j["outcomes"] = Json::array();
  for (const ShardOutcome& o : d.outcomes) j["outcomes"].push_back(OutcomeJson(o));
  return j;
}

ShardDocument ReadDocument(const Json& j) {
  ShardDocument d;
  d.position = Num<uint64_t>(j, "position");
  d.summary = DocumentSummary{Str(j, "path"),
                              Str(j, "format"),
                              Str(j, "doc_type"),
                              Str(j, "frbr_work"),
                              Str(j, "title"),
                              Str(j, "language"),
                              Num<uint32_t>(j, "provisions"),
                              Num<uint64_t>(j, "bytes"),
                              Flag(j, "loaded")};
  d.identity = Str(j, "identity");
  d.evaluated = Flag(j, "evaluated");
  d.subject_known = Flag(j, "subject_known");
  d.diagnostics = ReadDiagnostics(List(j, "diagnostics"));
  for (const Json& o : List(j, "outcomes")) d.outcomes.push_back(ReadOutcome(o));
  return d;
}

// 1-based line and column of byte `offset` in `text`.
Location Place(const std::string& path, std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  Location at{path, 1, 1};
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

void ReadShard(const Json& j, Shard* shard) {
  shard->tool_version = Str(j, "tool");
  const Json& spec = j.at("shard");
  shard->spec = ShardSpec{Num<uint32_t>(spec, "index"), Num<uint32_t>(spec, "count")};
  shard->inputs = Num<uint64_t>(spec, "inputs");
  if (shard->spec.index < 1 || shard->spec.index > shard->spec.count) {
    throw std::invalid_argument("shard index out of range");
  }
  shard->mode = Str(j, "mode");
  shard->profile = Str(j, "profile");
  for (const Json& p : List(j, "packs")) {
    shard->packs.push_back(PackSummary{Str(p, "id"), Str(p, "version"), Str(p, "title"),
                                       Str(p, "path"), Num<uint32_t>(p, "rules")});
  }
  for (const Json& n : List(j, "norms")) shard->norms.push_back(n.get<std::string>());
  shard->input_errors = ReadDiagnostics(List(j, "input_errors"));
  for (const Json& d : List(j, "documents")) shard->documents.push_back(ReadDocument(d));
}

}  // namespace

std::string SerializeShard(const Shard& shard) {
  Json packs = Json::array();
  for (const PackSummary& p : shard.packs) {
    packs.push_back({{"id", p.id},
                     {"version", p.version},
                     {"title", p.title},
                     {"path", p.path},
                     {"rules", p.rules}});
  }
  Json documents = Json::array();
  for (const ShardDocument& d : shard.documents) documents.push_back(DocumentJson(d));
  Json root = {
      {"schema", kShardSchema},
      {"version", kShardVersion},
      {"tool", shard.tool_version},
      {"shard",
       {{"index", shard.spec.index}, {"count", shard.spec.count}, {"inputs", shard.inputs}}},
      {"mode", shard.mode},
      {"profile", shard.profile},
      {"packs", std::move(packs)},
      {"norms", shard.norms},
      {"input_errors", DiagnosticsJson(shard.input_errors)},
      {"documents", std::move(documents)}};
  return root.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

Status ParseShard(std::string_view text, const std::string& path, Shard* shard) {
  *shard = Shard{};
  shard->path = path;
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::parse_error& e) {
    return Status::ParseError("not a shard file: malformed JSON",
                              Place(path, text, e.byte > 0 ? e.byte - 1 : 0));
  }
  if (!j.is_object() || Str(j, "schema") != kShardSchema) {
    return Status::ParseError(std::string("not a shard file (written by concord check --shard; ") +
                                  "expected \"schema\": \"" + kShardSchema + "\")",
                              Location{path});
  }
  if (Num<int>(j, "version") != kShardVersion) {
    return Status::Unsupported(
        "shard file version " + j.at("version").dump() + " (this Concord reads version 1)",
        Location{path});
  }
  try {
    ReadShard(j, shard);
  } catch (const std::exception& e) {  // nlohmann::json::exception, std::invalid_argument
    *shard = Shard{};
    shard->path = path;
    return Status::ParseError(std::string("invalid shard file: ") + e.what(), Location{path});
  }
  return Status::Ok();
}

}  // namespace concord
