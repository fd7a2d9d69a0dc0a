#include "akn_elements.h"

#include "role_table.h"

#include <array>
#include <string_view>

namespace concord::xml {
namespace {

constexpr RoleEntry kEntries[] = {
    // Hierarchy (AKN ANhier) and the units of preambles.
    {"part", Role::kProvision},
    {"subpart", Role::kProvision},
    {"book", Role::kProvision},
    {"tome", Role::kProvision},
    {"subtitle", Role::kProvision},
    {"chapter", Role::kProvision},
    {"subchapter", Role::kProvision},
    {"section", Role::kProvision},
    {"subsection", Role::kProvision},
    {"article", Role::kProvision},
    {"paragraph", Role::kProvision},
    {"subparagraph", Role::kProvision},
    {"clause", Role::kProvision},
    {"subclause", Role::kProvision},
    {"point", Role::kProvision},
    {"item", Role::kProvision},
    {"indent", Role::kProvision},
    {"alinea", Role::kProvision},
    {"list", Role::kProvision},
    {"sublist", Role::kProvision},
    {"rule", Role::kProvision},
    {"subrule", Role::kProvision},
    {"proviso", Role::kProvision},
    {"division", Role::kProvision},
    {"subdivision", Role::kProvision},
    {"level", Role::kProvision},
    {"transitional", Role::kProvision},
    {"hcontainer", Role::kProvision},
    {"recital", Role::kProvision},
    {"citation", Role::kProvision},
    // Blocks and block wrappers: their text belongs to the enclosing unit.
    {"p", Role::kBlock},
    {"block", Role::kBlock},
    {"blockList", Role::kBlock},
    {"blockContainer", Role::kBlock},
    {"container", Role::kBlock},
    {"content", Role::kBlock},
    {"intro", Role::kBlock},
    {"wrapUp", Role::kBlock},
    {"wrap", Role::kBlock},
    {"listIntroduction", Role::kBlock},
    {"listWrapUp", Role::kBlock},
    {"tblock", Role::kBlock},
    {"table", Role::kBlock},
    {"tr", Role::kBlock},
    {"td", Role::kBlock},
    {"th", Role::kBlock},
    {"caption", Role::kBlock},
    {"ul", Role::kBlock},
    {"ol", Role::kBlock},
    {"li", Role::kBlock},
    {"longTitle", Role::kBlock},
    {"formula", Role::kBlock},
    {"interstitial", Role::kBlock},
    {"foreign", Role::kBlock},
    {"crossHeading", Role::kBlock},
    {"narrative", Role::kBlock},
    {"summary", Role::kBlock},
    {"scene", Role::kBlock},
    {"quotedStructure", Role::kBlock},
    {"embeddedStructure", Role::kBlock},
    {"subFlow", Role::kBlock},
    {"div", Role::kBlock},
    {"signature", Role::kBlock},
    // Inline markup that may also stand directly in a unit (debate "from").
    {"ref", Role::kRef},
    {"def", Role::kDef},
    {"term", Role::kTerm},
    {"mref", Role::kInline},
    {"rref", Role::kInline},
    {"i", Role::kInline},
    {"b", Role::kInline},
    {"u", Role::kInline},
    {"sup", Role::kInline},
    {"sub", Role::kInline},
    {"span", Role::kInline},
    {"inline", Role::kInline},
    {"ins", Role::kInline},
    {"del", Role::kInline},
    {"date", Role::kInline},
    {"time", Role::kInline},
    {"person", Role::kInline},
    {"role", Role::kInline},
    {"organization", Role::kInline},
    {"location", Role::kInline},
    {"quantity", Role::kInline},
    {"abbr", Role::kInline},
    {"a", Role::kInline},
    {"entity", Role::kInline},
    {"concept", Role::kInline},
    {"object", Role::kInline},
    {"event", Role::kInline},
    {"process", Role::kInline},
    {"marker", Role::kInline},
    {"placeholder", Role::kInline},
    {"fillIn", Role::kInline},
    {"omissis", Role::kInline},
    {"extractText", Role::kInline},
    {"extractStructure", Role::kInline},
    {"mod", Role::kInline},
    {"mmod", Role::kInline},
    {"rmod", Role::kInline},
    {"quotedText", Role::kInline},
    {"from", Role::kInline},
    {"remark", Role::kInline},
    {"recordedTime", Role::kInline},
    {"vote", Role::kInline},
    {"outcome", Role::kInline},
    {"affectedDocument", Role::kInline},
    {"relatedDocument", Role::kInline},
    {"change", Role::kInline},
    {"noteRef", Role::kInline},
    {"decoration", Role::kInline},
    {"opinion", Role::kInline},
    {"argument", Role::kInline},
    {"docNumber", Role::kInline},
    {"docDate", Role::kInline},
    {"docType", Role::kInline},
    {"docProponent", Role::kInline},
    {"docStatus", Role::kInline},
    {"docStage", Role::kInline},
    {"docPurpose", Role::kInline},
    {"docCommittee", Role::kInline},
    {"docIntroducer", Role::kInline},
    {"docJurisdiction", Role::kInline},
    {"docAuthority", Role::kInline},
    {"legislature", Role::kInline},
    {"session", Role::kInline},
    {"courtType", Role::kInline},
    {"neutralCitation", Role::kInline},
    {"party", Role::kInline},
    {"judge", Role::kInline},
    {"lawyer", Role::kInline},
    {"signatory", Role::kInline},
    {"ActProponent", Role::kInline},
    {"ActPurpose", Role::kInline},
    {"ActType", Role::kInline},
    {"docTitle", Role::kDocTitle},
    {"shortTitle", Role::kDocTitle},
    {"ActTitle", Role::kDocTitle},
    // Fields of a unit.
    {"num", Role::kNum},
    {"heading", Role::kHeading},
    {"subheading", Role::kSubheading},
    {"title", Role::kTitle},
    // Notes, breaks, and what is not text.
    {"authorialNote", Role::kNote},
    {"br", Role::kBreak},
    {"eol", Role::kBreak},
    {"eop", Role::kBreak},
    {"meta", Role::kSkip},
    {"toc", Role::kSkip},
    {"img", Role::kSkip},
    {"documentRef", Role::kSkip},
    {"componentRef", Role::kSkip},
};

constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
    {"alinea", "al"},
    {"article", "art"},
    {"attachment", "att"},
    {"chapter", "chp"},
    {"citation", "cit"},
    {"citations", "cits"},
    {"clause", "cl"},
    {"component", "cmp"},
    {"debateBody", "dbody"},
    {"debateSection", "dbsect"},
    {"division", "dvs"},
    {"judgmentBody", "jbody"},
    {"mainBody", "body"},
    {"paragraph", "para"},
    {"recital", "rec"},
    {"recitals", "recs"},
    {"section", "sec"},
    {"subchapter", "subchp"},
    {"subclause", "subcl"},
    {"subdivision", "subdvs"},
    {"subparagraph", "subpara"},
    {"subsection", "subsec"},
    {"blockList", "list"},
    {"authorialNote", "note"},
};

constexpr std::string_view kDocTypes[] = {"act",
                                          "bill",
                                          "doc",
                                          "judgment",
                                          "debate",
                                          "debateReport",
                                          "statement",
                                          "portion",
                                          "amendment",
                                          "amendmentList",
                                          "officialGazette",
                                          "documentCollection",
                                          "debateRecord",
                                          "judgement",
                                          "report"};

}  // namespace

