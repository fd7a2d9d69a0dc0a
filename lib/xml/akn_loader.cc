// LoadAkn: metadata, provisions and the processing instructions around the
// root of an Akoma Ntoso document.

#include "akn_elements.h"
#include "akn_metadata.h"
#include "akn_walker.h"
#include "namespaces.h"
#include "parsed_input.h"
#include "text_builder.h"

#include <algorithm>
#include <cstring>

namespace concord::xml {
namespace {

// The document element: the first element under akomaNtoso that is a
// document type (or a name AKN does not list, such as an older version's
// type), or the root itself when a file starts at <act>, <bill> ...
pugi::xml_node FindDocElement(const ParsedInput& input, std::string_view* local) {
  if (input.root_local != "akomaNtoso" && input.root_local != "akomantoso") {
    *local = input.root_local;
    return IsAknDocType(input.root_local) ? input.root : pugi::xml_node();
  }
  NamespaceScope scope;
  scope.Declare(input.root);
  for (pugi::xml_node c = input.root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    size_t mark = scope.mark();
    scope.Declare(c);
    NsFamily family = scope.Resolve(c.name(), local);
    scope.Restore(mark);
    if (family == NsFamily::kAkn && (IsAknDocType(*local) || AknRole(*local) == Role::kContainer)) {
      return c;
    }
  }
  return pugi::xml_node();
}

}  // namespace

Status LoadAkn(const ParsedInput& input, Document* doc, Diagnostics* diagnostics) {
  std::string_view doc_local;
  pugi::xml_node doc_element = FindDocElement(input, &doc_local);
  if (!doc_element) {
    if (input.root_local == "akomaNtoso" || input.root_local == "akomantoso") {
      LineColumn lc =
          input.lines->Position(static_cast<size_t>(input.root.name() - input.base) - 1);
      return Status::Unsupported(
          std::string(input.root_local) + " holds no document (act, bill, doc, judgment ...)",
          Location{*input.path, lc.line, lc.column});
    }
    return UnknownRoot(input);
  }
  doc->format = AknFormatOf(input.uri);
  doc->namespace_uri = std::string(input.uri);
  doc->doc_name = CollapseSpace(DecodeEntities(doc_element.attribute("name").value()));
  AknMeta meta;
  ReadAknMetadata(doc_element, doc, &meta);

  // About one provision per kilobyte of AKN; growing past that is cheap.
  doc->provisions.reserve(input.size / 1024 + 16);
  AknWalker walker(WalkContext{&kAknVocabulary, input.base, input.lines, input.options, input.path,
                               doc, diagnostics});
  Status status = walker.WalkDocument(*input.tree);
  if (!status.ok()) return status;

  doc->title = !walker.title().empty()     ? walker.title()
               : !meta.alias_title.empty() ? meta.alias_title
                                           : meta.name_title;
  doc->doc_type = AknDocType(doc_local, *doc, meta);
  // Definitions are resolved when their block ends; put them in source order.
  std::stable_sort(doc->definitions.begin(), doc->definitions.end(),
                   [](const Definition& a, const Definition& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  return Status::Ok();
}

}  // namespace concord::xml
