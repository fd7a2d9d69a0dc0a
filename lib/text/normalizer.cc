#include "concord/normalizer.h"

#include "char_table.h"

#include <algorithm>
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

namespace {

// One decoded code point: its table entry (nullptr outside the table), its
// byte length and whether it is a combining mark.
struct Decoded {
  const CharInfo* info = nullptr;
  size_t len = 0;
  bool mark = false;
};

Decoded DecodeAt(const CharInfo* table, const unsigned char* p, const unsigned char* end) {
  Decoded d;
  if (*p < 0x80) {
    d.info = table + *p;
    d.len = 1;
    return d;
  }
  uint32_t cp;
  d.len = text::DecodeUtf8(p, end, &cp);
  d.info = text::LookupChar(table, cp);
  d.mark = d.info ? d.info->cls == text::kMark : text::IsMarkWithIcu(cp);
  return d;
}

// Writes normalized bytes and their source offsets at a position that runs
// ahead of the strings' sizes (trimmed by Finish): no per-byte append.
class OffsetWriter {
 public:
  OffsetWriter(size_t expected, NormalizedText* out) : out_(out) { Grow(expected + 16); }
  void Append(const char* bytes, size_t n, uint32_t offset) {
    if (w_ + n + sizeof(CharInfo::fold) > out_->text.size()) Grow(n + sizeof(CharInfo::fold));
    std::memcpy(out_->text.data() + w_, bytes, n);
    std::fill_n(out_->source_offsets.data() + w_, n, offset);
    w_ += n;
  }
  void Finish(uint32_t source_size) {
    out_->text.resize(w_);
    out_->source_offsets.resize(w_);
    out_->source_offsets.push_back(source_size);
  }

 private:
  void Grow(size_t need) {
    const size_t size = std::max(w_ + need, out_->text.size() * 2);
    out_->text.resize(size);
    out_->source_offsets.resize(size);
  }
  NormalizedText* out_;
  size_t w_ = 0;
};

}  // namespace

void NormalizeText(std::string_view source, NormalizedText* out) {
  const CharInfo* table = text::CharTableData();
  const auto* begin = reinterpret_cast<const unsigned char*>(source.data());
  const auto* end = begin + source.size();
  OffsetWriter writer(source.size(), out);
  std::string slow;
  const auto* p = begin;
  Decoded cur = p < end ? DecodeAt(table, p, end) : Decoded();
  while (p < end) {
    const uint32_t offset = static_cast<uint32_t>(p - begin);
    // A code point followed by combining marks may compose with them: the
    // cluster goes through ICU and all its output points at its first byte.
    const unsigned char* next = p + cur.len;
    bool cluster = cur.info == nullptr || (cur.info->flags & text::kCharSlow);
    Decoded following = next < end ? DecodeAt(table, next, end) : Decoded();
    while (following.mark) {
      cluster = true;
      next += following.len;
      following = next < end ? DecodeAt(table, next, end) : Decoded();
    }
    if (cluster) {
      slow.clear();
      text::NormalizeWithIcu(
          std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(next - p)), &slow);
      writer.Append(slow.data(), slow.size(), offset);
    } else {
      writer.Append(cur.info->fold, cur.info->fold_size, offset);
    }
    p = next;
    cur = following;
  }
  writer.Finish(static_cast<uint32_t>(source.size()));
}

}  // namespace concord
