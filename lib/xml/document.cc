#include "concord/document.h"

#include <algorithm>
#include <array>

namespace concord {

bool IsArticleKind(std::string_view kind) {
  static constexpr std::array<std::string_view, 5> kArticleKinds = {"article", "section", "rule",
                                                                    "regulation", "artikel"};
  return std::find(kArticleKinds.begin(), kArticleKinds.end(), kind) != kArticleKinds.end();
}

Location Document::Locate(int32_t index, TextField field, uint32_t offset) const {
  const Provision& p = provisions[static_cast<size_t>(index)];
  const std::string& text = field == TextField::kHeading ? p.heading : p.text;
  const std::vector<TextSegment>& segments =
      field == TextField::kHeading ? p.heading_segments : p.text_segments;
  Location where{path, p.line, p.column};
  if (segments.empty()) return where;
  // The last segment starting at or before `offset`.
  auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                             [](uint32_t o, const TextSegment& s) { return o < s.offset; });
  if (it == segments.begin()) return where;
  const TextSegment& segment = *(it - 1);
  uint32_t line = segment.line;
  uint32_t column = segment.column;
  size_t end = std::min<size_t>(offset, text.size());
  for (size_t i = segment.offset; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;  // count code points, not bytes
    }
  }
  where.line = line;
  where.column = column;
  return where;
}

int32_t Document::EnclosingArticle(int32_t index) const {
  while (index >= 0) {
    const Provision& p = provisions[static_cast<size_t>(index)];
    if (IsArticleKind(p.kind)) return index;
    index = p.parent;
  }
  return -1;
}

DocumentCounts CountContents(const Document& doc) {
  DocumentCounts counts;
  counts.provisions = static_cast<uint32_t>(doc.provisions.size());
  for (const Provision& p : doc.provisions) {
    if (p.is_note) ++counts.notes;
    auto it = std::find_if(counts.provisions_by_kind.begin(), counts.provisions_by_kind.end(),
                           [&](const auto& entry) { return entry.first == p.kind; });
    if (it == counts.provisions_by_kind.end()) {
      counts.provisions_by_kind.emplace_back(p.kind, 1);
    } else {
      ++it->second;
    }
  }
  counts.definitions = static_cast<uint32_t>(doc.definitions.size());
  counts.references = static_cast<uint32_t>(doc.references.size());
  counts.suppressions = static_cast<uint32_t>(doc.suppressions.size());
  return counts;
}

}  // namespace concord
