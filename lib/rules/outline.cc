// Instrument outlines: the articles of a treaty (from Concord's outline or a
// user's official text) and the full text of each provision.

#include "concord/outline.h"

#include "read_context.h"

#include "concord/loader.h"
#include "concord/normalizer.h"

#include <algorithm>
#include <array>

namespace concord {
namespace {

// Words that may precede an article number, normalized.
constexpr std::array<std::string_view, 10> kArticleWords = {
    "article", "art", "статья", "ст", "section", "sec", "rule", "regulation", "artikel", "§"};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpaceByte(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpaceByte(text.back())) text.remove_suffix(1);
  return text;
}

// `num` without a leading "Article", "Art.", "Статья", "§" ...
std::string_view StripArticleWord(std::string_view num) {
  size_t end = 0;
  while (end < num.size() && !IsSpaceByte(num[end]) && num[end] != '.' &&
         !(num[end] >= '0' && num[end] <= '9') && num[end] != '(') {
    ++end;
  }
  if (end == 0) return num;
  std::string word = NormalizedWord(num.substr(0, end));
  if (std::find(kArticleWords.begin(), kArticleWords.end(), word) == kArticleWords.end()) {
    return num;
  }
  num.remove_prefix(end);
  if (!num.empty() && num.front() == '.') num.remove_prefix(1);
  return Trim(num);
}

// The text of provision `index` and everything it contains: its own text,
// then each descendant's number, heading and text, white space collapsed.
// Descendants with no words anywhere below them (an outline's empty
// paragraphs) are left out, numbers and all.
std::string SubtreeText(const Document& doc, size_t index) {
  const Provision& top = doc.provisions[index];
  std::vector<uint8_t> has_words(static_cast<size_t>(top.end) - index, 0);
  for (size_t i = static_cast<size_t>(top.end); i-- > index;) {
    const Provision& p = doc.provisions[i];
    if (!Trim(p.text).empty() || !Trim(p.heading).empty()) has_words[i - index] = 1;
    if (has_words[i - index] && p.parent >= static_cast<int32_t>(index)) {
      has_words[static_cast<size_t>(p.parent) - index] = 1;
    }
  }
  std::string text = top.text;
  for (size_t i = index + 1; i < static_cast<size_t>(top.end); ++i) {
    const Provision& p = doc.provisions[i];
    if (!has_words[i - index]) continue;
    for (const std::string* part : {&p.num, &p.heading, &p.text}) {
      if (part->empty()) continue;
      text += ' ';
      text += *part;
    }
  }
  return CollapseSpace(text);
}

using ProvisionTexts = std::vector<std::pair<std::string, std::string>>;

ProvisionTexts::const_iterator LowerBound(const ProvisionTexts& texts, std::string_view eid) {
  return std::lower_bound(
      texts.begin(), texts.end(), eid,
      [](const auto& entry, std::string_view key) { return entry.first < key; });
}

}  // namespace

std::string BareArticleNumber(std::string_view num) {
  num = StripArticleWord(Trim(num));
  size_t end = 0;
  while (end < num.size() && !IsSpaceByte(num[end]) && num[end] != '(') ++end;
  num = num.substr(0, end);
  while (!num.empty() &&
         (num.back() == '.' || num.back() == ':' || num.back() == ',' || num.back() == ')')) {
    num.remove_suffix(1);
  }
  return std::string(num);
}

const ArticleOutline* InstrumentOutline::Find(std::string_view eid,
                                              std::string_view article) const {
  if (!eid.empty()) {
    for (const ArticleOutline& a : articles) {
      if (a.eid == eid) return &a;
    }
    for (const ArticleOutline& a : articles) {
      if (!a.eid.empty() && eid.starts_with(a.eid) && eid.substr(a.eid.size()).starts_with("__")) {
        return &a;
      }
    }
  }
  if (article.empty()) return nullptr;
  std::string bare = BareArticleNumber(article);
  for (const ArticleOutline& a : articles) {
    if (!bare.empty() && a.num == bare) return &a;
  }
  return nullptr;
}

std::string InstrumentOutline::ProvisionText(std::string_view eid) const {
  auto it = LowerBound(provision_texts, eid);
  if (it == provision_texts.end() || it->first != eid) return "";
  return it->second;
}

bool InstrumentOutline::HasProvision(std::string_view eid) const {
  auto it = LowerBound(provision_texts, eid);
  return it != provision_texts.end() && it->first == eid;
}

Status OutlineFromDocument(const Document& doc, InstrumentOutline* out) {
  *out = InstrumentOutline();
  out->path = doc.path;
  out->frbr_work = doc.frbr_work;
  out->title = CollapseSpace(doc.title);
  for (size_t i = 0; i < doc.provisions.size(); ++i) {
    const Provision& p = doc.provisions[i];
    std::string text = SubtreeText(doc, i);
    if (IsArticleKind(p.kind)) {
      out->articles.push_back(
          ArticleOutline{BareArticleNumber(p.num), p.id, CollapseSpace(p.heading), text, p.line});
    }
    if (!p.id.empty()) out->provision_texts.emplace_back(p.id, std::move(text));
  }
  std::stable_sort(out->provision_texts.begin(), out->provision_texts.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  auto same = [](const auto& a, const auto& b) { return a.first == b.first; };
  out->provision_texts.erase(
      std::unique(out->provision_texts.begin(), out->provision_texts.end(), same),
      out->provision_texts.end());
  return Status::Ok();
}

Status LoadOutline(const std::string& path, InstrumentOutline* out) {
  Document doc;
  Diagnostics diagnostics;
  Status status = LoadDocumentFile(path, LoadOptions{}, &doc, &diagnostics);
  if (!status.ok()) return status;
  return OutlineFromDocument(doc, out);
}

}  // namespace concord
