#include "read_context.h"

#include "spelling.h"

#include "concord/matcher.h"

#include <algorithm>
#include <charconv>

namespace concord {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsIdChar(char c, bool upper) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         (upper && c >= 'A' && c <= 'Z');
}

bool IsText(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// A short excerpt of `text` for messages.
std::string Excerpt(std::string_view text) {
  std::string collapsed = CollapseSpace(text);
  if (collapsed.size() <= 40) return collapsed;
  size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(collapsed[cut]) & 0xC0) == 0x80) --cut;
  return collapsed.substr(0, cut) + "...";
}

}  // namespace

std::string Tag(std::string_view name) { return "<" + std::string(name) + ">"; }

std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void ReadContext::Error(Location where, std::string message) {
  diagnostics_->push_back(
      Diagnostic{DiagnosticLevel::kError, std::move(where), std::move(message)});
  ++error_count_;
}

void ReadContext::Warning(Location where, std::string message) {
  diagnostics_->push_back(
      Diagnostic{DiagnosticLevel::kWarning, std::move(where), std::move(message)});
}

bool ReadContext::CheckAttributes(pugi::xml_node element,
                                  std::initializer_list<std::string_view> allowed,
                                  std::initializer_list<std::string_view> required) {
  std::string tag = Tag(Name(element));
  for (pugi::xml_attribute attribute : element.attributes()) {
    std::string_view name = attribute.name();
    if (name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xml:")) continue;
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    Error(file_->Locate(attribute, element),
          "unknown attribute '" + std::string(name) + "' on " + tag + DidYouMean(name, allowed));
  }
  bool complete = true;
  for (std::string_view name : required) {
    if (!Attribute(element, std::string(name).c_str()).empty()) continue;
    Error(element, "missing required attribute '" + std::string(name) + "' on " + tag);
    complete = false;
  }
  return complete;
}

std::string ReadContext::Attribute(pugi::xml_node element, const char* name) const {
  std::string_view value = element.attribute(name).value();
  while (!value.empty() && IsSpace(value.front())) value.remove_prefix(1);
  while (!value.empty() && IsSpace(value.back())) value.remove_suffix(1);
  return std::string(value);
}

Location ReadContext::LocateAttribute(pugi::xml_node element, const char* name) const {
  pugi::xml_attribute attribute = element.attribute(name);
  return attribute ? file_->Locate(attribute, element) : file_->Locate(element);
}

std::vector<pugi::xml_node> ReadContext::Children(pugi::xml_node element) {
  std::vector<pugi::xml_node> children;
  for (pugi::xml_node child : element.children()) {
    if (IsText(child)) {
      std::string_view text = child.value();
      if (std::all_of(text.begin(), text.end(), IsSpace)) continue;
      Error(file_->LocateText(child),
            "unexpected text '" + Excerpt(text) + "' in " + Tag(Name(element)));
    } else if (child.type() == pugi::node_element) {
      if (!Name(child).empty()) {
        children.push_back(child);
      } else {
        Error(child, "unknown element <" + std::string(child.name()) + "> in " +
                         Tag(Name(element)) + " (not in namespace " + std::string(kRulesNamespace) +
                         ")");
      }
    }
  }
  return children;
}

std::string ReadContext::Text(pugi::xml_node element) {
  std::string text;
  for (pugi::xml_node child : element.children()) {
    if (IsText(child)) {
      text += child.value();
    } else if (child.type() == pugi::node_element) {
      UnknownElement(child, element, {});
    }
  }
  return CollapseSpace(text);
}

void ReadContext::UnknownElement(pugi::xml_node element, pugi::xml_node parent,
                                 std::initializer_list<std::string_view> expected) {
  std::string_view name = Name(element);
  if (name.empty()) name = element.name();
  std::string message = "unknown element " + Tag(name) + " in " + Tag(Name(parent));
  Error(element, message + DidYouMean(name, expected, "<", ">"));
}

void ReadContext::UnknownValue(pugi::xml_node element, const char* name,
                               std::initializer_list<std::string_view> expected) {
  std::string value = Attribute(element, name);
  std::string list;
  for (std::string_view item : expected) {
    if (!list.empty()) list += ", ";
    list += item;
  }
  Error(LocateAttribute(element, name), "unknown " + std::string(name) + " '" + value +
                                            "' (expected " + list + ")" +
                                            DidYouMean(value, expected));
}

bool ReadContext::Once(pugi::xml_node element, pugi::xml_node parent, bool* seen) {
  if (!*seen) {
    *seen = true;
    return true;
  }
  Error(element, "duplicate " + Tag(Name(element)) + " in " + Tag(Name(parent)));
  return false;
}

bool ReadContext::ReadCount(pugi::xml_node element, const char* name, uint32_t* out) {
  if (!element.attribute(name)) return true;
  std::string value = Attribute(element, name);
  uint32_t parsed = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (value.empty() || error != std::errc() || end != value.data() + value.size()) {
    Error(LocateAttribute(element, name),
          std::string(name) + " must be a non-negative integer, not '" + value + "'");
    return false;
  }
  *out = parsed;
  return true;
}

bool ReadContext::ReadId(pugi::xml_node element, bool upper, std::string* id) {
  *id = Attribute(element, "id");
  if (id->empty()) return false;  // CheckAttributes reports it
  if (std::all_of(id->begin(), id->end(), [upper](char c) { return IsIdChar(c, upper); })) {
    return true;
  }
  Error(LocateAttribute(element, "id"), "invalid " + std::string(Name(element)) + " id '" + *id +
                                            "' (use " + (upper ? "[A-Za-z0-9-]+" : "[a-z0-9-]+") +
                                            ")");
  return false;
}

bool ReadContext::Claim(std::unordered_map<std::string, Location>* ids, std::string_view kind,
                        const std::string& id, Location where) {
  auto [it, inserted] = ids->emplace(id, where);
  if (inserted) return true;
  Error(std::move(where), "duplicate " + std::string(kind) + " id '" + id + "' (first defined at " +
                              it->second.ToString() + ")");
  return false;
}

void ReadContext::ReadTerm(pugi::xml_node element, TermSpec* term) {
  CheckAttributes(element, {"lang", "gap"});
  term->location = file_->Locate(element);
  term->lang = Attribute(element, "lang");
  ReadCount(element, "gap", &term->gap);
  term->text = Text(element);
  std::vector<TermWord> words;
  Status status = SplitTerm(term->text, &words);
  if (!status.ok()) Error(term->location, status.message());
}

}  // namespace concord