Role AknRole(std::string_view local) {
  static const RoleTable table(kEntries);
  return table.Find(local);
}

std::string_view IdAbbreviation(std::string_view kind) {
  for (const auto& [name, abbreviation] : kAbbreviations) {
    if (name == kind) return abbreviation;
  }
  return kind;
}

bool IsIdTransparent(std::string_view local) {
  static constexpr std::string_view kTransparent[] = {
      "body",        "mainBody",     "preface",    "preamble",      "conclusions",
      "coverPage",   "judgmentBody", "debateBody", "amendmentBody", "collectionBody",
      "portionBody", "clauses",      "main",       "akomaNtoso",    "akomantoso"};
  for (std::string_view t : kTransparent) {
    if (t == local) return true;
  }
  return IsAknDocType(local);
}

bool IsDivisionKind(std::string_view kind) {
  static constexpr std::string_view kDivisions[] = {
      "part",     "subpart", "book",       "tome",     "title",
      "subtitle", "chapter", "subchapter", "division", "subdivision"};
  for (std::string_view d : kDivisions) {
    if (d == kind) return true;
  }
  return false;
}

bool IsAknDocType(std::string_view local) {
  for (std::string_view t : kDocTypes) {
    if (t == local) return true;
  }
  return false;
}

const Vocabulary kAknVocabulary = {NsFamily::kAkn, AknRole, TitleRank};

int TitleRank(std::string_view local) {
  if (local == "docTitle") return 1;
  if (local == "shortTitle") return 2;
  if (local == "ActTitle") return 3;
  return 0;
}

}  // namespace concord::xml
