#include "document_index.h"

#include <algorithm>

namespace concord::eval {

DocumentIndex::DocumentIndex() = default;
DocumentIndex::~DocumentIndex() = default;

void DocumentIndex::Build(const Document& doc, const CompiledRules& rules) {
  doc_ = &doc;
  rules_ = &rules;
  units_built_ = false;
  tokens_.Clear();
  const size_t n = doc.provisions.size();
  own_begin_.resize(n);
  own_end_.resize(n);
  for (size_t p = 0; p < n; ++p) {
    const Provision& provision = doc.provisions[p];
    own_begin_[p] = static_cast<uint32_t>(tokens_.tokens.size());
    if (!provision.heading.empty()) Tokenize(provision.heading, kHeadingField, &tokens_);
    if (!provision.text.empty()) Tokenize(provision.text, kTextField, &tokens_);
    own_end_[p] = static_cast<uint32_t>(tokens_.tokens.size());
  }

  const uint32_t count = token_count();
  sentence_begin_.assign(tokens_.sentence_count + 1, count);
  for (uint32_t t = count; t-- > 0;) sentence_begin_[tokens_.tokens[t].sentence] = t;
  for (size_t s = sentence_begin_.size() - 1; s-- > 0;) {
    sentence_begin_[s] = std::min(sentence_begin_[s], sentence_begin_[s + 1]);
  }
  quantity_begin_.assign(tokens_.sentence_count, kNotExtracted);
  quantity_end_.resize(tokens_.sentence_count);
  quantities_.clear();

  hits_.clear();
  rules.matcher().Scan(tokens_, &scratch_, &hits_);
  // Group hits by class (counting sort keeps token order within a class).
  class_offsets_.assign(rules.class_count() + 1, 0);
  for (const Hit& h : hits_) ++class_offsets_[h.term + 1];
  for (size_t c = 1; c < class_offsets_.size(); ++c) class_offsets_[c] += class_offsets_[c - 1];
  spans_.resize(hits_.size());
  std::vector<uint32_t> fill(class_offsets_.begin(), class_offsets_.end() - 1);
  for (const Hit& h : hits_) spans_[fill[h.term]++] = Span{h.first_token, h.last_token};

  // Subjects from the title.
  title_subjects_.clear();
  if (!rules.subjects().empty() && !doc.title.empty()) {
    title_tokens_.Clear();
    Tokenize(doc.title, kTextField, &title_tokens_);
    std::vector<Hit> title_hits;
    rules.matcher().Scan(title_tokens_, &scratch_, &title_hits);  // its token cache is warm
    for (const SubjectClass& subject : rules.subjects()) {
      bool found = std::any_of(title_hits.begin(), title_hits.end(),
                               [&](const Hit& h) { return h.term == subject.cls; });
      if (found && std::find(title_subjects_.begin(), title_subjects_.end(), subject.id) ==
                       title_subjects_.end()) {
        title_subjects_.push_back(subject.id);
      }
    }
  }
}

std::span<const Span> DocumentIndex::Hits(uint32_t cls) const {
  return std::span<const Span>(spans_.data() + class_offsets_[cls],
                               class_offsets_[cls + 1] - class_offsets_[cls]);
}

std::span<const Span> DocumentIndex::HitsIn(uint32_t cls, Range range) const {
  std::span<const Span> all = Hits(cls);
  auto lo = std::lower_bound(all.begin(), all.end(), range.begin,
                             [](const Span& s, uint32_t t) { return s.first < t; });
  auto hi = std::lower_bound(lo, all.end(), range.end,
                             [](const Span& s, uint32_t t) { return s.first < t; });
  // A hit starting inside the range ends inside it too unless it crosses the
  // range's end; hits never cross sentences, and ranges are sentence-aligned,
  // so trimming the tail is enough.
  while (hi != lo && (hi - 1)->last >= range.end) --hi;
  return std::span<const Span>(all.data() + (lo - all.begin()), static_cast<size_t>(hi - lo));
}

uint32_t DocumentIndex::ProvisionOf(uint32_t t) const {
  // The last provision whose own tokens start at or before t and contain it.
  auto it = std::upper_bound(own_begin_.begin(), own_begin_.end(), t);
  size_t p = static_cast<size_t>(it - own_begin_.begin());
  while (p > 0 && own_end_[p - 1] <= t) --p;  // skip provisions with no tokens
  return p == 0 ? 0 : static_cast<uint32_t>(p - 1);
}

Range DocumentIndex::OwnRange(uint32_t provision) const {
  return Range{own_begin_[provision], own_end_[provision]};
}

Range DocumentIndex::SubtreeRange(uint32_t provision) const {
  const Provision& p = doc_->provisions[provision];
  uint32_t last = static_cast<uint32_t>(p.end) - 1;
  return Range{own_begin_[provision], own_end_[last]};
}

Range DocumentIndex::SentenceRange(uint32_t s) const {
  return Range{sentence_begin_[s], sentence_begin_[s + 1]};
}

void DocumentIndex::BuildUnits() const {
  if (units_built_) return;
  units_built_ = true;
  const auto& provisions = doc_->provisions;
  const uint32_t n = static_cast<uint32_t>(provisions.size());
  for (auto& u : units_) u.clear();

  // Sentences.
  for (uint32_t s = 0; s + 1 < sentence_begin_.size(); ++s) units_[0].push_back(SentenceRange(s));
  // Provisions: one unit per provision, indexed like the provisions.
  for (uint32_t p = 0; p < n; ++p) units_[1].push_back(OwnRange(p));
  // Documents.
  units_[3].push_back(Range{0, token_count()});

  // Articles: outermost article subtrees; outside articles, the largest
  // subtrees without articles, and containers' own text. No article at all:
  // the whole document.
  std::vector<uint8_t> has_article(n, 0);
  bool any_article = false;
  for (uint32_t p = n; p-- > 0;) {
    if (IsArticleKind(provisions[p].kind)) {
      has_article[p] = 1;
      any_article = true;
    }
    if (has_article[p] && provisions[p].parent >= 0) has_article[provisions[p].parent] = 1;
  }
  std::vector<Range> articles;
  if (!any_article) {
    articles.push_back(Range{0, token_count()});
  } else {
    for (uint32_t p = 0; p < n;) {
      bool whole = IsArticleKind(provisions[p].kind) || !has_article[p];
      if (whole) {
        articles.push_back(SubtreeRange(p));
        p = static_cast<uint32_t>(provisions[p].end);
      } else {
        articles.push_back(OwnRange(p));
        ++p;
      }
    }
  }
  // An "article" of hundreds of sentences is no article: a law published as
  // one text block, an amendment bill's single instruction. There, words
  // pages apart are not one provision's, so the unit is cut into windows.
  article_begins_.clear();
  for (const Range& a : articles) {
    const uint32_t first = a.begin < a.end ? tokens_.tokens[a.begin].sentence : 0;
    const uint32_t last = a.begin < a.end ? tokens_.tokens[a.end - 1].sentence : 0;
    if (last - first < kMaxArticleSentences) {
      units_[2].push_back(a);
    } else {
      for (uint32_t s = first; s <= last; s += kArticleWindowSentences) {
        const uint32_t end_sentence = std::min(last + 1, s + kArticleWindowSentences);
        units_[2].push_back(Range{std::max(a.begin, sentence_begin_[s]),
                                  std::min(a.end, sentence_begin_[end_sentence])});
      }
    }
  }
  for (const Range& u : units_[2]) article_begins_.push_back(u.begin);
}

const std::vector<Range>& DocumentIndex::Units(Scope scope) const {
  BuildUnits();
  return units_[static_cast<size_t>(scope)];
}

uint32_t DocumentIndex::UnitOf(Scope scope, uint32_t t) const {
  BuildUnits();
  switch (scope) {
    case Scope::kSentence:
      return tokens_.tokens[t].sentence;
    case Scope::kProvision:
      return ProvisionOf(t);
    case Scope::kArticle:
      // The last unit starting at or before t (units are in token order).
      return static_cast<uint32_t>(
          std::upper_bound(article_begins_.begin(), article_begins_.end(), t) -
          article_begins_.begin() - 1);
    case Scope::kDocument:
      return 0;
  }
  return 0;
}

uint32_t DocumentIndex::UnitProvision(Scope scope, uint32_t unit) const {
  const Range& r = Units(scope)[unit];
  if (scope == Scope::kProvision) return unit;
  if (r.begin < r.end) return ProvisionOf(r.begin);
  return 0;
}

void DocumentIndex::ExtractSentence(uint32_t s) const {
  if (quantity_begin_[s] != kNotExtracted) return;
  quantity_begin_[s] = static_cast<uint32_t>(quantities_.size());
  const Range sentence = SentenceRange(s);
  QuantityExtractor extractor(&rules_->numbers());
  extractor.Extract(tokens_, sentence.begin, sentence.end, &quantities_);
  quantity_end_[s] = static_cast<uint32_t>(quantities_.size());
}

void DocumentIndex::QuantitiesIn(Range range, std::vector<Quantity>* out) const {
  out->clear();
  if (range.begin >= range.end) return;
  const uint32_t first = tokens_.tokens[range.begin].sentence;
  const uint32_t last = tokens_.tokens[range.end - 1].sentence;
  for (uint32_t s = first; s <= last; ++s) {
    ExtractSentence(s);
    for (uint32_t q = quantity_begin_[s]; q < quantity_end_[s]; ++q) {
      const Quantity& quantity = quantities_[q];
      if (quantity.first_token >= range.begin && quantity.last_token < range.end) {
        out->push_back(quantity);
      }
    }
  }
}

}  // namespace concord::eval
