// LoadUslm: United States Legislative Markup (USLM 1.0, the US Code; USLM
// 2.x, bills, public laws, compilations, the CFR) through the same walker
// as Akoma Ntoso, with USLM's vocabulary and Dublin Core metadata.

#include "akn_metadata.h"
#include "akn_walker.h"
#include "parsed_input.h"
#include "role_table.h"
#include "text_builder.h"

namespace concord::xml {
namespace {

constexpr RoleEntry kUslmEntries[] = {
    // Levels.
    {"title", Role::kTitle},
    {"subtitle", Role::kProvision},
    {"chapter", Role::kProvision},
    {"subchapter", Role::kProvision},
    {"part", Role::kProvision},
    {"subpart", Role::kProvision},
    {"division", Role::kProvision},
    {"subdivision", Role::kProvision},
    {"article", Role::kProvision},
    {"section", Role::kProvision},
    {"subsection", Role::kProvision},
    {"paragraph", Role::kProvision},
    {"subparagraph", Role::kProvision},
    {"clause", Role::kProvision},
    {"subclause", Role::kProvision},
    {"item", Role::kProvision},
    {"subitem", Role::kProvision},
    {"subsubitem", Role::kProvision},
    {"level", Role::kProvision},
    {"appropriations", Role::kProvision},
    // Text blocks.
    {"content", Role::kBlock},
    {"chapeau", Role::kBlock},
    {"continuation", Role::kBlock},
    {"p", Role::kBlock},
    {"proviso", Role::kBlock},
    {"sourceCredit", Role::kBlock},
    {"longTitle", Role::kBlock},
    {"enactingFormula", Role::kBlock},
    {"resolvingClause", Role::kBlock},
    {"table", Role::kBlock},
    {"tr", Role::kBlock},
    {"td", Role::kBlock},
    {"th", Role::kBlock},
    {"caption", Role::kBlock},
    {"list", Role::kBlock},
    {"listItem", Role::kBlock},
    {"listContent", Role::kBlock},
    {"layout", Role::kBlock},
    {"header", Role::kBlock},
    {"row", Role::kBlock},
    {"column", Role::kBlock},
    {"signatures", Role::kBlock},
    {"signature", Role::kBlock},
    {"quotedContent", Role::kBlock},
    // Fields, notes, inline markup, and what is not text.
    {"num", Role::kNum},
    {"heading", Role::kHeading},
    {"subheading", Role::kSubheading},
    {"note", Role::kNote},
    {"footnote", Role::kNote},
    {"editorialNote", Role::kNote},
    {"explanationNote", Role::kNote},
    {"notes", Role::kTransparent},
    {"ref", Role::kRef},
    {"term", Role::kTerm},
    {"def", Role::kDef},
    {"br", Role::kBreak},
    {"i", Role::kInline},
    {"b", Role::kInline},
    {"sup", Role::kInline},
    {"sub", Role::kInline},
    {"span", Role::kInline},
    {"inline", Role::kInline},
    {"date", Role::kInline},
    {"quotedText", Role::kInline},
    {"shortTitle", Role::kInline},
    {"docTitle", Role::kInline},
    {"officialTitle", Role::kInline},
    {"headingText", Role::kInline},
    {"amendingAction", Role::kInline},
    {"meta", Role::kSkip},
    {"preface", Role::kSkip},  // the cover: congress, session, sponsors, dc:title
    {"amendMeta", Role::kSkip},
    {"amendPreface", Role::kSkip},
    {"legislativeHistory", Role::kSkip},
    {"backMatter", Role::kSkip},
    {"endorsement", Role::kSkip},
    {"leftRunningHead", Role::kSkip},
    {"rightRunningHead", Role::kSkip},
    {"toc", Role::kSkip},
    {"page", Role::kSkip},
    {"sidenote", Role::kSkip},
    {"endMarker", Role::kSkip},
    {"img", Role::kSkip},
    {"figure", Role::kSkip},
};

Role UslmRole(std::string_view local) {
  static const RoleTable table(kUslmEntries);
  return table.Find(local);
}

// USLM titles come from its metadata (dc:title), not from markup.
int NoTitleRank(std::string_view) { return 0; }

const Vocabulary kUslmVocabulary = {NsFamily::kUslm, UslmRole, NoTitleRank};

std::string Text(pugi::xml_node node) { return CollapseSpace(DecodeEntities(node.child_value())); }

void ReadUslmMetadata(const ParsedInput& input, Document* doc) {
  pugi::xml_node meta = ChildByLocalName(input.root, "meta");
  if (!meta) meta = ChildByLocalName(input.root, "amendMeta");
  doc->title = Text(ChildByLocalName(meta, "title"));
  doc->doc_name = Text(ChildByLocalName(meta, "type"));
  doc->language = Text(ChildByLocalName(meta, "language"));
  if (doc->language.empty()) doc->language = input.root.attribute("xml:lang").value();
  doc->date = Text(ChildByLocalName(meta, "approvedDate"));
  if (doc->date.empty()) doc->date = Text(ChildByLocalName(meta, "created")).substr(0, 10);
  doc->country = "us";
  // The work: the root's identifier, or (US Code) its title's.
  doc->frbr_work = DecodeEntities(input.root.attribute("identifier").value());
  if (doc->frbr_work.empty() && input.root_local == "uscDoc") {
    pugi::xml_node title = ChildByLocalName(ChildByLocalName(input.root, "main"), "title");
    doc->frbr_work = DecodeEntities(title.attribute("identifier").value());
  }
}

}  // namespace

Status LoadUslm(const ParsedInput& input, Document* doc, Diagnostics* diagnostics) {
  doc->format = "uslm";
  doc->namespace_uri = std::string(input.uri);
  doc->doc_type = std::string(input.root_local);
  ReadUslmMetadata(input, doc);
  doc->provisions.reserve(input.size / 1024 + 16);
  AknWalker walker(WalkContext{&kUslmVocabulary, input.base, input.lines, input.options, input.path,
                               doc, diagnostics});
  return walker.WalkDocument(*input.tree);
}

}  // namespace concord::xml
