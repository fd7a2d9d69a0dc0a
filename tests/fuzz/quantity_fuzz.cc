// Fuzz target: Tokenize, then NumberReader::Read at every token and
// QuantityExtractor::Extract over the whole stream and sentence by sentence.
// Checks the contracts of tokenizer.h and quantity.h: tokens lie inside the
// text in order, matches stay inside the stream, quantities come ordered by
// first_token, and extracting per sentence gives what the whole stream gives.

#include "concord/quantity.h"
#include "concord/status.h"
#include "concord/tokenizer.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

namespace {

void Expect(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "quantity invariant broken: %s\n", what);
  std::abort();
}

// Built once: ICU spellout rules are costly to create. The lexicon has the
// shapes packs use (a prefix with a unit, a whole word without).
const concord::NumberReader* Reader() {
  static const concord::NumberReader* reader = [] {
    std::vector<concord::NumberWord> lexicon = {
        {"шестнадцатилетн*", 16, concord::Unit::kYear},
        {"восемнадцатилетн*", 18, concord::Unit::kYear},
        {"fourteen-year*", 14, concord::Unit::kYear},
        {"dozen", 12, concord::Unit::kNone},
    };
    std::unique_ptr<concord::NumberReader> made;
    concord::Status status = concord::NumberReader::Create(std::move(lexicon), &made);
    if (!status.ok()) {
      std::fprintf(stderr, "NumberReader::Create: %s\n", status.ToString().c_str());
      std::abort();
    }
    return made.release();
  }();
  return reader;
}

bool Same(const concord::Quantity& a, const concord::Quantity& b) {
  auto same_value = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
  return same_value(a.value, b.value) && same_value(a.upper, b.upper) && a.unit == b.unit &&
         a.bound == b.bound && a.is_range == b.is_range && a.is_age == b.is_age &&
         a.relative == b.relative && a.first_token == b.first_token && a.last_token == b.last_token;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  concord::TokenStream tokens;
  concord::Tokenize(text, 0, &tokens);
  uint32_t count = static_cast<uint32_t>(tokens.tokens.size());
  for (uint32_t i = 0; i < count; ++i) {
    const concord::Token& t = tokens.tokens[i];
    Expect(t.begin < t.end && t.end <= size, "token inside the text");
    Expect(i == 0 || tokens.tokens[i - 1].end <= t.begin, "tokens in order");
    Expect(t.norm_begin + t.norm_size <= tokens.normalized.size(), "normalized form inside");
    Expect(t.sentence < tokens.sentence_count, "sentence index in range");
    Expect(t.clause < tokens.clause_count, "clause index in range");
    Expect(i == 0 || tokens.tokens[i - 1].sentence <= t.sentence, "sentences in order");
  }

  const concord::NumberReader* reader = Reader();
  for (uint32_t i = 0; i < count; ++i) {
    concord::NumberMatch match;
    if (!reader->Read(tokens, i, &match)) continue;
    Expect(match.first_token == i, "a number starts where it was read");
    Expect(match.last_token >= i && match.last_token < count, "a number ends inside");
  }

  concord::QuantityExtractor extractor(reader);
  std::vector<concord::Quantity> whole;
  extractor.Extract(tokens, &whole);
  for (size_t q = 0; q < whole.size(); ++q) {
    Expect(whole[q].first_token <= whole[q].last_token, "quantity tokens ordered");
    Expect(whole[q].last_token < count, "quantity inside the stream");
    Expect(q == 0 || whole[q - 1].first_token <= whole[q].first_token,
           "quantities ordered by first_token");
  }

  // Sentence by sentence (as the evaluator asks) gives the same quantities.
  std::vector<concord::Quantity> pieces;
  uint32_t begin = 0;
  while (begin < count) {
    uint32_t end = begin + 1;
    while (end < count && tokens.tokens[end].sentence == tokens.tokens[begin].sentence) ++end;
    extractor.Extract(tokens, begin, end, &pieces);
    begin = end;
  }
  Expect(pieces.size() == whole.size(), "per-sentence extraction finds as many quantities");
  for (size_t q = 0; q < whole.size(); ++q) {
    Expect(Same(pieces[q], whole[q]), "per-sentence extraction finds the same quantities");
  }
  return 0;
}
