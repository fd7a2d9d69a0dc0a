// LoadDcLibrary: the District of Columbia Council's dc-library schema (the
// DC Code, one section per file joined by XInclude indexes, and the DC laws)
// through the same walker as Akoma Ntoso. XInclude is never followed: an
// index loads as its containers, numbers and headings.

#include "akn_metadata.h"
#include "akn_walker.h"
#include "parsed_input.h"
#include "role_table.h"
#include "text_builder.h"

namespace concord::xml {
namespace {

constexpr RoleEntry kDcEntries[] = {
    {"section", Role::kProvision}, {"para", Role::kProvision},    {"container", Role::kProvision},
    {"text", Role::kBlock},        {"search-text", Role::kBlock}, {"num", Role::kNum},
    {"prefix", Role::kNum},        {"heading", Role::kHeading},   {"subheading", Role::kSubheading},
    {"annotations", Role::kNote},  {"annotation", Role::kBlock},  {"cite", Role::kInline},
    {"meta", Role::kTransparent},  {"stub", Role::kSkip},         {"effective", Role::kSkip},
    {"citations", Role::kSkip},    {"history", Role::kSkip},
};

Role DcRole(std::string_view local) {
  static const RoleTable table(kDcEntries);
  return table.Find(local);
}

int NoTitleRank(std::string_view) { return 0; }

const Vocabulary kDcVocabulary = {NsFamily::kDcLibrary, DcRole, NoTitleRank};

std::string Text(pugi::xml_node node) { return CollapseSpace(DecodeEntities(node.child_value())); }

}  // namespace

Status LoadDcLibrary(const ParsedInput& input, Document* doc, Diagnostics* diagnostics) {
  doc->format = "dc-library";
  doc->namespace_uri = std::string(input.uri);
  doc->doc_type = std::string(input.root_local);
  doc->country = "US-DC";
  doc->frbr_work = DecodeEntities(input.root.attribute("id").value());
  doc->title = Text(ChildByLocalName(input.root, "heading"));
  doc->date = Text(ChildByLocalName(ChildByLocalName(input.root, "meta"), "effective"));
  AknWalker walker(WalkContext{&kDcVocabulary, input.base, input.lines, input.options, input.path,
                               doc, diagnostics});
  return walker.WalkDocument(*input.tree);
}

}  // namespace concord::xml
