#include "concord/normalizer.h"

#include "char_table.h"

#include <cstring>

namespace concord {
namespace {

using text::CharInfo;

// Bytes of output a chunk of NormalizeWord may hold before it is flushed; one
// code point adds at most sizeof(CharInfo::fold) bytes.
constexpr size_t kChunk = 256;

}  // namespace

void NormalizeWord(std::string_view word, std::string* out) {
  const CharInfo* table = text::CharTableData();
  const size_t start = out->size();
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  const auto* end = p + word.size();
  char buf[kChunk + sizeof(CharInfo::fold)];
  size_t n = 0;
  while (p < end) {
    const CharInfo* info;
    if (*p < 0x80) {
      info = table + *p++;
    } else {
      uint32_t cp;
      p += text::DecodeUtf8(p, end, &cp);
      info = text::LookupChar(table, cp);
    }
    if (info == nullptr || (info->flags & text::kCharSlow)) {
      // A code point outside the table, or a combining mark: the whole word
      // goes through ICU so that marks compose with their letters.
      out->resize(start);
      text::NormalizeWithIcu(word, out);
      return;
    }
    std::memcpy(buf + n, info->fold, sizeof(info->fold));
    n += info->fold_size;
    if (n >= kChunk) {
      out->append(buf, n);
      n = 0;
    }
  }
  out->append(buf, n);
}

std::string NormalizedWord(std::string_view word) {
  std::string out;
  NormalizeWord(word, &out);
  return out;
}

void NormalizeText(std::string_view source, NormalizedText* out) {
  const CharInfo* table = text::CharTableData();
  out->text.clear();
  out->source_offsets.clear();
  const auto* begin = reinterpret_cast<const unsigned char*>(source.data());
  const auto* end = begin + source.size();
  const auto* p = begin;
  while (p < end) {
    uint32_t cp;
    const size_t len = text::DecodeUtf8(p, end, &cp);
    const CharInfo* info = text::LookupChar(table, cp);
    const uint32_t offset = static_cast<uint32_t>(p - begin);
    // A code point followed by a combining mark may compose with it: the
    // cluster goes through ICU and all its output points at its first byte.
    const unsigned char* next = p + len;
    bool slow = info == nullptr || (info->flags & text::kCharSlow);
    while (next < end) {
      uint32_t c;
      const size_t l = text::DecodeUtf8(next, end, &c);
      const CharInfo* i = text::LookupChar(table, c);
      if (i ? i->cls != text::kMark : !text::IsMarkWithIcu(c)) break;
      next += l;
      slow = true;
    }
    if (slow) {
      text::NormalizeWithIcu(
          std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(next - p)),
          &out->text);
    } else {
      out->text.append(info->fold, info->fold_size);
    }
    out->source_offsets.resize(out->text.size(), offset);
    p = next;
  }
  out->source_offsets.push_back(static_cast<uint32_t>(source.size()));
}

}  // namespace concord
