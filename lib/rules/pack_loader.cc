// LoadRulePack: pack.xml, its <include>d fragments, and the checks that need
// every file read (concept references, subjects).

#include "pack_file.h"
#include "read_context.h"
#include "rule_reader.h"
#include "spelling.h"

#include "concord/file.h"
#include "concord/matcher.h"
#include "concord/rule_pack.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace concord {
namespace {

namespace fs = std::filesystem;

// The subject ids docs/rule-format.md lists; a pack may define others.
constexpr std::string_view kKnownSubjects[] = {
    "constitution",   "criminal",           "criminal-procedure", "family",    "labour",
    "children",       "assembly",           "association",        "emblem",    "civil",
    "administrative", "civil-registration", "migration",          "equality",  "disability",
    "ombudsman",      "corruption",         "education",          "emergency", "military",
    "media"};

std::string JoinPath(const std::string& dir, const std::string& relative) {
  return (fs::path(dir) / relative).lexically_normal().string();
}

std::string DirOf(const std::string& file) {
  std::string dir = fs::path(file).parent_path().string();
  return dir.empty() ? "." : dir;
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

class PackLoader {
 public:
  PackLoader(RulePack* pack, Diagnostics* diagnostics) : ctx_(pack, diagnostics) {}

  // Reads pack.xml and its includes; false if the file could not be read or parsed.
  Status ReadPack(const std::string& path);
  // The checks that need every file read.
  void Finish();
  size_t error_count() const { return ctx_.error_count(); }

 private:
  void ReadChildren(pugi::xml_node root, bool in_pack);
  void ReadInclude(pugi::xml_node element);
  void ReadInstrument(pugi::xml_node element);
  void ReadSubject(pugi::xml_node element);
  void ReadConcept(pugi::xml_node element);
  void ReadNumbers(pugi::xml_node element);
  // Reads the <term> children of a concept or subject into *terms.
  void ReadTerms(pugi::xml_node element, std::vector<TermSpec>* terms);
  // Parses `bytes` into *file; reports and returns false when malformed.
  bool Parse(std::string bytes, const std::string& path, PackFile* file);
  void CheckRoot(const PackFile& file, std::string_view expected);

  ReadContext ctx_;
  std::unordered_map<std::string, Location> included_;
};

bool PackLoader::Parse(std::string bytes, const std::string& path, PackFile* file) {
  Status status = file->Parse(std::move(bytes), path);
  if (status.ok()) return true;
  ctx_.Error(status.location(), status.message());
  return false;
}

void PackLoader::CheckRoot(const PackFile& file, std::string_view expected) {
  pugi::xml_node root = file.root();
  std::string_view name = file.LocalName(root);
  if (name != expected) {
    std::string what = expected == "pack" ? "root element must be <pack>"
                                          : "root element of an included file must be <fragment>";
    ctx_.Error(file.Locate(root), what + ", not <" + std::string(root.name()) + ">");
  } else if (!file.in_rules_namespace()) {
    ctx_.Error(file.Locate(root), Tag(name) + " is not in namespace " +
                                      std::string(kRulesNamespace) + " (add xmlns=\"" +
                                      std::string(kRulesNamespace) + "\")");
  }
}

Status PackLoader::ReadPack(const std::string& path) {
  RulePack& pack = ctx_.pack();
  std::string bytes;
  if (Status read = ReadFile(path, &bytes); !read.ok()) {
    ctx_.Error(Location{path}, "cannot read rule pack: " + read.message());
    return Status::NotFound("cannot read rule pack: " + read.message(), Location{path});
  }
  PackFile file;
  if (!Parse(std::move(bytes), path, &file)) {
    return Status::ParseError("rule pack is not well-formed XML", Location{path});
  }
  included_.emplace(fs::path(path).lexically_normal().string(), Location{path});
  ctx_.set_file(&file);
  CheckRoot(file, "pack");
  pugi::xml_node root = file.root();
  ctx_.CheckAttributes(root, {"id", "version", "title"}, {"id", "version", "title"});
  ctx_.ReadId(root, false, &pack.id);
  pack.version = ctx_.Attribute(root, "version");
  pack.title = CollapseSpace(ctx_.Attribute(root, "title"));
  ReadChildren(root, true);
  ctx_.set_file(nullptr);
  return Status::Ok();
}

void PackLoader::ReadChildren(pugi::xml_node root, bool in_pack) {
  for (pugi::xml_node child : ctx_.Children(root)) {
    std::string_view name = ctx_.Name(child);
    if (name == "rule") {
      ReadRule(ctx_, child);
    } else if (name == "concept") {
      ReadConcept(child);
    } else if (name == "instrument") {
      ReadInstrument(child);
    } else if (name == "subject") {
      ReadSubject(child);
    } else if (name == "numbers") {
      ReadNumbers(child);
    } else if (name == "include" && in_pack) {
      ReadInclude(child);
    } else if (name == "include") {
      ctx_.Error(child, "<include> is only allowed in pack.xml (includes are one level deep)");
    } else {
      ctx_.UnknownElement(child, root,
                          {"instrument", "include", "subject", "concept", "numbers", "rule"});
    }
  }
}

void PackLoader::ReadInclude(pugi::xml_node element) {
  if (!ctx_.CheckAttributes(element, {"href"}, {"href"})) return;
  for (pugi::xml_node child : ctx_.Children(element)) ctx_.UnknownElement(child, element, {});
  const PackFile* parent = &ctx_.file();
  std::string href = ctx_.Attribute(element, "href");
  std::string path = JoinPath(DirOf(parent->path()), href);
  Location where = parent->Locate(element);
  auto [it, inserted] = included_.emplace(path, where);
  if (!inserted) {
    ctx_.Error(where, "'" + href + "' is already included (at " + it->second.ToString() + ")");
    return;
  }
  std::string bytes;
  if (Status read = ReadFile(path, &bytes); !read.ok()) {
    ctx_.Error(where, "cannot read include '" + href + "': " + read.message());
    return;
  }
  PackFile fragment;
  if (!Parse(std::move(bytes), path, &fragment)) return;
  ctx_.set_file(&fragment);
  CheckRoot(fragment, "fragment");
  ctx_.CheckAttributes(fragment.root(), {});
  ReadChildren(fragment.root(), false);
  ctx_.set_file(parent);
}

void PackLoader::ReadInstrument(pugi::xml_node element) {
  ctx_.CheckAttributes(element, {"id", "title", "adopted", "outline"}, {"id", "title"});
  for (pugi::xml_node child : ctx_.Children(element)) ctx_.UnknownElement(child, element, {});
  Instrument instrument;
  instrument.location = ctx_.file().Locate(element);
  bool unique = ctx_.ReadId(element, false, &instrument.id) &&
                ctx_.Claim(&ctx_.instrument_ids, "instrument", instrument.id,
                           ctx_.LocateAttribute(element, "id"));
  instrument.title = CollapseSpace(ctx_.Attribute(element, "title"));
  instrument.adopted = ctx_.Attribute(element, "adopted");
  if (element.attribute("adopted") && !IsIsoDate(instrument.adopted)) {
    ctx_.Error(ctx_.LocateAttribute(element, "adopted"),
               "adopted must be an ISO date (YYYY-MM-DD), not '" + instrument.adopted + "'");
  }
  std::string outline = ctx_.Attribute(element, "outline");
  if (!outline.empty()) instrument.outline = JoinPath(ctx_.pack().dir, outline);
  if (unique) ctx_.pack().instruments.push_back(std::move(instrument));
}

void PackLoader::ReadTerms(pugi::xml_node element, std::vector<TermSpec>* terms) {
  for (pugi::xml_node child : ctx_.Children(element)) {
    if (ctx_.Name(child) != "term") {
      ctx_.UnknownElement(child, element, {"term"});
      continue;
    }
    TermSpec term;
    ctx_.ReadTerm(child, &term);
    terms->push_back(std::move(term));
  }
}

void PackLoader::ReadSubject(pugi::xml_node element) {
  ctx_.CheckAttributes(element, {"id"}, {"id"});
  Subject subject;
  subject.location = ctx_.file().Locate(element);
  bool named = ctx_.ReadId(element, false, &subject.id);
  ReadTerms(element, &subject.terms);
  if (subject.terms.empty()) ctx_.Error(element, "missing required element <term> in <subject>");
  if (!named) return;
  for (Subject& existing : ctx_.pack().subjects) {
    if (existing.id != subject.id) continue;
    for (TermSpec& term : subject.terms) existing.terms.push_back(std::move(term));
    return;  // several <subject> elements may add terms to one subject
  }
  ctx_.pack().subjects.push_back(std::move(subject));
}

void PackLoader::ReadConcept(pugi::xml_node element) {
  ctx_.CheckAttributes(element, {"id"}, {"id"});
  Concept concept_;
  concept_.location = ctx_.file().Locate(element);
  bool unique =
      ctx_.ReadId(element, false, &concept_.id) &&
      ctx_.Claim(&ctx_.concept_ids, "concept", concept_.id, ctx_.LocateAttribute(element, "id"));
  ReadTerms(element, &concept_.terms);
  if (concept_.terms.empty()) ctx_.Error(element, "missing required element <term> in <concept>");
  if (unique) ctx_.pack().concepts.push_back(std::move(concept_));
}

void PackLoader::ReadNumbers(pugi::xml_node element) {
  ctx_.CheckAttributes(element, {"lang"});
  for (pugi::xml_node child : ctx_.Children(element)) {
    if (ctx_.Name(child) != "number") {
      ctx_.UnknownElement(child, element, {"number"});
      continue;
    }
    if (!ctx_.CheckAttributes(child, {"value", "unit"}, {"value"})) continue;
    NumberWord number;
    std::string value = ctx_.Attribute(child, "value");
    if (!ParseNumber(value, &number.value)) {
      ctx_.Error(ctx_.LocateAttribute(child, "value"), "value '" + value + "' is not a number");
    }
    if (child.attribute("unit") && !ParseUnit(ctx_.Attribute(child, "unit"), &number.unit)) {
      ctx_.UnknownValue(child, "unit", {"year", "month", "week", "day", "hour"});
    }
    number.word = ctx_.Text(child);
    std::vector<TermWord> words;
    Status split = SplitTerm(number.word, &words);
    if (!split.ok()) {
      ctx_.Error(child, split.message());
    } else if (words.size() != 1) {
      ctx_.Error(child, "a number word must be one word, not '" + number.word + "'");
    }
    ctx_.pack().numbers.push_back(std::move(number));
  }
}

void PackLoader::Finish() {
  RulePack& pack = ctx_.pack();
  std::unordered_map<std::string_view, uint32_t> concepts;
  std::vector<std::string_view> concept_ids;
  for (size_t i = 0; i < pack.concepts.size(); ++i) {
    concepts.emplace(pack.concepts[i].id, static_cast<uint32_t>(i));
    concept_ids.push_back(pack.concepts[i].id);
  }
  for (const PendingName& ref : ctx_.concept_refs) {
    auto it = concepts.find(ref.name);
    if (it != concepts.end()) {
      pack.exprs[ref.index].index = it->second;
    } else {
      ctx_.Error(ref.location,
                 "unknown concept '" + ref.name + "'" + DidYouMean(ref.name, concept_ids));
    }
  }
  std::vector<std::string_view> subjects(std::begin(kKnownSubjects), std::end(kKnownSubjects));
  for (const Subject& subject : pack.subjects) subjects.push_back(subject.id);
  for (const PendingName& ref : ctx_.subject_refs) {
    if (std::find(subjects.begin(), subjects.end(), ref.name) != subjects.end()) continue;
    ctx_.Warning(ref.location,
                 "unknown subject '" + ref.name + "'" + DidYouMean(ref.name, subjects));
  }
}

}  // namespace

Status LoadRulePack(const std::string& path, RulePack* pack, Diagnostics* diagnostics) {
  *pack = RulePack();
  std::error_code error;
  pack->path = fs::is_directory(path, error) ? JoinPath(path, "pack.xml") : path;
  pack->dir = DirOf(pack->path);
  PackLoader loader(pack, diagnostics);
  if (Status status = loader.ReadPack(pack->path); !status.ok()) return status;
  loader.Finish();
  size_t errors = loader.error_count();
  if (errors == 0) return Status::Ok();
  return Status::ParseError(
      "rule pack has " + std::to_string(errors) + (errors == 1 ? " error" : " errors"),
      Location{pack->path});
}

}  // namespace concord
