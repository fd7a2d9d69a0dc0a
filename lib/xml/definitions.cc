#include "definitions.h"

#include "text_builder.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace concord::xml {
namespace {

// Quotation marks that open or close a defined term.
constexpr std::string_view kQuotes[] = {"\"",     "'",      "`",      "\u201C", "\u201D", "\u2018",
                                        "\u2019", "\u201E", "\u201A", "\u00AB", "\u00BB"};

// What follows a defined term in a definition.
constexpr std::string_view kCues[] = {"means",
                                      "mean",
                                      "shall mean",
                                      "includes",
                                      "include",
                                      "has the meaning",
                                      "have the meaning",
                                      "refers to",
                                      "is defined as",
                                      "означает",
                                      "означают",
                                      "понимается",
                                      "понимаются",
                                      "\u2014 ",  // dashes as separators, not hyphens
                                      "\u2013 ",
                                      "- ",
                                      ":"};

// Skips white space, quotation marks and commas at the front of `s`.
std::string_view SkipQuotes(std::string_view s) {
  for (;;) {
    if (!s.empty() && (IsXmlSpace(s.front()) || s.front() == ',')) {
      s.remove_prefix(1);
      continue;
    }
    bool quote = false;
    for (std::string_view q : kQuotes) {
      if (s.substr(0, q.size()) == q) {
        s.remove_prefix(q.size());
        quote = true;
        break;
      }
    }
    if (!quote) return s;
  }
}

bool StartsWithIgnoreAsciiCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool StartsWithCue(std::string_view s) {
  for (std::string_view cue : kCues) {
    if (!StartsWithIgnoreAsciiCase(s, cue)) continue;
    // A word cue must end at a word boundary ("meanwhile" is not "mean").
    if (IsWordByte(cue.back()) && s.size() > cue.size() && IsWordByte(s[cue.size()]) &&
        static_cast<unsigned char>(cue.back()) < 0x80) {
      continue;
    }
    return true;
  }
  return false;
}

const std::string& FieldText(const Document& doc, const TermEvent& e) {
  const Provision& p = doc.provisions[static_cast<size_t>(e.provision)];
  return e.in_heading ? p.heading : p.text;
}

std::string_view Slice(const std::string& text, uint32_t start, uint32_t end) {
  start = std::min<uint32_t>(start, static_cast<uint32_t>(text.size()));
  end = std::min<uint32_t>(std::max(start, end), static_cast<uint32_t>(text.size()));
  return std::string_view(text).substr(start, end - start);
}

// Trims quotation marks and trailing punctuation from a captured term.
std::string CleanTerm(std::string_view raw) {
  std::string term = CollapseSpace(SkipQuotes(raw));
  for (;;) {
    bool trimmed = false;
    while (!term.empty() && (term.back() == '.' || term.back() == ',' || term.back() == ':' ||
                             term.back() == ';' || IsXmlSpace(term.back()))) {
      term.pop_back();
      trimmed = true;
    }
    for (std::string_view q : kQuotes) {
      if (term.size() >= q.size() && term.compare(term.size() - q.size(), q.size(), q) == 0) {
        term.resize(term.size() - q.size());
        trimmed = true;
      }
    }
    if (!trimmed) return term;
  }
}

void Emit(const TermEvent& e, Document* doc) {
  std::string term = CleanTerm(Slice(FieldText(*doc, e), e.start, e.end));
  if (term.empty()) return;
  doc->definitions.push_back(Definition{std::move(term), e.provision, e.line, e.column});
}

// A word cue ("means", "означает" ...) within the same clause, after an
// aside such as ", for the purposes of this Convention,".
bool HasCueInClause(std::string_view s) {
  constexpr size_t kReach = 120;  // bytes: some 60 Cyrillic letters
  for (size_t i = 0; i < s.size() && i < kReach; ++i) {
    char c = s[i];
    if (c == ';' || c == '.') return false;
    if (i > 0 && IsWordByte(s[i - 1])) continue;  // cues start words
    std::string_view rest = s.substr(i);
    for (std::string_view cue : kCues) {
      if (IsWordByte(cue.front()) && StartsWithCue(rest) && StartsWithIgnoreAsciiCase(rest, cue)) {
        return true;
      }
    }
  }
  return false;
}

// How a defining sentence opens, before its term.
struct Intro {
  std::string_view rest;       // the text after the opening
  bool cue_in_clause = false;  // "Под «X» в настоящей статье понимается"
};

// Whether `s` may hold a quotation mark: an ASCII one, or the lead byte of
// « » “ ” ‘ ’ „ (0xC2, 0xE2; which also lead other marks, so this errs on
// the side of "yes").
bool HasQuote(std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\'' || c == '`' || c == '\xC2' || c == '\xE2') return true;
  }
  return false;
}

