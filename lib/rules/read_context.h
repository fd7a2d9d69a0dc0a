// ReadContext: the state shared by the readers of one rule pack (pack.xml,
// its fragments, their rules and expressions) and the helpers they use to
// read attributes and text and to report errors at their place.
//
// Readers report and carry on: a bad attribute is reported and the element
// is read as far as it can be, so that one pass reports every error. Concept
// references are collected and resolved once every file has been read,
// because a fragment may use a concept that a later fragment defines.
//
// Thread-safety: none; one ReadContext per pack being loaded.

#ifndef CONCORD_RULES_READ_CONTEXT_H_
#define CONCORD_RULES_READ_CONTEXT_H_

#include "pack_file.h"

#include "concord/diagnostic.h"
#include "concord/rule_pack.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

namespace concord {

/// A name used before its definition may have been read.
struct PendingName {
  uint32_t index = 0;  ///< expr index (concept refs) or rule index (subjects)
  std::string name;
  Location location;
};

/// See the file comment.
class ReadContext {
 public:
  ReadContext(RulePack* pack, Diagnostics* diagnostics) : pack_(pack), diagnostics_(diagnostics) {}

  RulePack& pack() { return *pack_; }
  /// The file being read. REQUIRES: set_file was called.
  const PackFile& file() const { return *file_; }
  void set_file(const PackFile* file) { file_ = file; }

  void Error(Location where, std::string message);
  void Error(pugi::xml_node at, std::string message) { Error(file_->Locate(at), message); }
  void Warning(Location where, std::string message);
  size_t error_count() const { return error_count_; }

  /// The element's local name, "" if it is not in the pack namespace.
  std::string_view Name(pugi::xml_node element) const { return file_->LocalName(element); }

  /// Reports attributes of `element` not in `allowed` (xmlns and xml:
  /// attributes are always allowed) and `required` ones that are absent or
  /// empty. Returns false if a required attribute is missing.
  bool CheckAttributes(pugi::xml_node element, std::initializer_list<std::string_view> allowed,
                       std::initializer_list<std::string_view> required = {});

  /// The attribute's value with surrounding white space trimmed; "" if absent.
  std::string Attribute(pugi::xml_node element, const char* name) const;
  /// Where the attribute is (the element if it is absent).
  Location LocateAttribute(pugi::xml_node element, const char* name) const;

  /// The child elements of `element`. Text other than white space is
  /// reported; so are elements outside the pack namespace.
  std::vector<pugi::xml_node> Children(pugi::xml_node element);

  /// The text of `element`, white space collapsed; child elements are reported.
  std::string Text(pugi::xml_node element);

  /// Reports an element of the pack namespace that `parent` cannot hold,
  /// suggesting the closest of `expected`.
  void UnknownElement(pugi::xml_node element, pugi::xml_node parent,
                      std::initializer_list<std::string_view> expected);

  /// Reports an attribute whose value is not one of `expected`:
  /// "unknown unit 'years' (expected hour, day); did you mean 'year'?".
  void UnknownValue(pugi::xml_node element, const char* name,
                    std::initializer_list<std::string_view> expected);

  /// For an element that may appear once in `parent`: sets *seen and returns
  /// true the first time; reports "duplicate <x> in <parent>" and returns
  /// false after that.
  bool Once(pugi::xml_node element, pugi::xml_node parent, bool* seen);

  /// Reads an optional non-negative integer attribute into *out (left as it
  /// is when absent). Reports and returns false when it is malformed.
  bool ReadCount(pugi::xml_node element, const char* name, uint32_t* out);

  /// Reads the required `id` attribute, checking it against the pattern
  /// `[a-z0-9-]+` (or `[A-Za-z0-9-]+` when `upper` is allowed). Returns false
  /// (after reporting) if it is missing or malformed.
  bool ReadId(pugi::xml_node element, bool upper, std::string* id);

  /// Reads a <term lang gap>words</term> (of a concept, subject or
  /// expression), checking its words as the matcher will split them.
  void ReadTerm(pugi::xml_node element, TermSpec* term);

  /// Records that `id` of `kind` ("rule", "concept" ...) is defined at
  /// `where`; reports a duplicate and returns false if it already was.
  bool Claim(std::unordered_map<std::string, Location>* ids, std::string_view kind,
             const std::string& id, Location where);

  /// Where each rule, concept and instrument id was first defined.
  std::unordered_map<std::string, Location> rule_ids;
  std::unordered_map<std::string, Location> concept_ids;
  std::unordered_map<std::string, Location> instrument_ids;

  /// Concept references, resolved when every file has been read.
  std::vector<PendingName> concept_refs;
  /// Subjects named by <applies>, checked when every file has been read.
  std::vector<PendingName> subject_refs;

 private:
  RulePack* pack_;
  Diagnostics* diagnostics_;
  const PackFile* file_ = nullptr;
  size_t error_count_ = 0;
};

/// "<name>" of an element as written in messages.
std::string Tag(std::string_view name);

/// `text` with runs of white space collapsed to one space and both ends trimmed.
std::string CollapseSpace(std::string_view text);

}  // namespace concord

#endif  // CONCORD_RULES_READ_CONTEXT_H_
