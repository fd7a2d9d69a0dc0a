#include "akn_writer.h"

#include "xml_out.h"

#include <vector>

namespace concord::import {
namespace {

constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

void WriteParagraphs(XmlOut* out, std::string_view wrapper, const std::vector<std::string>& text) {
  if (text.empty()) return;
  out->Open(wrapper);
  for (const std::string& p : text) out->Leaf("p", p);
  out->Close(wrapper);
}

void WriteFrbrLevel(XmlOut* out, std::string_view level, const std::string& this_uri,
                    const std::string& uri, const AknMetadata& meta, const std::string& author) {
  out->Open(level);
  out->Empty("FRBRthis", {{"value", this_uri}});
  out->Empty("FRBRuri", {{"value", uri}});
  out->Empty("FRBRdate", {{"date", meta.date}, {"name", meta.date_name}});
  out->Empty("FRBRauthor", {{"href", author}});
  if (level == "FRBRWork") {
    out->Empty("FRBRcountry", {{"value", meta.country}});
    if (meta.outline) out->Empty("FRBRsubtype", {{"value", "outline"}});
  } else if (level == "FRBRExpression") {
    out->Empty("FRBRlanguage", {{"language", meta.language}});
  }
  out->Close(level);
}

void WriteMeta(XmlOut* out, const AknMetadata& meta) {
  std::string expression = meta.work + "/" + meta.language + "@";
  std::string author = "#" + meta.country;
  out->Open("meta");
  out->Open("identification", {{"source", "#concord"}});
  WriteFrbrLevel(out, "FRBRWork", meta.work + "/!main", meta.work, meta, author);
  WriteFrbrLevel(out, "FRBRExpression", expression + "/!main", expression, meta, author);
  WriteFrbrLevel(out, "FRBRManifestation", expression + "/!main.xml", expression + ".akn", meta,
                 "#concord");
  out->Close("identification");
  out->Open("references", {{"source", "#concord"}});
  out->Empty(
      "TLCOrganization",
      {{"eId", "concord"}, {"href", "/ontology/organization/concord"}, {"showAs", "Concord"}});
  std::string country_href = "/ontology/organization/" + meta.country;
  out->Empty("TLCOrganization",
             {{"eId", meta.country}, {"href", country_href}, {"showAs", meta.country}});
  out->Close("references");
  out->Close("meta");
}

bool EndsWith(const std::string& s, char c) { return !s.empty() && s.back() == c; }

// The preamble: an opening formula ("The States Parties ...,"), recitals,
// and a closing formula ("Have agreed as follows:") when there are several
// paragraphs; plain paragraphs otherwise.
void WritePreamble(XmlOut* out, const std::vector<PreambleItem>& items) {
  size_t begin = 0;
  size_t end = items.size();
  if (items.size() >= 3 && items[0].num.empty() && EndsWith(items[0].text, ',')) begin = 1;
  if (items.size() >= 3 && items.back().num.empty() && EndsWith(items.back().text, ':')) --end;
  out->Open("preamble");
  if (items.size() < 2) {
    for (const PreambleItem& item : items) out->Leaf("p", item.text);
  } else {
    out->Open("recitals", {{"eId", "recs_1"}});
    if (begin == 1) WriteParagraphs(out, "intro", {items[0].text});
    for (size_t i = begin; i < end; ++i) {
      std::string eid = "recs_1__recital_" + std::to_string(i - begin + 1);
      out->Open("recital", {{"eId", eid}});
      if (!items[i].num.empty()) out->Leaf("num", items[i].num);
      out->Leaf("p", items[i].text);
      out->Close("recital");
    }
    if (end < items.size()) WriteParagraphs(out, "wrapUp", {items.back().text});
    out->Close("recitals");
  }
  out->Close("preamble");
}

void WriteNode(XmlOut* out, const Node& node, bool outline) {
  if (node.element == "hcontainer") {
    out->Open("hcontainer", {{"eId", node.eid}, {"name", node.name}});
  } else {
    out->Open(node.element, {{"eId", node.eid}});
  }
  if (!node.num.empty()) out->Leaf("num", node.num);
  if (!node.heading.empty()) out->Leaf("heading", node.heading);
  if (!node.subheading.empty()) out->Leaf("subheading", node.subheading);
  if (node.children.empty()) {
    if (!outline) WriteParagraphs(out, "content", node.text);
  } else {
    if (!outline) WriteParagraphs(out, "intro", node.text);
    for (const auto& child : node.children) WriteNode(out, *child, outline);
    if (!outline) WriteParagraphs(out, "wrapUp", node.wrap_up);
  }
  out->Close(node.element);
}

// A text without any structure: its paragraphs are the body.
void WriteUnstructuredBody(XmlOut* out, const ImportTree& tree, const AknMetadata& meta) {
  out->Open("hcontainer", {{"eId", "text_1"}, {"name", "text"}});
  if (!meta.outline && !tree.preamble.empty()) {
    out->Open("content");
    for (const PreambleItem& item : tree.preamble) {
      out->Leaf("p", item.num.empty() ? item.text : item.num + " " + item.text);
    }
    out->Close("content");
  }
  out->Close("hcontainer");
}

}  // namespace

std::string WriteAkn(const ImportTree& tree, const AknMetadata& meta) {
  bool treaty = meta.doc_type == "treaty";
  std::string root = treaty ? "doc" : "act";
  std::string body = treaty ? "mainBody" : "body";
  bool structured = !tree.body.children.empty();
  XmlOut out;
  out.Open("akomaNtoso", {{"xmlns", kNamespace}});
  out.Open(root, {{"name", meta.doc_type}});
  WriteMeta(&out, meta);
  if (!tree.title.empty()) {
    out.Open("preface");
    out.Open("p");
    out.Leaf("docTitle", tree.title);
    out.Close("p");
    out.Close("preface");
  }
  if (structured && !meta.outline && !tree.preamble.empty()) WritePreamble(&out, tree.preamble);
  out.Open(body);
  if (structured) {
    for (const auto& child : tree.body.children) WriteNode(&out, *child, meta.outline);
  } else {
    WriteUnstructuredBody(&out, tree, meta);
  }
  out.Close(body);
  out.Close(root);
  out.Close("akomaNtoso");
  return out.str();
}

}  // namespace concord::import
