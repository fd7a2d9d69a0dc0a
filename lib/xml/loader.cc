// LoadDocument: bytes -> UTF-8 -> line index -> in-place parse -> the
// dialect loader the root element asks for (Akoma Ntoso, USLM, dc-library).

#include "concord/loader.h"

#include "encoding.h"
#include "line_index.h"
#include "namespaces.h"
#include "parsed_input.h"

#include "concord/file.h"

#include <cstdint>

namespace concord {
namespace {

// No entity or end-of-line processing (the text builder decodes entities
// itself so that offsets stay source offsets), no DOCTYPE (never expanded),
// processing instructions for suppressions. Text nodes that are only white
// space are dropped (half the nodes of an indented file); the walker finds
// the few that separate words in the buffer (RestoreDroppedSpace).
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_pi;

// The end tag name at `offset` (pugixml points at it on a mismatch).
std::string EndTagName(const std::string& buffer, size_t offset) {
  size_t end = offset;
  while (end < buffer.size() && buffer[end] != '>' && buffer[end] != '\0' && buffer[end] != ' ' &&
         buffer[end] != '\n' && buffer[end] != '\t' && buffer[end] != '\r') {
    ++end;
  }
  return buffer.substr(offset, end - offset);
}

const char* StatusMessage(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_unrecognized_tag:
      return "malformed tag";
    case pugi::status_bad_pi:
      return "malformed processing instruction";
    case pugi::status_bad_comment:
      return "malformed comment";
    case pugi::status_bad_cdata:
      return "malformed CDATA section";
    case pugi::status_bad_doctype:
      return "malformed DOCTYPE";
    case pugi::status_bad_pcdata:
      return "malformed text";
    case pugi::status_bad_start_element:
      return "malformed start tag";
    case pugi::status_bad_attribute:
      return "malformed attribute";
    case pugi::status_bad_end_element:
      return "malformed end tag";
    case pugi::status_end_element_mismatch:
      return "mismatched end tag";
    case pugi::status_no_document_element:
      return "no root element";
    case pugi::status_out_of_memory:
      return "out of memory";
    default:
      return "malformed XML";
  }
}

Status ParseFailure(const pugi::xml_parse_result& result, const std::string& buffer,
                    xml::LineIndex* lines, const std::string& path) {
  size_t offset = static_cast<size_t>(result.offset);
  std::string message = StatusMessage(result.status);
  if (result.status == pugi::status_no_document_element) {
    return Status::ParseError(message, Location{path});
  }
  // An end tag cut off by the end of the file ("</sec") is a truncation,
  // not a mismatch.
  const bool cut_end_tag = result.status == pugi::status_end_element_mismatch &&
                           buffer.find('>', offset) == std::string::npos;
  if (offset + 1 >= buffer.size() || cut_end_tag) {
    // The parser ran out of input inside an element, tag or comment.
    offset = buffer.size();
    message = "unexpected end of file";
    if (result.status == pugi::status_end_element_mismatch) message += " (unclosed element)";
  } else if (result.status == pugi::status_end_element_mismatch) {
    message += " </" + EndTagName(buffer, offset) + ">";
    if (offset >= 2 && buffer[offset - 1] == '/') offset -= 2;  // at "</"
  } else if (result.status == pugi::status_unrecognized_tag && offset >= 1) {
    --offset;  // pugixml points after the '<' (which it may have overwritten)
  }
  xml::LineColumn lc = lines->Position(offset);
  return Status::ParseError(message, Location{path, lc.line, lc.column});
}

// pugixml accepts several top-level elements; XML does not.
Status CheckSingleRoot(const pugi::xml_document& tree, const char* base, xml::LineIndex* lines,
                       const std::string& path) {
  int elements = 0;
  for (pugi::xml_node n = tree.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element || ++elements == 1) continue;
    xml::LineColumn lc = lines->Position(static_cast<size_t>(n.name() - base) - 1);
    return Status::ParseError("more than one root element", Location{path, lc.line, lc.column});
  }
  return Status::Ok();
}

}  // namespace

