#include "concord/profile.h"

#include "concord/file.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include <pugixml.hpp>

namespace concord {
namespace {

constexpr std::string_view kProfileNamespace = "urn:concord:profile:1";

// Elements are placed at their '<' (offset_debug() points at the name).
// Line and column of a byte offset; the line index is built from the bytes
// before pugixml parses (and writes into) them.
class Lines {
 public:
  explicit Lines(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  Location At(const std::string& path, ptrdiff_t offset) const {
    size_t o = offset < 0 ? 0 : static_cast<size_t>(offset);
    auto it = std::upper_bound(starts_.begin(), starts_.end(), o);
    size_t line = static_cast<size_t>(it - starts_.begin());
    return Location{path, static_cast<uint32_t>(line), static_cast<uint32_t>(o - *(it - 1) + 1)};
  }

 private:
  std::vector<size_t> starts_{0};
};

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string Trimmed(const char* text) {
  std::string_view s(text);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  // Collapse inner runs of white space.
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Status Require(const pugi::xml_node& node, const char* attribute, const Lines& lines,
               const std::string& path, std::string* out) {
  pugi::xml_attribute a = node.attribute(attribute);
  if (!a || !*a.value()) {
    return Status::ParseError(std::string("<") + std::string(LocalName(node.name())) +
                                  "> needs the attribute '" + attribute + "'",
                              lines.At(path, node.offset_debug() - 1));
  }
  *out = a.value();
  return Status::Ok();
}

// A calendar date YYYY-MM-DD (month 1-12, day within the month).
bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int year = std::atoi(s.substr(0, 4).c_str());
  int month = std::atoi(s.substr(5, 2).c_str());
  int day = std::atoi(s.substr(8, 2).c_str());
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month != 2 || day <= 28 || leap;
}

}  // namespace

const Party* Profile::FindParty(std::string_view instrument) const {
  for (const Party& p : parties) {
    if (p.instrument == instrument) return &p;
  }
  return nullptr;
}

Status LoadProfile(const std::string& path, Profile* profile) {
  std::string bytes;
  Status status = ReadFile(path, &bytes);
  if (!status.ok()) return status;
  Lines lines(bytes);
  pugi::xml_document xml;
  pugi::xml_parse_result parsed =
      xml.load_buffer_inplace(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    return Status::ParseError(parsed.description(), lines.At(path, parsed.offset));
  }
  pugi::xml_node root = xml.document_element();
  if (LocalName(root.name()) != "profile") {
    return Status::ParseError(
        "the root element must be <profile xmlns=\"" + std::string(kProfileNamespace) + "\">",
        lines.At(path, root.offset_debug() - 1));
  }
  *profile = Profile{};
  profile->path = path;
  profile->state = root.attribute("state").value();
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    std::string_view name = LocalName(node.name());
    Location where = lines.At(path, node.offset_debug() - 1);
    if (name == "party") {
      Party party;
      party.location = where;
      status = Require(node, "instrument", lines, path, &party.instrument);
      if (!status.ok()) return status;
      if (pugi::xml_attribute s = node.attribute("status")) party.status = s.value();
      if (party.status != "party" && party.status != "signatory") {
        return Status::ParseError(
            "status must be 'party' or 'signatory', not '" + party.status + "'", where);
      }
      party.date = node.attribute("date").value();
      if (!party.date.empty() && !IsDate(party.date)) {
        return Status::ParseError("date must be YYYY-MM-DD, not '" + party.date + "'", where);
      }
      profile->parties.push_back(std::move(party));
    } else if (name == "reservation" || name == "declaration") {
      Reservation r;
      r.kind = std::string(name);
      r.location = where;
      status = Require(node, "instrument", lines, path, &r.instrument);
      if (!status.ok()) return status;
      r.article = node.attribute("article").value();
      r.rules = node.attribute("rules").value();
      r.text = Trimmed(node.text().get());
      if (r.text.empty()) {
        return Status::ParseError("<" + r.kind + "> needs its text", where);
      }
      profile->reservations.push_back(std::move(r));
    } else if (name == "parameter") {
      std::string key, value;
      status = Require(node, "name", lines, path, &key);
      if (status.ok()) status = Require(node, "value", lines, path, &value);
      if (!status.ok()) return status;
      char* end = nullptr;
      double number = std::strtod(value.c_str(), &end);
      if (end == value.c_str() || *end != '\0') {
        return Status::ParseError("parameter '" + key + "' needs a number, not '" + value + "'",
                                  where);
      }
      profile->parameters[key] = number;
    } else {
      return Status::ParseError("unknown element <" + std::string(name) +
                                    "> (expected party, reservation, declaration, parameter)",
                                where);
    }
  }
  return Status::Ok();
}

}  // namespace concord
