#include "concord/tokenizer.h"

#include "abbreviations.h"
#include "char_table.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace concord {
namespace {

using text::CharInfo;

// A longer run of word characters is split into tokens of at most this many
// source bytes, so that a normalized form always fits Token::norm_size.
constexpr size_t kMaxTokenBytes = 1024;
// Longest chain of period-joined parts ("e.g", "т.е") checked as one
// abbreviation, in normalized bytes.
constexpr size_t kMaxChainBytes = 16;

// ASCII letters and digits -> their folded byte; 0 for every other byte.
constexpr std::array<char, 256> kAsciiWord = [] {
  std::array<char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
  return t;
}();

// One pass over a text: classifies each code point through the table, folds
// word characters into a buffer as it goes, and decides sentence and clause
// breaks when the next token arrives (a period's meaning depends on it).
class Scanner {
 public:
  Scanner(std::string_view text, uint8_t field, TokenStream* out)
      : begin_(reinterpret_cast<const unsigned char*>(text.data())),
        end_(begin_ + text.size()),
        field_(field),
        out_(out),
        table_(text::CharTableData()) {}

  void Run() {
    w_ = out_->normalized.size();
    Scan();
    out_->normalized.resize(w_);
  }

 private:
  // The entry of the code point at p (a table entry or a scratch copy of an
  // ICU classification) and its byte length.
  const CharInfo* Decode(const unsigned char* p, size_t* len) {
    if (*p < 0x80) {
      *len = 1;
      return table_ + *p;
    }
    uint32_t cp;
    *len = text::DecodeUtf8(p, end_, &cp);
    if (const CharInfo* info = text::LookupChar(table_, cp)) return info;
    scratch_ = text::ClassOnlyWithIcu(cp);
    return &scratch_;
  }
  uint8_t ClassAt(const unsigned char* p) {
    if (p >= end_) return text::kSpace;
    size_t len;
    return Decode(p, &len)->cls;
  }

  void Scan();
  const unsigned char* ScanWord(const unsigned char* p);
  void Punctuation(const CharInfo& info, const unsigned char* p, size_t len);
  void Emit(uint32_t begin, uint32_t end, uint32_t norm_begin, uint16_t flags);
  bool PeriodEndsSentence(std::string_view next, uint16_t next_flags);
  // True if `t` (of this call) is one code point long: "a", "ч".
  bool IsSingleChar(const Token& t) const {
    const uint32_t size = t.end - t.begin;
    return size == 1 || (size == 2 && begin_[t.begin] >= 0xC0);
  }
  bool LastTokenEndsAt(const unsigned char* p) const {
    return out_->tokens.size() > call_first_ &&
           out_->tokens.back().end == static_cast<uint32_t>(p - begin_);
  }

  const unsigned char* begin_;
  const unsigned char* end_;
  uint8_t field_;
  TokenStream* out_;
  const CharInfo* table_;
  CharInfo scratch_;
  size_t call_first_ = 0;  // index of this call's first token

  // Breaks seen since the last token.
  bool sentence_break_ = true;
  bool clause_break_ = false;
  bool period_pending_ = false;   // a '.' that may end the sentence
  bool period_attached_ = false;  // ... directly after the last token
  bool chain_ = false;            // only a '.' (and spaces) since the last token
  bool new_line_ = true;          // a line break since the last token
  uint32_t newlines_ = 0;
  uint8_t last_mark_ = text::kOther;  // last non-space class since the last token
  uint8_t prev_cls_ = text::kSpace;   // class of the previous code point

