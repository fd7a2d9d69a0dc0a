#include "provision_builder.h"

#include "akn_elements.h"

#include <algorithm>

namespace concord::xml {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Reads the id and name attributes: eId (USLM: identifier), else id, wId,
// xml:id.
void ReadAttributes(pugi::xml_node element, Provision* p) {
  std::string_view ids[5];  // eId, identifier, id, wId, xml:id
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    std::string_view n = a.name();
    std::string_view v = a.value();
    if (n == "eId") {
      ids[0] = v;
    } else if (n == "identifier") {
      ids[1] = v;
    } else if (n == "id") {
      ids[2] = v;
    } else if (n == "wId") {
      ids[3] = v;
    } else if (n == "xml:id") {
      ids[4] = v;
    } else if (n == "name") {
      p->name = DecodeEntities(v);
    }
  }
  for (std::string_view id : ids) {
    if (!id.empty()) {
      p->id = DecodeEntities(id);
      return;
    }
  }
}

// The note words, as written in English and Russian statutes.
bool IsNoteWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"Примечание", "Примечания", "ПРИМЕЧАНИЕ",
                                                "ПРИМЕЧАНИЯ", "примечание", "примечания"};
  if (w.size() == 4 || w.size() == 5) {
    std::string lower;
    for (char c : w) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return lower == "note" || lower == "notes";
  }
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Length of the leading word: ASCII letters and any non-ASCII bytes.
size_t WordLength(std::string_view s) {
  size_t n = 0;
  while (n < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[n]);
    if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    ++n;
  }
  return n;
}

std::string_view SkipSpaceAndDigits(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (IsXmlSpace(s[i]) || (s[i] >= '0' && s[i] <= '9'))) ++i;
  return s.substr(i);
}

// "Примечание", "Note 2.", "NOTES:" (a number or heading that is just the word).
bool IsNoteLabel(std::string_view s) {
  while (!s.empty() && IsXmlSpace(s.front())) s.remove_prefix(1);
  size_t n = WordLength(s);
  if (n == 0 || !IsNoteWord(s.substr(0, n))) return false;
  std::string_view rest = SkipSpaceAndDigits(s.substr(n));
  while (!rest.empty() &&
         (rest.front() == '.' || rest.front() == ':' || IsXmlSpace(rest.front()))) {
    rest.remove_prefix(1);
  }
  return rest.empty();
}

// Text that opens with "Примечание." or "Note:" (optionally numbered).
bool StartsWithNoteLabel(std::string_view s) {
  size_t n = WordLength(s);
  if (n == 0 || !IsNoteWord(s.substr(0, n))) return false;
  std::string_view rest = SkipSpaceAndDigits(s.substr(n));
  return !rest.empty() && (rest.front() == '.' || rest.front() == ':');
}

}  // namespace

std::string NumForId(std::string_view num) {
  // Unicode spaces and punctuation (U+00A0, U+2000-U+206F, U+3000-U+303F)
  // separate like ASCII ones: "\u2001(a)" -> "a", "9\u2014" -> "9".
  std::string plain;
  plain.reserve(num.size());
  for (size_t i = 0; i < num.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(num[i]);
    size_t skip = 0;
    if (c == 0xC2 && i + 1 < num.size() && static_cast<unsigned char>(num[i + 1]) == 0xA0) {
      skip = 2;
    } else if ((c == 0xE2 || c == 0xE3) && i + 2 < num.size() &&
               (c == 0xE3 ? static_cast<unsigned char>(num[i + 1]) == 0x80
                          : (static_cast<unsigned char>(num[i + 1]) & 0xFE) == 0x80)) {
      skip = 3;
    }
    if (skip) {
      plain.push_back(' ');
      i += skip - 1;
    } else {
      plain.push_back(num[i]);
    }
  }
  std::string_view rest = plain;
  // From the first digit on, if there is one ("Article 5" -> "5"); else the
  // last word ("CHAPTER III" -> "III", "(a)" -> "(a)").
  size_t digit = rest.find_first_of("0123456789");
  if (digit != std::string_view::npos) {
    rest = rest.substr(digit);
  } else {
    while (!rest.empty() && IsXmlSpace(rest.back())) rest.remove_suffix(1);
    size_t space = rest.find_last_of(" \t\n\r");
    if (space != std::string_view::npos) rest = rest.substr(space + 1);
  }
  std::string out;
  bool separator = false;
  for (char ch : rest) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (IsAsciiAlnum(c) || c >= 0x80) {
      if (separator && !out.empty()) out.push_back('-');
      separator = false;
      out.push_back(ch);
    } else {
      separator = true;
    }
  }
  return out;
}

