// concord inspect FILE: what Concord reads from a document — metadata,
// counts, the outline with ids and lines, definitions and suppressions — as
// text or as JSON (the object is documented in docs/formats.md).

#include "command.h"
#include "output.h"

#include "concord/document.h"
#include "concord/loader.h"

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace concord::cli {
namespace {

struct InspectFlags {
  std::string path;
  std::string format = "text";
};

// Display form: white space runs become one space.
std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string IdOf(const Document& doc, int32_t index) {
  return index < 0 ? std::string() : doc.provisions[static_cast<size_t>(index)].id;
}

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

std::string Position(uint32_t line, uint32_t column) { return fmt::format("{}:{}", line, column); }

void PrintText(const Document& doc, const DocumentCounts& counts) {
  std::string out = doc.path + "\n";
  auto field = [&out](const char* name, const std::string& value) {
    out += fmt::format("  {:<17}{}\n", name, OrDash(value));
  };
  field("format", doc.format + (doc.namespace_uri.empty() ? "" : " (" + doc.namespace_uri + ")"));
  field("doc type", doc.doc_type + (doc.doc_name.empty() ? "" : " (" + doc.doc_name + ")"));
  field("FRBR work", doc.frbr_work);
  field("FRBR expression", doc.frbr_expression);
  field("title", doc.title);
  field("language", doc.language);
  field("date", doc.date);
  field("country", doc.country);
  field("subjects", fmt::format("{}", fmt::join(doc.subjects, ", ")));
  std::string kinds;
  for (const auto& [kind, n] : counts.provisions_by_kind) {
    kinds += fmt::format("{}{} {}", kinds.empty() ? ": " : ", ", kind, n);
  }
  field("provisions", fmt::format("{}{}", counts.provisions, kinds));
  field("notes", std::to_string(counts.notes));
  field("definitions", std::to_string(counts.definitions));
  field("references", std::to_string(counts.references));
  field("suppressions", std::to_string(counts.suppressions));

  out += "\nOutline\n";
  for (const Provision& p : doc.provisions) {
    out += fmt::format("  {:<10}{:{}}{} {}", Position(p.line, p.column), "", 2 * p.depth, p.kind,
                       p.id);
    if (!p.num.empty()) out += " [" + p.num + "]";
    if (!p.heading.empty()) out += " " + OneLine(p.heading);
    if (p.is_note) out += " (note)";
    out += "\n";
  }
  if (!doc.definitions.empty()) out += "\nDefinitions\n";
  for (const Definition& d : doc.definitions) {
    out += fmt::format("  {:<10}{}  ({})\n", Position(d.line, d.column), d.term,
                       IdOf(doc, d.provision));
  }
  if (!doc.suppressions.empty()) out += "\nSuppressions\n";
  for (const Suppression& s : doc.suppressions) {
    out += fmt::format("  {:<10}{}  ({})  {}\n", Position(s.line, s.column), s.rule_id,
                       s.provision < 0 ? "document" : IdOf(doc, s.provision), OrDash(s.reason));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

nlohmann::ordered_json ProvisionJson(const Document& doc, size_t index) {
  const Provision& p = doc.provisions[index];
  nlohmann::ordered_json j;
  j["index"] = index;
  j["kind"] = p.kind;
  j["id"] = p.id;
  j["id_generated"] = p.id_generated;
  j["name"] = p.name;
  j["num"] = p.num;
  j["heading"] = p.heading;
  j["is_note"] = p.is_note;
  j["parent"] = p.parent;
  j["end"] = p.end;
  j["depth"] = p.depth;
  j["line"] = p.line;
  j["column"] = p.column;
  j["text"] = p.text;
  return j;
}

void PrintJson(const Document& doc, const DocumentCounts& counts) {
  nlohmann::ordered_json j;
  j["schema"] = "concord-inspect/1";
  j["path"] = doc.path;
  j["format"] = doc.format;
  j["namespace"] = doc.namespace_uri;
  j["doc_type"] = doc.doc_type;
  j["doc_name"] = doc.doc_name;
  j["frbr_work"] = doc.frbr_work;
  j["frbr_expression"] = doc.frbr_expression;
  j["title"] = doc.title;
  j["language"] = doc.language;
  j["date"] = doc.date;
  j["country"] = doc.country;
  j["subjects"] = doc.subjects;
  j["source_bytes"] = doc.source_bytes;
  nlohmann::ordered_json by_kind = nlohmann::ordered_json::object();
  for (const auto& [kind, n] : counts.provisions_by_kind) by_kind[kind] = n;
  j["counts"] = {{"provisions", counts.provisions}, {"by_kind", by_kind},
                 {"notes", counts.notes},           {"definitions", counts.definitions},
                 {"references", counts.references}, {"suppressions", counts.suppressions}};
  j["provisions"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < doc.provisions.size(); ++i)
    j["provisions"].push_back(ProvisionJson(doc, i));
  j["definitions"] = nlohmann::ordered_json::array();
  for (const Definition& d : doc.definitions) {
    j["definitions"].push_back({{"term", d.term},
                                {"provision", IdOf(doc, d.provision)},
                                {"line", d.line},
                                {"column", d.column}});
  }
  j["references"] = nlohmann::ordered_json::array();
  for (const Reference& r : doc.references) {
    j["references"].push_back({{"href", r.href},
                               {"text", r.text},
                               {"provision", IdOf(doc, r.provision)},
                               {"line", r.line},
                               {"column", r.column}});
  }
  j["suppressions"] = nlohmann::ordered_json::array();
  for (const Suppression& s : doc.suppressions) {
    nlohmann::ordered_json provision = nullptr;
    if (s.provision >= 0) provision = IdOf(doc, s.provision);
    j["suppressions"].push_back({{"rule", s.rule_id},
                                 {"reason", s.reason},
                                 {"provision", provision},
                                 {"line", s.line},
                                 {"column", s.column}});
  }
  std::string out = j.dump(2) + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

ExitCode RunInspect(const InspectFlags& flags) {
  if (flags.format != "text" && flags.format != "json") {
    std::string hint = Suggest(flags.format, {"text", "json"});
    PrintError("--format takes text or json, not '" + flags.format + "'" +
               (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return kExitError;
  }
  Document doc;
  Diagnostics diagnostics;
  Status status = LoadDocumentFile(flags.path, LoadOptions{}, &doc, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!status.ok()) {
    PrintDiagnostics({Diagnostic::FromStatus(status)});
    return kExitError;
  }
  DocumentCounts counts = CountContents(doc);
  if (flags.format == "json") {
    PrintJson(doc, counts);
  } else {
    PrintText(doc, counts);
  }
  return kExitOk;
}

}  // namespace

void SetupInspect(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<InspectFlags>();
  command->add_option("file", flags->path, "The XML document to inspect")->required();
  command->add_option("--format", flags->format, "Output format: text or json")
      ->capture_default_str();
  *run = [flags] { return RunInspect(*flags); };
}

}  // namespace concord::cli
