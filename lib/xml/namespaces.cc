#include "namespaces.h"

#include <cstring>

namespace concord::xml {
namespace {

constexpr std::string_view kAkn3 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
constexpr std::string_view kAkn2 = "http://www.akomantoso.org/2.0";
constexpr std::string_view kAkn1 = "http://www.akomantoso.org/1.0";
constexpr std::string_view kLegalDocMlDe = "http://Inhaltsdaten.LegalDocML.de/";
constexpr std::string_view kUslmGpo = "http://schemas.gpo.gov/xml/uslm";
constexpr std::string_view kUslmHouse = "http://xml.house.gov/schemas/uslm/";
constexpr std::string_view kDcLibrary = "https://code.dccouncil.us/schemas/dc-library";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The URI with one trailing slash removed ("http://www.akomantoso.org/2.0/").
std::string_view TrimSlash(std::string_view uri) {
  if (!uri.empty() && uri.back() == '/') uri.remove_suffix(1);
  return uri;
}

}  // namespace

NsFamily FamilyOf(std::string_view uri) {
  std::string_view u = TrimSlash(uri);
  if (u == kAkn3 || StartsWith(u, std::string(kAkn3) + "/") || u == kAkn2 || u == kAkn1 ||
      StartsWith(uri, kLegalDocMlDe)) {
    return NsFamily::kAkn;
  }
  if (StartsWith(u, kUslmGpo) || StartsWith(u, kUslmHouse)) return NsFamily::kUslm;
  if (u == kDcLibrary) return NsFamily::kDcLibrary;
  return NsFamily::kForeign;
}

std::string AknFormatOf(std::string_view uri) {
  std::string_view u = TrimSlash(uri);
  if (u.empty()) return "akn";
  if (u == kAkn3) return "akn3";
  if (u == kAkn2) return "akn2";
  if (u == kAkn1) return "akn1";
  if (StartsWith(uri, kLegalDocMlDe)) return "legaldocml-de";
  // A pre-standard 3.0 draft: ".../akn/3.0/CSD13" -> "akn3-csd13".
  std::string format = "akn3-";
  for (char c : u.substr(kAkn3.size() + 1)) {
    format += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return format;
}

void SplitQName(std::string_view qname, std::string_view* prefix, std::string_view* local) {
  const void* colon = std::memchr(qname.data(), ':', qname.size());
  if (!colon) {
    *prefix = {};
    *local = qname;
    return;
  }
  size_t at = static_cast<size_t>(static_cast<const char*>(colon) - qname.data());
  *prefix = qname.substr(0, at);
  *local = qname.substr(at + 1);
}

NamespaceScope::NamespaceScope() {
  bindings_.reserve(16);
  // The xml: prefix is always bound; elements never use it.
  bindings_.push_back(Binding{"xml", "http://www.w3.org/XML/1998/namespace", NsFamily::kForeign});
}

void NamespaceScope::Declare(pugi::xml_node element) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (name[0] != 'x' || std::strncmp(name, "xmlns", 5) != 0) continue;
    std::string_view prefix;
    if (name[5] == ':') {
      prefix = name + 6;
    } else if (name[5] != '\0') {
      continue;  // an attribute such as "xmlnsFoo"
    }
    std::string_view uri = a.value();
    bindings_.push_back(Binding{prefix, uri, FamilyOf(uri)});
    ++generation_;
  }
}

void NamespaceScope::Restore(size_t mark) {
  if (bindings_.size() == mark) return;
  bindings_.resize(mark);
  ++generation_;
}

std::string_view NamespaceScope::Uri(std::string_view prefix) const {
  for (size_t i = bindings_.size(); i-- > 0;) {
    if (bindings_[i].prefix == prefix) return bindings_[i].uri;
  }
  return {};
}

NsFamily NamespaceScope::Resolve(std::string_view qname, std::string_view* local) {
  std::string_view prefix;
  SplitQName(qname, &prefix, local);
  if (cached_generation_ == generation_ && prefix == cached_prefix_) return cached_family_;
  NsFamily family = NsFamily::kForeign;
  bool found = false;
  for (size_t i = bindings_.size(); i-- > 0;) {
    if (bindings_[i].prefix == prefix) {
      family = bindings_[i].family;
      found = true;
      break;
    }
  }
  if (!found && prefix.empty()) family = unbound_default_;
  cached_prefix_ = prefix;
  cached_family_ = family;
  cached_generation_ = generation_;
  return family;
}

}  // namespace concord::xml
