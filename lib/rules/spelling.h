// Spelling suggestions for unknown names ("did you mean ...?"), after ninja's
// src/edit_distance.cc and SpellcheckString.
//
// Thread-safety: pure functions.

#ifndef CONCORD_RULES_SPELLING_H_
#define CONCORD_RULES_SPELLING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// The Levenshtein distance between `a` and `b` (insertions, deletions and
/// replacements of bytes), or max_distance + 1 once it exceeds max_distance.
size_t EditDistance(std::string_view a, std::string_view b, size_t max_distance);

/// The candidate closest to `name`, if it is close enough to be a likely typo
/// (at most a third of name's length, between 1 and 3 edits, and fewer edits
/// than the name has characters); "" otherwise.
/// Ties go to the earliest candidate.
std::string SuggestName(std::string_view name, const std::vector<std::string_view>& candidates);

/// "; did you mean 'x'?" for the suggestion, or "" when there is none.
/// `open` and `close` quote the name ("'" and "'", or "<" and ">").
std::string DidYouMean(std::string_view name, const std::vector<std::string_view>& candidates,
                       std::string_view open = "'", std::string_view close = "'");

}  // namespace concord

#endif  // CONCORD_RULES_SPELLING_H_
