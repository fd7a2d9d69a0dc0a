#include "concord/baseline.h"

#include "concord/file.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace concord {
namespace {

using Json = nlohmann::ordered_json;

// Line and column of byte `offset` in `text` (1-based).
Location Place(const std::string& path, const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  uint32_t line = 1, column = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return Location{path, line, column};
}

BaselineEntry EntryOf(const Finding& f) {
  BaselineEntry e;
  e.fingerprint = f.fingerprint;
  e.rule = f.rule_id;
  e.status = FindingStatusName(f.status);
  if (!f.evidence.empty()) {
    e.document = f.evidence.front().frbr_work.empty() ? f.evidence.front().path
                                                      : f.evidence.front().frbr_work;
    e.provision = f.evidence.front().provision_id;
  } else {
    e.document = f.document;
  }
  return e;
}

std::string Serialize(const std::vector<BaselineEntry>& entries) {
  Json findings = Json::array();
  for (const BaselineEntry& e : entries) {
    findings.push_back(Json{{"fingerprint", e.fingerprint},
                            {"rule", e.rule},
                            {"document", e.document},
                            {"provision", e.provision},
                            {"status", e.status}});
  }
  Json root{{"version", 1}, {"tool", "concord"}, {"findings", findings}};
  return root.dump(2) + "\n";
}

}  // namespace

Status LoadBaseline(const std::string& path, Baseline* baseline) {
  std::string text;
  Status status = ReadFile(path, &text);
  if (!status.ok()) return status;
  Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    // Find the place of the error by parsing again with exceptions.
    try {
      Json again = Json::parse(text);
      (void)again;
    } catch (const Json::parse_error& e) {
      return Status::ParseError("not a baseline: malformed JSON", Place(path, text, e.byte - 1));
    }
    return Status::ParseError("not a baseline: malformed JSON", Location{path});
  }
  if (!root.is_object() || !root.contains("findings") || !root["findings"].is_array()) {
    return Status::ParseError("not a baseline: expected {\"version\": 1, \"findings\": [...]}",
                              Location{path, 1, 1});
  }
  if (!root.contains("version") || root["version"] != 1) {
    // A baseline of another version would hide or show the wrong findings.
    size_t at = root.contains("version") ? text.find("\"version\"") : std::string::npos;
    std::string version = root.contains("version") ? root["version"].dump() : "(none)";
    return Status::ParseError(
        "baseline version " + version + " is not supported (this concord reads version 1)",
        at == std::string::npos ? Location{path, 1, 1} : Place(path, text, at));
  }
  *baseline = Baseline{};
  baseline->path = path;
  size_t index = 0;
  for (const Json& item : root["findings"]) {
    if (!item.is_object() || !item.contains("fingerprint") || !item["fingerprint"].is_string()) {
      return Status::ParseError(
          "baseline entry " + std::to_string(index) + " has no \"fingerprint\" string",
          Location{path});
    }
    BaselineEntry e;
    e.fingerprint = item["fingerprint"].get<std::string>();
    auto text_of = [&](const char* key) {
      return item.contains(key) && item[key].is_string() ? item[key].get<std::string>() : "";
    };
    e.rule = text_of("rule");
    e.document = text_of("document");
    e.provision = text_of("provision");
    e.status = text_of("status");
    baseline->fingerprints.insert(e.fingerprint);
    baseline->entries.push_back(std::move(e));
    ++index;
  }
  return Status::Ok();
}

void ApplyBaseline(const Baseline& baseline, Report* report) {
  for (Finding& f : report->findings) {
    if (IsFailure(f.status) && baseline.fingerprints.count(f.fingerprint)) f.baselined = true;
  }
}

std::string SerializeBaseline(const Report& report) {
  std::vector<BaselineEntry> entries;
  for (const Finding& f : report.findings) {
    if (IsFailure(f.status) && f.suppression.empty()) entries.push_back(EntryOf(f));
  }
  return Serialize(entries);
}

std::string PruneBaseline(const Baseline& baseline, const Report& report) {
  std::set<std::string> current;
  for (const Finding& f : report.findings) {
    if (IsFailure(f.status)) current.insert(f.fingerprint);
  }
  std::vector<BaselineEntry> kept;
  for (const BaselineEntry& e : baseline.entries) {
    if (current.count(e.fingerprint)) kept.push_back(e);
  }
  return Serialize(kept);
}

}  // namespace concord
