// Tests of the compiled matcher: terms, prefixes, gaps, sentences, and a
// cross-check against a naive reference matcher on generated token streams.

#include "concord/matcher.h"

#include "concord/tokenizer.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>

namespace concord {
namespace {

using HitTuple = std::tuple<uint32_t, uint32_t, uint32_t>;  // term, first, last

std::unique_ptr<Matcher> MustCompile(const std::vector<Term>& terms) {
  std::unique_ptr<Matcher> matcher;
  Status status = Matcher::Compile(terms, &matcher);
  REQUIRE_MESSAGE(status.ok(), status.ToString());
  return matcher;
}

std::vector<HitTuple> ScanStream(const Matcher& matcher, const TokenStream& tokens,
                                 MatchScratch* reused = nullptr) {
  MatchScratch fresh;
  std::vector<Hit> hits;
  matcher.Scan(tokens, reused ? reused : &fresh, &hits);
  std::vector<HitTuple> out;
  for (const Hit& hit : hits) out.emplace_back(hit.term, hit.first_token, hit.last_token);
  return out;
}

std::vector<HitTuple> ScanText(const std::vector<Term>& terms, std::string_view text) {
  TokenStream tokens;
  Tokenize(text, 0, &tokens);
  return ScanStream(*MustCompile(terms), tokens);
}

// The ids of the terms found anywhere in `text`.
std::set<uint32_t> Found(const std::vector<Term>& terms, std::string_view text) {
  std::set<uint32_t> ids;
  for (const auto& [term, first, last] : ScanText(terms, text)) ids.insert(term);
  return ids;
}

TEST_CASE("SplitTerm splits and normalizes words as documents are") {
  std::vector<TermWord> words;
  REQUIRE(SplitTerm("18-year-old", &words).ok());
  REQUIRE(words.size() == 3);
  CHECK(words[0].norm == "18");
  CHECK(words[1].norm == "year");
  CHECK(words[2].norm == "old");
  CHECK_FALSE(words[2].prefix);

  REQUIRE(SplitTerm("  Пытк*  ", &words).ok());
  REQUIRE(words.size() == 1);
  CHECK(words[0].norm == "пытк");
  CHECK(words[0].prefix);

  REQUIRE(SplitTerm("severe pain*", &words).ok());
  REQUIRE(words.size() == 2);
  CHECK_FALSE(words[0].prefix);
  CHECK(words[1].prefix);

  REQUIRE(SplitTerm("Ёлк*", &words).ok());
  CHECK(words[0].norm == "елк");
}

TEST_CASE("SplitTerm rejects empty terms and misplaced stars") {
  struct Row {
    const char* text;
    const char* message;
  };
  const Row rows[] = {
      {"", "empty term"},
      {"   ", "empty term"},
      {"—", "term '—' has no words"},
      {"to*rture", "misplaced '*' in term 'to*rture' (a '*' may only end a word)"},
      {"*", "misplaced '*' in term '*' (a '*' may only end a word)"},
      {"pain *", "misplaced '*' in term 'pain *' (a '*' may only end a word)"},
      {"pain**", "misplaced '*' in term 'pain**' (a '*' may only end a word)"},
      {"*pain", "misplaced '*' in term '*pain' (a '*' may only end a word)"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    std::vector<TermWord> words;
    Status status = SplitTerm(row.text, &words);
    CHECK(status.code() == Status::Code::kInvalidArgument);
    CHECK(status.message() == row.message);
    CHECK(words.empty());
  }
}

TEST_CASE("Compile names the term it rejects") {
  std::unique_ptr<Matcher> matcher;
  Status status = Matcher::Compile({{"torture", 0, 1}, {"to*rt", 0, 7}}, &matcher);
  CHECK(status.code() == Status::Code::kInvalidArgument);
  CHECK(status.message() == "term id 7: misplaced '*' in term 'to*rt' (a '*' may only end a word)");
  CHECK(matcher == nullptr);
  status = Matcher::Compile({{" ", 0, 3}}, &matcher);
  CHECK(status.message() == "term id 3: empty term");
}

TEST_CASE("A prefix is anchored at the start of a token") {
  std::vector<Term> terms = {{"пытк*", 0, 1}};
  CHECK(Found(terms, "пытки") == std::set<uint32_t>{1});
  CHECK(Found(terms, "пыткам") == std::set<uint32_t>{1});
  CHECK(Found(terms, "Пытка") == std::set<uint32_t>{1});
  CHECK(Found(terms, "попытка").empty());
  CHECK(Found(terms, "пыт").empty());

  std::vector<Term> english = {{"tortur*", 0, 2}};
  for (const char* word : {"torture", "tortured", "torturing", "Torture", "TORTURES"}) {
    CAPTURE(word);
    CHECK(Found(english, word) == std::set<uint32_t>{2});
  }
  CHECK(Found(english, "tort").empty());
  CHECK(Found(english, "distortur").empty());
}

TEST_CASE("An exact word matches only itself") {
  std::vector<Term> terms = {{"пыток", 0, 5}};
  CHECK(Found(terms, "не допускается пыток") == std::set<uint32_t>{5});
  CHECK(Found(terms, "пытка пытки пыткам").empty());
  CHECK(Found(terms, "пыткой").empty());
}

TEST_CASE("Prefix and exact words of one stem are told apart") {
  std::vector<Term> terms = {{"пытк*", 0, 1}, {"пыток", 0, 2}, {"пыт*", 0, 3}, {"пытки", 0, 4}};
  CHECK(ScanText(terms, "пыток пытки пыткам попытка") ==
        std::vector<HitTuple>{
            {2, 0, 0}, {3, 0, 0}, {1, 1, 1}, {3, 1, 1}, {4, 1, 1}, {1, 2, 2}, {3, 2, 2}});
}

TEST_CASE("Case and ё are folded") {
  std::vector<Term> terms = {{"ещё", 0, 1}, {"Torture", 0, 2}, {"ЁЖ*", 0, 3}};
  CHECK(ScanText(terms, "Еще TORTURE ежовый ёжик") ==
        std::vector<HitTuple>{{1, 0, 0}, {2, 1, 1}, {3, 2, 2}, {3, 3, 3}});
}

TEST_CASE("A phrase matches consecutive words in order") {
  std::vector<Term> terms = {{"severe pain", 0, 1}};
  CHECK(ScanText(terms, "It causes severe pain.") == std::vector<HitTuple>{{1, 2, 3}});
  CHECK(ScanText(terms, "pain severe").empty());
  CHECK(ScanText(terms, "severe mental pain").empty());
  CHECK(ScanText(terms, "Severe  PAIN") == std::vector<HitTuple>{{1, 0, 1}});
}

TEST_CASE("Dashes split term words as they split document words") {
  std::vector<Term> terms = {{"18-year-old", 0, 1}, {"eighteen year*", 0, 2}};
  CHECK(ScanText(terms, "an 18-year-old person") == std::vector<HitTuple>{{1, 1, 3}});
  CHECK(ScanText(terms, "an 18 year old person") == std::vector<HitTuple>{{1, 1, 3}});
  CHECK(ScanText(terms, "eighteen-years") == std::vector<HitTuple>{{2, 0, 1}});
}

TEST_CASE("gap allows up to N other words between consecutive words") {
  const char* text = "severe pain; severe and pain; severe and mental pain; severe a b c pain";
  // Tokens: severe0 pain1 severe2 and3 pain4 severe5 and6 mental7 pain8 severe9 a10 b11 c12 pain13
  CHECK(ScanText({{"severe pain", 0, 1}}, text) == std::vector<HitTuple>{{1, 0, 1}});
  CHECK(ScanText({{"severe pain", 1, 1}}, text) == std::vector<HitTuple>{{1, 0, 1}, {1, 2, 4}});
  CHECK(ScanText({{"severe pain", 2, 1}}, text) ==
        std::vector<HitTuple>{{1, 0, 1}, {1, 2, 4}, {1, 5, 8}});
}

TEST_CASE("A gap reports every end and each end once") {
  // "a b b b" with "a b" gap 2: ends at 1, 2 and 3; "a b b" gap 1: (0,2) by two paths.
  CHECK(ScanText({{"a b", 2, 7}}, "a b b b") ==
        std::vector<HitTuple>{{7, 0, 1}, {7, 0, 2}, {7, 0, 3}});
  CHECK(ScanText({{"a b b", 1, 8}}, "a b b b") == std::vector<HitTuple>{{8, 0, 2}, {8, 0, 3}});
}

TEST_CASE("Terms never match across sentences") {
  std::vector<Term> terms = {{"severe pain", 3, 1}, {"pain", 0, 2}};
  CHECK(ScanText(terms, "It is severe. Pain follows.") == std::vector<HitTuple>{{2, 3, 3}});
  TokenStream tokens;
  Tokenize("severe", 0, &tokens);
  Tokenize("pain", 0, &tokens);  // a new call starts a new sentence
  CHECK(ScanStream(*MustCompile(terms), tokens) == std::vector<HitTuple>{{2, 1, 1}});
}

TEST_CASE("Hits are ordered by first token, last token and term id, overlaps included") {
  std::vector<Term> terms = {{"torture", 0, 9}, {"tortur*", 0, 4}, {"torture victim*", 0, 2},
                             {"victim", 0, 1},  {"tort*", 0, 3},   {"victims of torture", 0, 5}};
  CHECK(ScanText(terms, "victims of torture victims") ==
        std::vector<HitTuple>{{5, 0, 2}, {3, 2, 2}, {4, 2, 2}, {9, 2, 2}, {2, 2, 3}});
}

TEST_CASE("Terms that share an id are reported once per span") {
  std::vector<Term> terms = {{"пытк*", 0, 4}, {"пытки", 0, 4}, {"пытки", 0, 4}};
  CHECK(ScanText(terms, "пытки") == std::vector<HitTuple>{{4, 0, 0}});
  CHECK(MustCompile(terms)->term_count() == 3);
}

TEST_CASE("Many terms sharing prefixes") {
  std::vector<Term> terms;
  std::vector<std::string> words;
  for (int i = 0; i < 200; ++i) {
    std::string stem = "tort" + std::string(static_cast<size_t>(i % 7), 'u') + std::to_string(i);
    words.push_back(stem);
    terms.push_back({stem + "*", 0, static_cast<uint32_t>(i)});
  }
  terms.push_back({"tort*", 0, 1000});
  terms.push_back({"tort tort0", 0, 1001});
  // Stems: "tort" + (i % 7) times 'u' + i, so "tortuu9x" starts with stem 9 only.
  CHECK(ScanText(terms, "tort1234 tortuu9x") ==
        std::vector<HitTuple>{{1000, 0, 0}, {9, 1, 1}, {1000, 1, 1}});
  CHECK(ScanText(terms, "tort tort0") ==
        std::vector<HitTuple>{{1000, 0, 0}, {1001, 0, 1}, {0, 1, 1}, {1000, 1, 1}});
}

TEST_CASE("A scratch is reused across scans and matchers") {
  auto first = MustCompile({{"alpha", 0, 1}});
  auto second = MustCompile({{"beta", 0, 2}});
  TokenStream tokens;
  Tokenize("alpha beta", 0, &tokens);
  MatchScratch scratch;
  std::vector<Hit> hits;
  first->Scan(tokens, &scratch, &hits);
  second->Scan(tokens, &scratch, &hits);
  first->Scan(tokens, &scratch, &hits);
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].term == 1);
  CHECK(hits[1].term == 2);
  CHECK(hits[1].first_token == 1);
  CHECK(hits[2].term == 1);
}

TEST_CASE("An empty stream and an empty matcher give no hits") {
  TokenStream tokens;
  CHECK(ScanStream(*MustCompile({{"a", 0, 1}}), tokens).empty());
  Tokenize("some words", 0, &tokens);
  CHECK(ScanStream(*MustCompile({}), tokens).empty());
}

// ---- Cross-check against a naive reference matcher ----

struct RefTerm {
  std::vector<TermWord> words;
  uint32_t gap = 0;
  uint32_t id = 0;
};

bool WordMatches(const TermWord& word, std::string_view token) {
  return word.prefix ? token.starts_with(word.norm) : token == word.norm;
}

// Does words[k..] match starting at token `at`, given word k-1 matched at
// `at`? Collects every last token into *ends.
void RefFollow(const RefTerm& term, const TokenStream& tokens, size_t k, size_t at,
               std::set<uint32_t>* ends) {
  if (k == term.words.size()) {
    ends->insert(static_cast<uint32_t>(at));
    return;
  }
  for (size_t j = at + 1; j <= at + 1 + term.gap && j < tokens.tokens.size(); ++j) {
    if (tokens.tokens[j].sentence != tokens.tokens[at].sentence) break;
    if (WordMatches(term.words[k], tokens.norm(j))) RefFollow(term, tokens, k + 1, j, ends);
  }
}

std::vector<HitTuple> RefScan(const std::vector<RefTerm>& terms, const TokenStream& tokens) {
  std::set<std::tuple<uint32_t, uint32_t, uint32_t>> found;  // first, last, term
  for (size_t i = 0; i < tokens.tokens.size(); ++i) {
    for (const RefTerm& term : terms) {
      if (!WordMatches(term.words[0], tokens.norm(i))) continue;
      std::set<uint32_t> ends;
      RefFollow(term, tokens, 1, i, &ends);
      for (uint32_t end : ends) found.emplace(static_cast<uint32_t>(i), end, term.id);
    }
  }
  std::vector<HitTuple> out;
  for (const auto& [first, last, id] : found) out.emplace_back(id, first, last);
  return out;
}

// A token stream of `words` built directly (the words are already normalized).
TokenStream MakeStream(const std::vector<std::string>& words,
                       const std::vector<uint32_t>& sentence) {
  TokenStream tokens;
  for (size_t i = 0; i < words.size(); ++i) {
    Token token;
    token.norm_begin = static_cast<uint32_t>(tokens.normalized.size());
    token.norm_size = static_cast<uint16_t>(words[i].size());
    token.sentence = sentence[i];
    tokens.normalized += words[i];
    tokens.tokens.push_back(token);
  }
  tokens.sentence_count = sentence.empty() ? 0 : sentence.back() + 1;
  return tokens;
}

TEST_CASE("The compiled matcher agrees with the reference on generated streams") {
  const std::vector<std::string> vocabulary = {
      "torture", "tortured", "tort",  "to",    "the",    "severe",  "sever", "pain",
      "and",     "not",      "пытка", "пытки", "пыток",  "попытка", "пыт",   "боль",
      "боли",    "и",        "не",    "нет",   "жесток", "жестокое"};
  std::mt19937 random(20261127);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  size_t total_hits = 0;
  MatchScratch scratch;  // shared by every matcher and stream, as a scanning thread's
  for (int round = 0; round < 400; ++round) {
    CAPTURE(round);
    // Terms: 1-3 words; a word may be cut to a prefix of itself.
    std::vector<Term> terms;
    std::vector<RefTerm> reference;
    size_t term_count = 1 + pick(40);
    for (size_t t = 0; t < term_count; ++t) {
      std::string text;
      size_t words = 1 + pick(3);
      for (size_t w = 0; w < words; ++w) {
        std::string word = vocabulary[pick(vocabulary.size())];
        if (pick(3) == 0) {
          // A prefix of at least one letter (Cyrillic letters are two bytes).
          size_t unit = static_cast<unsigned char>(word[0]) >= 0x80 ? 2 : 1;
          size_t letters = word.size() / unit;
          word = word.substr(0, unit * (1 + pick(letters))) + "*";
        }
        text += (w ? " " : "") + word;
      }
      Term term{text, static_cast<uint32_t>(pick(3)), static_cast<uint32_t>(pick(term_count))};
      terms.push_back(term);
      RefTerm ref{{}, term.gap, term.id};
      REQUIRE(SplitTerm(term.text, &ref.words).ok());
      reference.push_back(ref);
    }
    auto matcher = MustCompile(terms);
    for (int stream = 0; stream < 5; ++stream) {
      std::vector<std::string> words;
      std::vector<uint32_t> sentences;
      uint32_t sentence = 0;
      size_t length = pick(60);
      for (size_t i = 0; i < length; ++i) {
        if (pick(8) == 0) ++sentence;
        words.push_back(vocabulary[pick(vocabulary.size())]);
        sentences.push_back(sentence);
      }
      TokenStream tokens = MakeStream(words, sentences);
      std::vector<HitTuple> expected = RefScan(reference, tokens);
      std::vector<HitTuple> actual = ScanStream(*matcher, tokens, &scratch);
      CHECK(actual == expected);
      total_hits += expected.size();
    }
  }
  CHECK(total_hits > 5000);  // the generator exercises the matcher
}

TEST_CASE("Long streams are scanned in chunks without losing phrases at chunk ends") {
  // The matcher classifies a few thousand tokens at a time, up to a sentence
  // end: streams of short sentences, of one sentence longer than a chunk, and
  // of phrases repeated across every position must match as the reference.
  const std::vector<std::string> vocabulary = {"the",   "severe", "pain", "and",
                                               "пытки", "боль",   "и",    "не"};
  const std::vector<Term> terms = {{"severe pain", 1, 0},
                                   {"the severe*", 0, 1},
                                   {"пытк* и боль", 2, 2},
                                   {"pain", 0, 3},
                                   {"и не", 0, 4}};
  std::vector<RefTerm> reference;
  for (const Term& term : terms) {
    RefTerm ref{{}, term.gap, term.id};
    REQUIRE(SplitTerm(term.text, &ref.words).ok());
    reference.push_back(ref);
  }
  auto matcher = MustCompile(terms);
  std::mt19937 random(4096);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  MatchScratch scratch;
  for (size_t sentence_every : {size_t{0}, size_t{7}, size_t{3000}, size_t{5000}}) {
    CAPTURE(sentence_every);
    std::vector<std::string> words;
    std::vector<uint32_t> sentences;
    uint32_t sentence = 0;
    for (size_t i = 0; i < 13000; ++i) {
      if (sentence_every != 0 && i % sentence_every == sentence_every - 1) ++sentence;
      words.push_back(vocabulary[pick(vocabulary.size())]);
      sentences.push_back(sentence);
    }
    TokenStream tokens = MakeStream(words, sentences);
    std::vector<HitTuple> expected = RefScan(reference, tokens);
    CHECK(expected.size() > 2000);
    CHECK(ScanStream(*matcher, tokens, &scratch) == expected);
    CHECK(ScanStream(*matcher, tokens) == expected);
  }
}

}  // namespace
}  // namespace concord
