// SplitTerm: a term's text -> normalized words, split exactly as documents are.

#include "concord/matcher.h"
#include "concord/tokenizer.h"

#include <string>
#include <vector>

namespace concord {
namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// True if some token of `stream` ends at byte `offset`; sets *index to it.
bool TokenEndingAt(const TokenStream& stream, uint32_t offset, size_t* index) {
  for (size_t i = 0; i < stream.tokens.size(); ++i) {
    if (stream.tokens[i].end == offset) {
      *index = i;
      return true;
    }
  }
  return false;
}

bool TokenStartingAt(const TokenStream& stream, uint32_t offset) {
  for (const Token& token : stream.tokens) {
    if (token.begin == offset) return true;
  }
  return false;
}

}  // namespace

Status SplitTerm(std::string_view text, std::vector<TermWord>* words) {
  words->clear();
  // Reused: packs hold tens of thousands of terms, each split when it is read
  // and again when it is compiled.
  thread_local TokenStream stream;
  stream.Clear();
  Tokenize(text, 0, &stream);
  for (const Token& token : stream.tokens) {
    words->push_back(TermWord{std::string(stream.norm(token)), false});
  }
  // Every '*' must directly follow a word's last character and be followed by
  // no letter or digit of the same word: "пытк*" yes, "to*rt", "*", "a-*" no.
  for (size_t star = text.find('*'); star != std::string_view::npos;
       star = text.find('*', star + 1)) {
    size_t index = 0;
    uint32_t offset = static_cast<uint32_t>(star);
    if (!TokenEndingAt(stream, offset, &index) || TokenStartingAt(stream, offset + 1)) {
      words->clear();
      return Status::InvalidArgument("misplaced '*' in term '" + std::string(text) +
                                     "' (a '*' may only end a word)");
    }
    (*words)[index].prefix = true;
  }
  if (words->empty()) {
    return Status::InvalidArgument(IsBlank(text) ? std::string("empty term")
                                                 : "term '" + std::string(text) + "' has no words");
  }
  return Status::Ok();
}

}  // namespace concord
