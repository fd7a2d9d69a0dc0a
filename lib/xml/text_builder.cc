#include "text_builder.h"

#include <cstring>

namespace concord::xml {
namespace {

// Appends code point `cp` as UTF-8.
void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the entity at `p` (which points at '&') into `out`; returns the
// number of bytes it took, or 0 if it is not one we decode.
size_t DecodeEntity(std::string_view p, std::string* out) {
  size_t semi = p.find(';', 1);
  if (semi == std::string_view::npos || semi > 12) return 0;
  std::string_view name = p.substr(1, semi - 1);
  if (name == "amp") {
    out->push_back('&');
  } else if (name == "lt") {
    out->push_back('<');
  } else if (name == "gt") {
    out->push_back('>');
  } else if (name == "quot") {
    out->push_back('"');
  } else if (name == "apos") {
    out->push_back('\'');
  } else if (name.size() >= 2 && name[0] == '#') {
    bool hex = name[1] == 'x';
    uint32_t cp = 0;
    size_t digits = 0;
    for (char c : name.substr(hex ? 2 : 1)) {
      uint32_t d;
      if (c >= '0' && c <= '9') {
        d = static_cast<uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        d = static_cast<uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        d = static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) return 0;
      ++digits;
    }
    if (digits == 0 || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    AppendUtf8(cp, out);
  } else {
    return 0;  // not a built-in: never expanded, kept as written
  }
  return semi + 1;
}

}  // namespace

bool IsAllSpace(const char* s) {
  if (*s && !IsXmlSpace(*s)) return false;  // most text starts with a letter
  for (; *s; ++s) {
    if (!IsXmlSpace(*s)) return false;
  }
  return true;
}

void TextBuilder::AddSegment(const FieldBuffer& field, const char* at) {
  if (!field.segments) return;
  LineColumn lc = lines_->Position(static_cast<size_t>(at - base_));
  if (field.segments->empty()) field.segments->reserve(4);  // one growth step, not three
  field.segments->push_back(
      TextSegment{static_cast<uint32_t>(field.text->size()), lc.line, lc.column});
}

void TextBuilder::TrimEnd(std::string* text, std::vector<TextSegment>* segments) {
  size_t n = text->size();
  while (n > 0 && IsXmlSpace((*text)[n - 1])) --n;
  text->resize(n);
  if (!segments) return;
  while (!segments->empty() && segments->back().offset >= n) segments->pop_back();
}

size_t TextBuilder::Flush(const FieldBuffer& field) {
  FieldState* state = field.state;
  if (state->pending && !field.text->empty()) {
    TrimEnd(field.text, field.segments);
    if (!field.text->empty()) field.text->push_back(state->pending);
  }
  state->pending = 0;
  return field.text->size();
}

void TextBuilder::Append(const FieldBuffer& field, const char* value, bool decode) {
  std::string* text = field.text;
  const char* p = value;
  // At the start of a field or after a separator, leading white space is
  // indentation: skip it (the segment then starts at the first character).
  if (field.state->pending || text->empty() || IsXmlSpace(text->back())) {
    while (IsXmlSpace(*p)) ++p;
    if (*p == '\0') return;
  }
  Flush(field);
  field.state->after_num = false;
  AddSegment(field, p);
  const char* stops = decode ? "&\r" : "\r";
  for (;;) {
    size_t run = std::strcspn(p, stops);
    text->append(p, run);
    p += run;
    if (*p == '\0') return;
    if (*p == '\r') {
      // "\r\n" and a lone "\r" are one line break, as in LineIndex.
      text->push_back('\n');
      p += p[1] == '\n' ? 2 : 1;
      continue;
    }
    size_t used = DecodeEntity(std::string_view(p, strnlen(p, 16)), text);
    if (used == 0) {
      text->push_back('&');
      ++p;
      continue;
    }
    p += used;
    if (*p) AddSegment(field, p);  // the entity was longer than its character
  }
}

std::string DecodeEntities(std::string_view raw) {
  if (raw.find('&') == std::string_view::npos) return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '&') {
      size_t used = DecodeEntity(raw.substr(i), &out);
      if (used) {
        i += used;
        continue;
      }
    }
    out.push_back(raw[i++]);
  }
  return out;
}

namespace {

// Length of the Unicode space at the front of `s`, or 0.
size_t LeadingSpace(std::string_view s) {
  if (s.empty()) return 0;
  if (IsXmlSpace(s[0])) return 1;
  if (s.substr(0, 2) == "\u00A0") return 2;
  if (s.size() < 3) return 0;
  std::string_view c = s.substr(0, 3);
  if (c == "\u202F" || c == "\u205F" || c == "\u3000") return 3;
  unsigned char b2 = static_cast<unsigned char>(s[2]);
  return (c.substr(0, 2) == "\xE2\x80" && b2 >= 0x80 && b2 <= 0x8B) ? 3 : 0;
}

// Length of the Unicode space at the back of `s`, or 0.
size_t TrailingSpace(std::string_view s) {
  for (size_t len : {size_t{1}, size_t{2}, size_t{3}}) {
    if (s.size() >= len && LeadingSpace(s.substr(s.size() - len)) == len) return len;
  }
  return 0;
}

}  // namespace

void TrimUnicodeSpace(std::string* s) {
  std::string_view v = *s;
  while (size_t n = LeadingSpace(v)) v.remove_prefix(n);
  while (size_t n = TrailingSpace(v)) v.remove_suffix(n);
  if (v.size() != s->size()) *s = std::string(v);
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsXmlSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace concord::xml