bool LooksLikeNote(const Provision& p) {
  if (p.name == "note") return true;
  if (IsArticleKind(p.kind)) return false;
  return IsNoteLabel(p.num) || IsNoteLabel(p.heading) ||
         (p.num.empty() && p.heading.empty() && StartsWithNoteLabel(p.text));
}

ProvisionBuilder::ProvisionBuilder(Document* doc, LineIndex* lines, const char* base)
    : doc_(doc), lines_(lines), base_(base) {
  open_.reserve(64);
  counters_.reserve(256);
}

uint32_t ProvisionBuilder::NextOrdinal(std::string_view kind) {
  size_t begin = open_.empty() ? 0 : open_.back().counters_mark;
  for (size_t i = counters_.size(); i-- > begin;) {
    // Entries of deeper (already closed) provisions were dropped at Close.
    if (counters_[i].first == kind) return ++counters_[i].second;
  }
  counters_.emplace_back(kind, 1);
  return 1;
}

int32_t ProvisionBuilder::Open(pugi::xml_node element, std::string_view kind,
                               const OpenOptions& options) {
  if (!open_.empty()) EnsureIds(open_.size() - 1);  // the parent's id is a prefix
  uint32_t ordinal = NextOrdinal(kind);
  int32_t index = static_cast<int32_t>(doc_->provisions.size());
  Provision& p = doc_->provisions.emplace_back();
  p.kind.assign(kind);
  p.parent = current();
  p.depth = static_cast<uint16_t>(std::min<size_t>(open_.size(), UINT16_MAX));
  p.is_note = options.note;
  LineColumn lc = lines_->Position(static_cast<size_t>(element.name() - base_) - 1);
  p.line = lc.line;
  p.column = lc.column;
  ReadAttributes(element, &p);
  open_.push_back(OpenProvision{index, static_cast<uint32_t>(counters_.size()), ordinal, options,
                                FieldState{}, FieldState{}});
  return index;
}

void ProvisionBuilder::Close() {
  size_t last = open_.size() - 1;
  Provision& p = doc_->provisions[static_cast<size_t>(open_[last].index)];
  TextBuilder::TrimEnd(&p.text, &p.text_segments);
  TextBuilder::TrimEnd(&p.heading, &p.heading_segments);
  if (!p.num.empty()) {
    p.num = CollapseSpace(p.num);
    TrimUnicodeSpace(&p.num);
  }
  EnsureIds(last);
  p.end = static_cast<int32_t>(doc_->provisions.size());
  if (!p.is_note) p.is_note = LooksLikeNote(p);
  counters_.resize(open_[last].counters_mark);
  open_.pop_back();
  ids_ready_ = std::min(ids_ready_, open_.size());
}

FieldBuffer ProvisionBuilder::field(Field which) {
  OpenProvision& o = open_.back();
  Provision& p = doc_->provisions[static_cast<size_t>(o.index)];
  switch (which) {
    case Field::kHeading:
      return FieldBuffer{&p.heading, &p.heading_segments, &o.heading_state};
    case Field::kNum:
      return FieldBuffer{&p.num, nullptr, &num_state_};
    case Field::kText:
      break;
  }
  return FieldBuffer{&p.text, &p.text_segments, &o.text_state};
}

void ProvisionBuilder::EnsureIds(size_t upto) {
  for (size_t i = ids_ready_; i <= upto; ++i) {
    if (doc_->provisions[static_cast<size_t>(open_[i].index)].id.empty()) GenerateId(i);
  }
  ids_ready_ = std::max(ids_ready_, upto + 1);
}

void ProvisionBuilder::GenerateId(size_t open_index) {
  const OpenProvision& o = open_[open_index];
  Provision& p = doc_->provisions[static_cast<size_t>(o.index)];
  std::string id;
  // The nearest enclosing provision that takes part in this id's path.
  const bool division = IsDivisionKind(p.kind);
  for (size_t j = open_index; j-- > 0;) {
    if (open_[j].options.id_transparent) continue;
    const Provision& outer = doc_->provisions[static_cast<size_t>(open_[j].index)];
    if (!division && IsDivisionKind(outer.kind)) continue;
    id = outer.id;
    if (!id.empty()) id += "__";
    break;
  }
  id += IdAbbreviation(p.kind);
  std::string num = NumForId(p.num);
  if (!num.empty()) {
    id += '_';
    id += num;
  } else if (!(o.options.container && o.options.id_transparent) || o.ordinal > 1) {
    id += '_';
    id += std::to_string(o.ordinal);
  }
  p.id = std::move(id);
  p.id_generated = true;
}

}  // namespace concord::xml