namespace xml {

Status UnknownRoot(const ParsedInput& input) {
  LineColumn lc = input.lines->Position(static_cast<size_t>(input.root.name() - input.base) - 1);
  std::string ns =
      input.uri.empty() ? "no namespace" : "namespace '" + std::string(input.uri) + "'";
  return Status::Unsupported("unknown root element '" + std::string(input.root_local) + "' (" + ns +
                                 "); supported: " + SupportedFormats(),
                             Location{*input.path, lc.line, lc.column});
}

}  // namespace xml

const char* SupportedFormats() {
  return "Akoma Ntoso 1.0, 2.0 and 3.0 (with the 3.0 drafts WD17, CSD06, CSD13), LegalDocML.de, "
         "USLM 1.0 and 2.x, DC Council dc-library";
}

Status LoadDocument(std::string bytes, const std::string& path, const LoadOptions& options,
                    Document* doc, Diagnostics* diagnostics) {
  *doc = Document{};
  doc->path = path;
  doc->source_bytes = bytes.size();
  if (bytes.empty() || bytes == "\xEF\xBB\xBF") {
    return Status::ParseError("empty file", Location{path});
  }
  if (bytes.size() >= UINT32_MAX) {
    return Status::Unsupported("file larger than 4 GiB", Location{path});
  }
  Status status = xml::ConvertToUtf8(&bytes, path);
  if (!status.ok()) return status;
  xml::LineIndex lines(bytes);  // before the parser writes into the buffer
  if (lines.problem() != std::string::npos) {
    xml::LineColumn lc = lines.Position(lines.problem());
    std::string what = lines.problem_is_nul() ? "NUL character" : "invalid UTF-8";
    return Status::ParseError(what + " at byte " + std::to_string(lines.problem()),
                              Location{path, lc.line, lc.column});
  }
  pugi::xml_document tree;
  pugi::xml_parse_result result =
      tree.load_buffer_inplace(bytes.data(), bytes.size(), kParseOptions, pugi::encoding_utf8);
  if (!result) return ParseFailure(result, bytes, &lines, path);
  const char* base = bytes.data();
  status = CheckSingleRoot(tree, base, &lines, path);
  if (!status.ok()) return status;

  xml::ParsedInput input{
      &tree, tree.document_element(), {}, {}, base, bytes.size(), &lines, &path, &options};
  xml::NamespaceScope scope;
  scope.set_unbound_default(xml::NsFamily::kForeign);
  scope.Declare(input.root);
  xml::NsFamily family = scope.Resolve(input.root.name(), &input.root_local);
  std::string_view prefix, local;
  xml::SplitQName(input.root.name(), &prefix, &local);
  input.uri = scope.Uri(prefix);
  bool bare_akn = input.uri.empty() && (local == "akomaNtoso" || local == "akomantoso");
  if (family == xml::NsFamily::kAkn || bare_akn) {
    status = xml::LoadAkn(input, doc, diagnostics);
  } else if (family == xml::NsFamily::kUslm) {
    status = xml::LoadUslm(input, doc, diagnostics);
  } else if (family == xml::NsFamily::kDcLibrary) {
    status = xml::LoadDcLibrary(input, doc, diagnostics);
  } else {
    status = xml::UnknownRoot(input);
  }
  if (!status.ok()) {
    Document empty;
    empty.path = path;
    empty.source_bytes = doc->source_bytes;
    *doc = std::move(empty);
  }
  return status;
}

Status LoadDocumentFile(const std::string& path, const LoadOptions& options, Document* doc,
                        Diagnostics* diagnostics) {
  std::string bytes;
  Status status = ReadFile(path, &bytes);
  if (!status.ok()) {
    *doc = Document{};
    doc->path = path;
    return status;
  }
  return LoadDocument(std::move(bytes), path, options, doc, diagnostics);
}

}  // namespace concord
