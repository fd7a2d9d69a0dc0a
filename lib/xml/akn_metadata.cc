#include "akn_metadata.h"

#include "namespaces.h"
#include "text_builder.h"

#include <cstring>

namespace concord::xml {
namespace {

std::string Attr(pugi::xml_node node, const char* name) {
  return CollapseSpace(DecodeEntities(node.attribute(name).value()));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool Contains(std::string_view s, std::string_view what) {
  return s.find(what) != std::string_view::npos;
}

// "/akn/ke/act/..." -> the value of FRBRthis, else FRBRuri.
std::string ThisOrUri(pugi::xml_node frbr) {
  std::string value = Attr(ChildByLocalName(frbr, "FRBRthis"), "value");
  if (value.empty()) value = Attr(ChildByLocalName(frbr, "FRBRuri"), "value");
  return value;
}

// An FRBRalias reads as a title when it is words, not an identifier.
bool IsTitleAlias(pugi::xml_node alias, const std::string& value) {
  std::string name = Lower(alias.attribute("name").value());
  for (const char* id_name : {"eli", "celex", "urn", "url", "uri", "number", "signet", "nir"}) {
    if (Contains(name, id_name)) return false;
  }
  return value.find(' ') != std::string::npos && value[0] != '/' && !Contains(value, "://") &&
         value.compare(0, 4, "urn:") != 0;
}

void ReadWork(pugi::xml_node work, Document* doc, AknMeta* meta) {
  doc->frbr_work = ThisOrUri(work);
  doc->date = Attr(ChildByLocalName(work, "FRBRdate"), "date");
  doc->country = Attr(ChildByLocalName(work, "FRBRcountry"), "value");
  meta->subtype = Attr(ChildByLocalName(work, "FRBRsubtype"), "value");
  for (pugi::xml_node c = work.first_child(); c; c = c.next_sibling()) {
    std::string_view prefix, local;
    SplitQName(c.name(), &prefix, &local);
    if (local == "FRBRalias" && meta->alias_title.empty()) {
      std::string value = Attr(c, "value");
      if (IsTitleAlias(c, value)) meta->alias_title = value;
    } else if (local == "FRBRname" && meta->name_title.empty()) {
      std::string value = Attr(c, "value");
      if (value.find(' ') != std::string::npos) meta->name_title = value;
    }
  }
}

void ReadKeywords(pugi::xml_node meta_node, Document* doc) {
  for (pugi::xml_node c = meta_node.first_child(); c; c = c.next_sibling()) {
    std::string_view prefix, local;
    SplitQName(c.name(), &prefix, &local);
    if (local != "classification") continue;
    for (pugi::xml_node k = c.first_child(); k; k = k.next_sibling()) {
      SplitQName(k.name(), &prefix, &local);
      if (local != "keyword") continue;
      std::string value = Attr(k, "value");
      if (value.empty()) value = Attr(k, "showAs");
      if (!value.empty()) doc->subjects.push_back(std::move(value));
    }
  }
}

// AKN 1.0 files without FRBR: <descriptor><uri href/><publication date/>.
void ReadDescriptor(pugi::xml_node descriptor, Document* doc) {
  if (doc->frbr_work.empty()) doc->frbr_work = Attr(ChildByLocalName(descriptor, "uri"), "href");
  if (doc->date.empty()) doc->date = Attr(ChildByLocalName(descriptor, "publication"), "date");
  if (doc->date.empty()) {
    doc->date = Attr(ChildByLocalName(descriptor, "enactmentDate"), "date");
  }
}

}  // namespace

pugi::xml_node ChildByLocalName(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view prefix, name;
    SplitQName(c.name(), &prefix, &name);
    if (name == local) return c;
  }
  return pugi::xml_node();
}

void ReadAknMetadata(pugi::xml_node doc_element, Document* doc, AknMeta* meta) {
  pugi::xml_node meta_node = ChildByLocalName(doc_element, "meta");
  if (!meta_node) return;
  pugi::xml_node identification = ChildByLocalName(meta_node, "identification");
  ReadWork(ChildByLocalName(identification, "FRBRWork"), doc, meta);
  pugi::xml_node expression = ChildByLocalName(identification, "FRBRExpression");
  doc->frbr_expression = ThisOrUri(expression);
  doc->language = Attr(ChildByLocalName(expression, "FRBRlanguage"), "language");
  ReadKeywords(meta_node, doc);
  ReadDescriptor(ChildByLocalName(meta_node, "descriptor"), doc);
}

std::string AknDocType(std::string_view element_local, const Document& doc, const AknMeta& meta) {
  std::string subtype = Lower(meta.subtype);
  if (Lower(doc.doc_name) == "treaty" || subtype == "treaty" || subtype == "outline") {
    return "treaty";
  }
  // /akn/<country>/treaty/... (and the same without /akn in older URIs).
  std::string_view uri = doc.frbr_work;
  if (uri.compare(0, 5, "/akn/") == 0) uri.remove_prefix(4);
  if (!uri.empty() && uri[0] == '/') {
    size_t slash = uri.find('/', 1);
    if (slash != std::string_view::npos && uri.compare(slash, 8, "/treaty/") == 0) {
      return "treaty";
    }
  }
  return std::string(element_local);
}

}  // namespace concord::xml