// Skips what may open a definition before the term: a short clause ("In
// this Act, ", "For the purposes of this Code, "), then "The term(s) " (US
// drafting) or "Под " (Russian: "Под «X» ... понимается").
Intro SkipIntro(std::string_view s) {
  constexpr size_t kLongestClause = 80;
  size_t comma = s.substr(0, kLongestClause + 2).find(", ");
  if (comma != std::string_view::npos && comma < kLongestClause) {
    // Only a clause that a term follows: a quotation mark, "the term", "Под".
    std::string_view rest = s.substr(comma + 2);
    bool term_follows = rest.empty() || HasQuote(rest.substr(0, 3)) ||
                        StartsWithIgnoreAsciiCase(rest, "the term") || rest.substr(0, 6) == "Под" ||
                        rest.substr(0, 6) == "под";
    if (term_follows && !HasQuote(s.substr(0, comma))) s = rest;
  }
  for (std::string_view intro : {"the terms ", "the term "}) {
    if (StartsWithIgnoreAsciiCase(s, intro)) return Intro{s.substr(intro.size())};
  }
  for (std::string_view intro : {"Под ", "под "}) {
    if (s.substr(0, intro.size()) == intro) return Intro{s.substr(intro.size()), true};
  }
  return Intro{s};
}

// Whether the text after a defined term (`raw`, quotes not yet skipped)
// carries a cue: at once, after an aside set off by a comma, or anywhere in
// the clause when the opening said so.
bool FollowedByCue(std::string_view raw, bool cue_in_clause) {
  std::string_view after = SkipQuotes(raw);
  if (StartsWithCue(after)) return true;
  // "“Torture”, for the purposes of this Convention, means ..."
  size_t comma = raw.find(',');
  bool aside = comma != std::string_view::npos && comma < raw.size() - after.size();
  return (aside || cue_in_clause) && HasCueInClause(after);
}

// A <term> that opens its block (after an intro) and is followed by a
// definition cue.
bool IsDefiningTerm(const TermEvent& e, uint32_t block_start, const Document& doc) {
  const std::string& text = FieldText(doc, e);
  std::string_view before = Slice(text, block_start, e.start);
  Intro intro = SkipIntro(before);
  if (!SkipQuotes(intro.rest).empty()) {
    // The clause skip may have eaten the term's own sentence: try without.
    intro = Intro{before};
    if (!SkipQuotes(intro.rest).empty()) return false;
  }
  return FollowedByCue(Slice(text, e.end, static_cast<uint32_t>(text.size())), intro.cue_in_clause);
}

// The closing mark for an opening quotation mark, or "" if `s` does not
// open with one.
std::string_view ClosingQuote(std::string_view s, size_t* open_length) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\"", "\""},         {"\u201C", "\u201D"}, {"\u2018", "\u2019"},
      {"\u00AB", "\u00BB"}, {"\u201E", "\u201C"}, {"``", "''"}};
  for (const auto& [open, close] : kPairs) {
    if (s.substr(0, open.size()) == open) {
      *open_length = open.size();
      return close;
    }
  }
  return {};
}

}  // namespace

void DefinitionCollector::ResolvePlain(int32_t provision, bool in_heading, uint32_t block_start,
                                       Document* doc) {
  const Provision& p = doc->provisions[static_cast<size_t>(provision)];
  const std::string& text = in_heading ? p.heading : p.text;
  std::string_view whole = Slice(text, block_start, static_cast<uint32_t>(text.size()));
  Intro intro = SkipIntro(whole);
  std::string_view block = intro.rest;
  size_t open_length = 0;
  std::string_view close = ClosingQuote(block, &open_length);
  if (close.empty()) return;
  constexpr size_t kLongestTerm = 100;
  size_t end = block.find(close, open_length);
  if (end == std::string_view::npos || end == open_length || end > kLongestTerm) return;
  if (!FollowedByCue(block.substr(end + close.size()), intro.cue_in_clause)) return;
  std::string term = CleanTerm(block.substr(open_length, end - open_length));
  if (term.empty()) return;
  // At the opening quotation mark.
  uint32_t quote = static_cast<uint32_t>(block.data() - text.data());
  Location at = doc->Locate(provision, in_heading ? TextField::kHeading : TextField::kText, quote);
  doc->definitions.push_back(Definition{std::move(term), provision, at.line, at.column});
}

void DefinitionCollector::Resolve(size_t mark, int32_t provision, bool in_heading,
                                  uint32_t block_start, Document* doc) {
  if (events_.size() <= mark) {
    if (provision >= 0) ResolvePlain(provision, in_heading, block_start, doc);
    return;
  }
  size_t pending_terms = mark;  // terms since the previous def start here
  bool any_def = false;
  for (size_t i = mark; i < events_.size(); ++i) {
    const TermEvent& e = events_[i];
    if (!e.is_def) continue;
    any_def = true;
    bool paired = false;
    for (size_t k = pending_terms; k < i; ++k) {
      if (!events_[k].is_def && events_[k].provision == e.provision) {
        Emit(events_[k], doc);
        paired = true;
      }
    }
    if (!paired) Emit(e, doc);
    pending_terms = i + 1;
  }
  if (!any_def) {
    for (size_t i = mark; i < events_.size(); ++i) {
      if (IsDefiningTerm(events_[i], block_start, *doc)) Emit(events_[i], doc);
    }
  }
  events_.resize(mark);
}

}  // namespace concord::xml
