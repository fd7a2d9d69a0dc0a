#include "concord/tokenizer.h"

#include "abbreviations.h"
#include "char_table.h"

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

  void Run();

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
  char word_[kMaxTokenBytes * sizeof(CharInfo::fold) + sizeof(CharInfo::fold)];
};

void Scanner::Run() {
  call_first_ = out_->tokens.size();
  const unsigned char* p = begin_;
  while (p < end_) {
    size_t len;
    const CharInfo* info = Decode(p, &len);
    if (text::IsWordClass(info->cls) && info->cls != text::kIgnorable) {
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
  size_t n = 0;
  bool slow = false;
  bool digits = true;
  uint8_t last = text::kOther;
  uint16_t flags = 0;
  size_t len;
  const CharInfo* info = Decode(p, &len);
  if (info->flags & text::kCharUpper) flags |= kTokenCapital;
  while (true) {
    if (text::IsWordClass(info->cls)) {
      digits &= info->cls == text::kDigit && (info->flags & text::kCharAscii);
    } else if (info->cls == text::kApostrophe && last == text::kLetter &&
               ClassAt(p + len) == text::kLetter) {
      digits = false;
    } else {
      break;
    }
    if (info->flags & text::kCharSlow) slow = true;
    std::memcpy(word_ + n, info->fold, sizeof(info->fold));
    n += info->fold_size;
    last = info->cls;
    p += len;
    if (p >= end_ || static_cast<size_t>(p - start) >= kMaxTokenBytes) break;
    info = Decode(p, &len);
  }
  std::string& norm = out_->normalized;
  const size_t norm_begin = norm.size();
  if (slow) {
    text::NormalizeWithIcu(
        std::string_view(reinterpret_cast<const char*>(start), static_cast<size_t>(p - start)),
        &norm);
  } else {
    norm.append(word_, n);
  }
  if (norm.size() == norm_begin) return p;  // only marks: nothing to match
  if (digits) flags |= kTokenDigits;
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
  // A spaced compound: the "т" of "т. е.".
  if (chain_ok && n + 1 + next.size() <= sizeof(chain)) {
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
  const uint16_t norm_size = static_cast<uint16_t>(out_->normalized.size() - norm_begin);
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
