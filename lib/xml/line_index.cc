#include "line_index.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace concord::xml {
namespace {

// Code points in [p, end): every byte that is not a UTF-8 continuation byte
// (10xxxxxx), counted eight bytes at a time.
uint32_t CountCodePoints(const unsigned char* p, const unsigned char* end) {
  uint32_t n = 0;
#if defined(__SSE2__)
  // Sixteen at a time: continuation bytes are -128..-65 as signed bytes.
  const __m128i kFirstNonContinuation = _mm_set1_epi8(-64);
  const __m128i kOne = _mm_set1_epi8(1);
  while (end - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i continuation = _mm_and_si128(_mm_cmplt_epi8(v, kFirstNonContinuation), kOne);
    __m128i sums = _mm_sad_epu8(continuation, _mm_setzero_si128());
    uint32_t c = static_cast<uint32_t>(_mm_cvtsi128_si32(sums)) +
                 static_cast<uint32_t>(_mm_extract_epi16(sums, 4));
    n += 16 - c;
    p += 16;
  }
#endif
  while (end - p >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    uint64_t high = v & 0x8080808080808080ULL;
    // A continuation byte has its top bit set and the next bit clear.
    uint64_t continuation = high & ~(v << 1);
    // Sum the flags (one bit per byte, at bit 7 of each) with a multiply.
    n += 8 - static_cast<uint32_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
    p += 8;
  }
  for (; p < end; ++p) n += (*p & 0xC0) != 0x80;
  return n;
}

// Bit k of *newlines: byte k is "\n"; of *stop: byte k is not ASCII, NUL or
// "\r" (the bytes the ASCII path cannot take); of *special: byte k is NUL or
// "\r"; of *lead2: byte k leads a two-byte sequence (C2..DF); of *cont:
// byte k is a continuation byte (80..BF).
inline void Classify16(const unsigned char* p, uint32_t* newlines, uint32_t* stop,
                       uint32_t* special, uint32_t* lead2, uint32_t* cont) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  *newlines = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
  __m128i nul_or_cr =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_setzero_si128()));
  *special = static_cast<uint32_t>(_mm_movemask_epi8(nul_or_cr));
  *stop = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(v, nul_or_cr)));
  // As signed bytes: continuations are -128..-65, two-byte leads -62..-33.
  *cont = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  *lead2 = static_cast<uint32_t>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)))));
#else
  *newlines = *stop = *special = *lead2 = *cont = 0;
  for (int k = 0; k < 16; ++k) {
    if (p[k] == '\n') *newlines |= 1u << k;
    if (p[k] == 0 || p[k] == '\r') *special |= 1u << k;
    if (p[k] >= 0x80 || p[k] == 0 || p[k] == '\r') *stop |= 1u << k;
    if (p[k] >= 0xC2 && p[k] <= 0xDF) *lead2 |= 1u << k;
    if (p[k] >= 0x80 && p[k] <= 0xBF) *cont |= 1u << k;
  }
#endif
}

// Records the line starts after the "\n"s in `newlines` (bits of the block at i).
inline void AddNewlines(uint32_t newlines, size_t i, std::vector<uint32_t>* line_starts) {
  while (newlines) {
    line_starts->push_back(static_cast<uint32_t>(i + __builtin_ctz(newlines) + 1));
    newlines &= newlines - 1;
  }
}

}  // namespace

size_t ValidUtf8Length(const unsigned char* s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80) return c == 0 ? 0 : 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (len > n || s[1] < lo || s[1] > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if ((s[k] & 0xC0) != 0x80) return 0;
  }
  return len;
}

LineIndex::LineIndex(std::string_view buffer)
    : data_(reinterpret_cast<const unsigned char*>(buffer.data())), size_(buffer.size()) {
  size_t first = 0;
  if (size_ >= 3 && data_[0] == 0xEF && data_[1] == 0xBB && data_[2] == 0xBF) first = 3;
  line_starts_.reserve(size_ / 40 + 2);
  line_starts_.push_back(static_cast<uint32_t>(first));
  Scan(first);
  cursor_offset_ = first;
}

void LineIndex::Scan(size_t first) {
  const unsigned char* s = data_;
  const size_t n = size_;
  size_t i = first;
  for (;;) {
    // Sixteen bytes at a time while they are ASCII without NUL or "\r", or
    // ASCII mixed with whole two-byte sequences (Latin, Greek, Cyrillic
    // text); the "\n"s among them are line ends.
    uint32_t stop = 0;
    while (i + 16 <= n) {
      uint32_t newlines, special, lead2, cont;
      Classify16(s + i, &newlines, &stop, &special, &lead2, &cont);
      if (stop == 0) {
        AddNewlines(newlines, i, &line_starts_);
        i += 16;
        continue;
      }
      if (special == 0) {
        // A lead in the last byte: take fifteen, its sequence starts the next block.
        const size_t width = (lead2 & 0x8000u) ? 15 : 16;
        const uint32_t mask = width == 16 ? 0xFFFFu : 0x7FFFu;
        lead2 &= mask;
        // Valid iff every non-ASCII byte is a lead or a continuation and the
        // continuations are exactly the bytes after the leads.
        if ((stop & mask & ~(lead2 | cont)) == 0 && (cont & mask) == (lead2 << 1)) {
          AddNewlines(newlines & mask, i, &line_starts_);
          i += width;
          stop = 0;
          continue;
        }
      }
      AddNewlines(newlines & ((1u << __builtin_ctz(stop)) - 1), i, &line_starts_);
      break;
    }
    if (stop) i += static_cast<size_t>(__builtin_ctz(stop));
    if (i >= n) return;
    // Byte by byte up to the next ASCII letter (a run of multi-byte
    // characters, a "\r", or the tail).
    do {
      unsigned char c = s[i];
      if (c >= 0x80) {
        size_t len = ValidUtf8Length(s + i, n - i);
        if (len == 0) return Fail(i);
        i += len;
        continue;
      }
      if (c == 0) return Fail(i);
      if (c == '\n' || (c == '\r' && (i + 1 == n || s[i + 1] != '\n'))) {
        line_starts_.push_back(static_cast<uint32_t>(i + 1));
      }
      ++i;
    } while (i < n && (s[i] >= 0x80 || i + 16 > n));
    if (i >= n) return;
  }
}

void LineIndex::Fail(size_t offset) {
  problem_ = offset;
  problem_is_nul_ = data_[offset] == 0;
}

size_t LineIndex::LineOf(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return it == line_starts_.begin() ? 0 : static_cast<size_t>(it - line_starts_.begin()) - 1;
}

LineColumn LineIndex::Position(size_t offset) {
  offset = std::min(offset, size_);
  if (offset < line_starts_[0]) return LineColumn{1, 1};  // inside the BOM
  if (offset < cursor_offset_) {
    // Backwards: restart at the start of the offset's line.
    cursor_line_ = LineOf(offset);
    cursor_offset_ = line_starts_[cursor_line_];
    cursor_column_ = 1;
  }
  // Skip whole lines between the cursor and the offset: a linear walk, so
  // a pass in document order costs one step per line in all.
  size_t line = cursor_line_;
  while (line + 1 < line_starts_.size() && line_starts_[line + 1] <= offset) ++line;
  if (line != cursor_line_) {
    cursor_line_ = line;
    cursor_offset_ = line_starts_[line];
    cursor_column_ = 1;
  }
  cursor_column_ += CountCodePoints(data_ + cursor_offset_, data_ + offset);
  cursor_offset_ = offset;
  return LineColumn{static_cast<uint32_t>(cursor_line_ + 1), cursor_column_};
}

}  // namespace concord::xml
