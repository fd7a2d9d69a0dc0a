// XML namespaces for the loaders: which URIs are Akoma Ntoso (and which
// dialect each names), and resolving element prefixes while walking.
//
// pugixml is not namespace-aware; NamespaceScope reads xmlns attributes as
// the walk enters elements and answers "is this element in a recognised
// namespace, and what is its local name" with a small cache, since nearly
// every element of a document uses the same one or two prefixes.
//
// Thread-safety: NamespaceScope is per load; the free functions are pure.

#ifndef CONCORD_XML_NAMESPACES_H_
#define CONCORD_XML_NAMESPACES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace concord::xml {

/// The families of namespaces the loaders recognise.
enum class NsFamily : uint8_t { kForeign, kAkn, kUslm, kDcLibrary };

/// The family of a namespace URI (AKN 1.0/2.0/3.0 and 3.0 drafts,
/// LegalDocML.de, USLM 1.0/2.x, DC dc-library).
NsFamily FamilyOf(std::string_view uri);

/// Document::format for an Akoma Ntoso namespace: "akn3", "akn3-wd17",
/// "akn3-csd06", "akn3-csd13", "akn2", "akn1", "legaldocml-de" ("akn" for
/// no namespace). REQUIRES: FamilyOf(uri) == kAkn or uri is empty.
std::string AknFormatOf(std::string_view uri);

/// Splits "prefix:local" (prefix empty when there is none).
void SplitQName(std::string_view qname, std::string_view* prefix, std::string_view* local);

/// The namespace bindings in scope during a walk.
class NamespaceScope {
 public:
  NamespaceScope();

  /// Pushes the xmlns / xmlns:p declarations of `element` (if any).
  void Declare(pugi::xml_node element);

  /// The number of bindings, to pass to Restore when leaving an element.
  size_t mark() const { return bindings_.size(); }
  /// Drops the bindings declared since `mark`.
  void Restore(size_t mark);

  /// The family of the namespace of element `qname` and its local name.
  NsFamily Resolve(std::string_view qname, std::string_view* local);

  /// The family of unprefixed elements when no default namespace is
  /// declared (AKN files without xmlns are still AKN). Default: kAkn.
  void set_unbound_default(NsFamily family) { unbound_default_ = family; }

  /// The URI bound to `prefix` ("" for none).
  std::string_view Uri(std::string_view prefix) const;

 private:
  struct Binding {
    std::string_view prefix;
    std::string_view uri;
    NsFamily family;
  };
  std::vector<Binding> bindings_;
  NsFamily unbound_default_ = NsFamily::kAkn;
  // Resolve() cache: the last prefix asked for and its family, valid while
  // the bindings are unchanged (generation_ counts changes).
  std::string_view cached_prefix_;
  NsFamily cached_family_ = NsFamily::kForeign;
  uint64_t cached_generation_ = ~uint64_t{0};
  uint64_t generation_ = 0;
};

}  // namespace concord::xml

#endif  // CONCORD_XML_NAMESPACES_H_