  bool last_first_on_line_ = false;  // the last token opened its line
  size_t chain_start_ = 0;           // first token of the last token's "a.b.c" chain
  // Normalized forms are written straight into out_->normalized, whose size
  // runs ahead of the write position w_ while Run is active (no per-token
  // append); Run trims it at the end.
  size_t w_ = 0;
  std::string slow_;  // a word normalized through ICU
};

void Scanner::Scan() {
  call_first_ = out_->tokens.size();
  const unsigned char* p = begin_;
  while (p < end_) {
    if (*p == ' ') {
      prev_cls_ = text::kSpace;
      ++p;
      continue;
    }
    size_t len;
    const CharInfo* info = Decode(p, &len);
    if (info->flags & text::kCharWordStart) {
      p = ScanWord(p);
      prev_cls_ = text::kLetter;
      continue;
    }
    Punctuation(*info, p, len);
    prev_cls_ = info->cls;
    p += len;
  }
}

const unsigned char* Scanner::ScanWord(const unsigned char* p) {
  const unsigned char* start = p;
  const unsigned char* limit =
      static_cast<size_t>(end_ - p) > kMaxTokenBytes ? p + kMaxTokenBytes : end_;
  // Room for the fold of every code point up to `limit`, and for the rest of
  // the text if it folds to no more bytes than it has (the common case).
  std::string& norm = out_->normalized;
  const size_t room = static_cast<size_t>(limit - p) * sizeof(CharInfo::fold) + 8;
  if (norm.size() < w_ + room) norm.resize(w_ + std::max(room, static_cast<size_t>(end_ - p) + 64));
  char* const word = norm.data() + w_;
  size_t n = 0;
  bool digits = true;
  uint8_t any = 0;  // OR of the flags of the non-ASCII code points
  uint8_t last = text::kOther;
  size_t len;
  const uint16_t capital = (Decode(p, &len)->flags & text::kCharUpper) ? kTokenCapital : 0;
  while (p < limit) {
    // ASCII letters and digits: one table load and one byte each.
    const unsigned char* run = p;
    while (p < limit) {
      const char f = kAsciiWord[*p];
      if (f == 0) break;
      word[n++] = f;
      digits &= f <= '9';
      ++p;
    }
    if (p != run) last = word[n - 1] > '9' ? text::kLetter : text::kDigit;
    // Two-byte word characters below U+0500 (Latin, Greek, Cyrillic)
    // straight from the table.
    const CharInfo* a = nullptr;
    while (p + 1 < limit && p[0] >= 0xC2 && p[0] < 0xD4 && (p[1] & 0xC0) == 0x80) {
      const CharInfo* c = table_ + (((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
      if (!(c->flags & text::kCharWord)) break;
      any |= c->flags;
      std::memcpy(word + n, c->fold, sizeof(c->fold));
      n += c->fold_size;
      p += 2;
      a = c;
    }
    if (a != nullptr) {
      digits = false;
      last = a->cls;
      continue;
    }
    if (p >= limit) break;
    // Anything else through the decoder.
    a = Decode(p, &len);
    if (!(a->flags & text::kCharWord) &&
        (a->cls != text::kApostrophe || last != text::kLetter || ClassAt(p + len) != text::kLetter))
      break;
    digits = false;  // ASCII digits never get here
    any |= a->flags;
    std::memcpy(word + n, a->fold, sizeof(a->fold));
    n += a->fold_size;
    last = a->cls;
    p += len;
  }
  if (any & text::kCharSlow) {
    slow_.clear();
    text::NormalizeWithIcu(
        std::string_view(reinterpret_cast<const char*>(start), static_cast<size_t>(p - start)),
        &slow_);
    if (norm.size() < w_ + slow_.size()) norm.resize(w_ + slow_.size() + (end_ - p) + 64);
    slow_.copy(norm.data() + w_, slow_.size());
    n = slow_.size();
  }
  if (n == 0) return p;  // only marks: nothing to match
  // A list label opening a line ("1.", "2)", "b)") starts a sentence, even
  // after a heading without a period.
  if (new_line_ && (digits || p - start <= 2) && p < end_ && (*p == '.' || *p == ')') &&
      (p + 1 == end_ || p[1] == ' ' || p[1] == '\n' || p[1] == '\t'))
    sentence_break_ = true;
  const size_t norm_begin = w_;
  w_ += n;
  const uint16_t flags = capital | (digits ? kTokenDigits : 0);
  Emit(static_cast<uint32_t>(start - begin_), static_cast<uint32_t>(p - begin_),
       static_cast<uint32_t>(norm_begin), flags);
  return p;
}

void Scanner::Punctuation(const CharInfo& info, const unsigned char* p, size_t len) {
  const uint8_t cls = info.cls;
  switch (cls) {
    case text::kSpace:
    case text::kIgnorable:
      return;  // keeps last_mark_ and chain_
    case text::kNewline:
      new_line_ = true;
      chain_ = false;
      if (++newlines_ >= 2 || last_mark_ == text::kSemicolon) sentence_break_ = true;
      return;
    case text::kParagraph:
      new_line_ = true;
      chain_ = false;
      sentence_break_ = true;
      return;
    case text::kPeriod: {
      const bool attached = LastTokenEndsAt(p);
      const uint8_t next = ClassAt(p + len);
      if (next == text::kLetter || next == text::kDigit) {
        // Inside "e.g", "1.5", "5.1.2", "www.un.org": never a break.
        if (attached && prev_cls_ != text::kPeriod) {
          if (next == text::kDigit && (out_->tokens.back().flags & kTokenDigits))
            out_->tokens.back().flags |= kTokenDecimalAfter;
          chain_ = true;
          last_mark_ = cls;
          return;
        }
      }
      if (last_mark_ == text::kPeriod) {  // "..."
        chain_ = false;
      } else {
        period_pending_ = true;
        period_attached_ = attached;
        chain_ = attached;
      }
      last_mark_ = cls;
      return;
    }
    case text::kSentenceEnd:
      sentence_break_ = true;
      break;
    case text::kSemicolon:
    case text::kBracket:
      clause_break_ = true;
      break;
    case text::kComma:
    case text::kColon:
      if (LastTokenEndsAt(p) && (out_->tokens.back().flags & kTokenDigits) &&
          ClassAt(p + len) == text::kDigit) {
        if (cls == text::kComma) out_->tokens.back().flags |= kTokenDecimalAfter;
      } else {
        clause_break_ = true;
      }
      break;
    case text::kDash:
    case text::kLongDash: {
      if (LastTokenEndsAt(p)) out_->tokens.back().flags |= kTokenHyphenAfter;
      const uint8_t next = ClassAt(p + len);
      const bool spaced = (prev_cls_ == text::kSpace || prev_cls_ == text::kNewline) &&
                          (next == text::kSpace || next == text::kNewline);
      if (cls == text::kLongDash || spaced) clause_break_ = true;
      break;
    }
    default:
      break;
  }
  chain_ = false;
  last_mark_ = cls;
}

bool Scanner::PeriodEndsSentence(std::string_view next, uint16_t next_flags) {
  if (!period_attached_) return true;
  const size_t last = out_->tokens.size() - 1;
  const Token& prev = out_->tokens[last];
  const std::string_view prev_norm = out_->norm(prev);
  // A list label opening its line: "1. General provisions", "a. ...".
  if (last_first_on_line_ && ((prev.flags & kTokenDigits) || IsSingleChar(prev))) return false;
  // An initial: "J. Smith", "U.S.C.".
  if ((prev.flags & kTokenCapital) && IsSingleChar(prev)) return false;
  // The chain of period-joined parts ending at prev: "e.g", "т.е".
  char chain[kMaxChainBytes * 2];
  size_t n = 0;
  bool chain_ok = true;
  for (size_t i = chain_start_; i <= last && chain_ok; ++i) {
    const std::string_view part = out_->norm(i);
    if (n + part.size() + 1 > kMaxChainBytes) chain_ok = false;
    if (!chain_ok) break;
    if (i > chain_start_) chain[n++] = '.';
    std::memcpy(chain + n, part.data(), part.size());
    n += part.size();
  }
  text::AbbrevKind kind = text::AbbrevKind::kNone;
  if (chain_ok && chain_start_ < last) kind = text::LookupAbbreviation(std::string_view(chain, n));
  if (kind == text::AbbrevKind::kNone) kind = text::LookupAbbreviation(prev_norm);
  // A spaced compound: the "т" of "т. е." (compounds join single letters).
  if (chain_ok && prev_norm.size() <= 2 && next.size() <= 2) {
    chain[n] = '.';
    std::memcpy(chain + n + 1, next.data(), next.size());
    if (text::IsCompoundAbbreviation(std::string_view(chain, n + 1 + next.size()))) return false;
  }
  switch (kind) {
    case text::AbbrevKind::kAlways:
      return false;
    case text::AbbrevKind::kBeforeLower:
      return (next_flags & kTokenCapital) != 0;
    case text::AbbrevKind::kBeforeDigit:
      return !(next_flags & kTokenDigits);
    case text::AbbrevKind::kNone:
      break;
  }
  return true;
}

void Scanner::Emit(uint32_t begin, uint32_t end, uint32_t norm_begin, uint16_t flags) {
  const uint16_t norm_size = static_cast<uint16_t>(w_ - norm_begin);
  bool sentence = sentence_break_;
  if (!sentence && period_pending_)
    sentence =
        PeriodEndsSentence(std::string_view(out_->normalized).substr(norm_begin, norm_size), flags);
  uint32_t sentence_index, clause_index;
  if (sentence) {
    sentence_index = out_->sentence_count++;
    clause_index = out_->clause_count++;
  } else {
    const Token& prev = out_->tokens.back();
    sentence_index = prev.sentence;
    clause_index = clause_break_ ? out_->clause_count++ : prev.clause;
  }
  // Filled in place: building a Token on the stack and copying it stalls on
  // store forwarding.
  Token& t = out_->tokens.emplace_back();
  t.begin = begin;
  t.end = end;
  t.norm_begin = norm_begin;
  t.norm_size = norm_size;
  t.flags = flags;
  t.sentence = sentence_index;
  t.clause = clause_index;
  t.field = field_;
  const bool chained = chain_ && !sentence && !clause_break_ && !new_line_;
  if (!chained) chain_start_ = out_->tokens.size() - 1;
  last_first_on_line_ = new_line_;
  sentence_break_ = clause_break_ = period_pending_ = period_attached_ = chain_ = false;
  new_line_ = false;
  newlines_ = 0;
  last_mark_ = text::kOther;
}

}  // namespace

void Tokenize(std::string_view text, uint8_t field, TokenStream* out) {
  Scanner scanner(text, field, out);
  scanner.Run();
}

}  // namespace concord
