#include "evidence_builder.h"

#include <algorithm>

namespace concord::eval {
namespace {

// Code points of context kept on each side of the marked words.
constexpr size_t kContextChars = 100;

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Moves `pos` back by up to `chars` code points, then forward to a word start.
size_t ContextStart(std::string_view text, size_t pos, size_t chars) {
  size_t start = pos;
  for (size_t n = 0; start > 0 && n < chars; ++n) {
    --start;
    while (start > 0 && IsContinuation(static_cast<unsigned char>(text[start]))) --start;
  }
  if (start == 0) return 0;
  while (start < pos && !IsSpace(static_cast<unsigned char>(text[start]))) ++start;
  return start;
}

// Moves `pos` forward by up to `chars` code points, then back to a word end.
size_t ContextEnd(std::string_view text, size_t pos, size_t chars) {
  size_t end = pos;
  for (size_t n = 0; end < text.size() && n < chars; ++n) {
    ++end;
    while (end < text.size() && IsContinuation(static_cast<unsigned char>(text[end]))) ++end;
  }
  if (end >= text.size()) return text.size();
  while (end > pos && !IsSpace(static_cast<unsigned char>(text[end]))) --end;
  return end;
}

}  // namespace

std::string CollapseSpace(std::string_view text, std::vector<uint32_t>* map) {
  std::string out;
  out.reserve(text.size());
  if (map) map->clear();
  bool pending_space = false;
  size_t space_at = 0;  // where the pending run of white space starts
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      if (!pending_space) space_at = i;
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      if (map) map->push_back(static_cast<uint32_t>(space_at));
      pending_space = false;
    }
    out += static_cast<char>(c);
    if (map) map->push_back(static_cast<uint32_t>(i));
  }
  return out;
}

std::string EvidenceBuilder::Words(const Span& span) const {
  const TokenStream& tokens = index_.tokens();
  const Token& first = tokens.tokens[span.first];
  const Token& last = tokens.tokens[span.last];
  const Provision& p = index_.document().provisions[index_.ProvisionOf(span.first)];
  const std::string& text = first.field == kHeadingField ? p.heading : p.text;
  return CollapseSpace(std::string_view(text).substr(first.begin, last.end - first.begin));
}

void EvidenceBuilder::Add(std::vector<Span> spans, std::string_view role,
                          std::vector<Evidence>* out, std::vector<uint32_t>* provisions,
                          size_t limit) const {
  const Document& doc = index_.document();
  const TokenStream& tokens = index_.tokens();
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.first != b.first ? a.first < b.first : a.last < b.last;
  });
  spans.erase(std::unique(spans.begin(), spans.end(),
                          [](const Span& a, const Span& b) {
                            return a.first == b.first && a.last == b.last;
                          }),
              spans.end());
  size_t added = 0;
  for (size_t i = 0; i < spans.size() && added < limit;) {
    const Token& lead = tokens.tokens[spans[i].first];
    uint32_t provision = index_.ProvisionOf(spans[i].first);
    const Provision& p = doc.provisions[provision];
    const std::string& text = lead.field == kHeadingField ? p.heading : p.text;
    size_t begin = ContextStart(text, lead.begin, kContextChars);
    size_t end = ContextEnd(text, tokens.tokens[spans[i].last].end, kContextChars);
    // Gather the following spans that fall inside this quote.
    size_t j = i;
    std::vector<std::pair<uint32_t, uint32_t>> marks;
    while (j < spans.size()) {
      const Token& a = tokens.tokens[spans[j].first];
      const Token& b = tokens.tokens[spans[j].last];
      if (index_.ProvisionOf(spans[j].first) != provision || a.field != lead.field || b.end > end) {
        break;
      }
      marks.emplace_back(a.begin, b.end);
      ++j;
    }
    if (j == i) ++j;  // cannot happen, but never loop forever

    Evidence e;
    e.path = doc.path;
    e.frbr_work = doc.frbr_work;
    e.provision_id = p.id;
    e.provision_num = p.num;
    int32_t article = doc.EnclosingArticle(static_cast<int32_t>(provision));
    if (article >= 0) e.article_num = doc.provisions[static_cast<size_t>(article)].num;
    Location where = doc.Locate(
        static_cast<int32_t>(provision),
        lead.field == kHeadingField ? TextField::kHeading : TextField::kText, lead.begin);
    e.line = where.line;
    e.column = where.column;
    e.role = std::string(role);
    std::vector<uint32_t> map;
    std::string body = CollapseSpace(std::string_view(text).substr(begin, end - begin), &map);
    std::string prefix = begin > 0 ? "… " : "";
    std::string suffix = end < text.size() ? " …" : "";
    e.quote = prefix + body + suffix;
    for (const auto& [from, to] : marks) {
      // Offsets in `text` -> offsets in `body` through the collapse map.
      auto lo = std::lower_bound(map.begin(), map.end(), from - begin);
      auto hi = std::lower_bound(map.begin(), map.end(), to - begin);
      uint32_t b = static_cast<uint32_t>(prefix.size() + (lo - map.begin()));
      uint32_t f = static_cast<uint32_t>(prefix.size() + (hi - map.begin()));
      if (f > b) e.marks.push_back(Mark{b, f});
    }
    out->push_back(std::move(e));
    if (provisions) provisions->push_back(provision);
    ++added;
    i = j;
  }
}

}  // namespace concord::eval
