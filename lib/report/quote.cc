#include "quote.h"

#include <algorithm>

namespace concord::detail {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `offset` back to the start of the UTF-8 sequence holding it.
uint32_t BackToBoundary(std::string_view text, uint32_t offset) {
  while (offset > 0 && offset < text.size() && IsContinuation(text[offset])) --offset;
  return offset;
}

// Moves `offset` forward past the continuation bytes of the sequence it is in.
uint32_t ForwardToBoundary(std::string_view text, uint32_t offset) {
  while (offset < text.size() && IsContinuation(text[offset])) ++offset;
  return offset;
}

}  // namespace

std::vector<Mark> NormalizeMarks(std::string_view quote, const std::vector<Mark>& marks) {
  const auto size = static_cast<uint32_t>(quote.size());
  std::vector<Mark> clean;
  clean.reserve(marks.size());
  for (Mark mark : marks) {
    mark.begin = BackToBoundary(quote, std::min(mark.begin, size));
    mark.end = ForwardToBoundary(quote, std::min(mark.end, size));
    if (mark.begin < mark.end) clean.push_back(mark);
  }
  std::sort(clean.begin(), clean.end(), [](const Mark& a, const Mark& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<Mark> merged;
  for (const Mark& mark : clean) {
    if (!merged.empty() && mark.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, mark.end);
    } else {
      merged.push_back(mark);
    }
  }
  return merged;
}

std::vector<QuoteSegment> SplitQuote(std::string_view quote, const std::vector<Mark>& marks) {
  std::vector<QuoteSegment> segments;
  uint32_t at = 0;
  for (const Mark& mark : NormalizeMarks(quote, marks)) {
    if (mark.begin > at) segments.push_back({quote.substr(at, mark.begin - at), false});
    segments.push_back({quote.substr(mark.begin, mark.end - mark.begin), true});
    at = mark.end;
  }
  if (at < quote.size()) segments.push_back({quote.substr(at), false});
  return segments;
}

std::string RenderQuote(std::string_view quote, const std::vector<Mark>& marks,
                        const QuoteStyle& style) {
  std::string out;
  for (const QuoteSegment& segment : SplitQuote(quote, marks)) {
    if (segment.marked) out.append(style.open);
    if (style.escape) {
      out.append(style.escape(segment.text));
    } else {
      out.append(segment.text);
    }
    if (segment.marked) out.append(style.close);
  }
  return out;
}

}  // namespace concord::detail
