#include "spelling.h"

#include <algorithm>

namespace concord {

size_t EditDistance(std::string_view a, std::string_view b, size_t max_distance) {
  // One row of the dynamic-programming table, as ninja's EditDistance keeps.
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      size_t replace = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({replace, above + 1, row[j - 1] + 1});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > max_distance) return max_distance + 1;
  }
  return std::min(row[b.size()], max_distance + 1);
}

std::string SuggestName(std::string_view name, const std::vector<std::string_view>& candidates) {
  size_t limit = std::clamp<size_t>(name.size() / 3, 1, 3);
  std::string_view best;
  size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    if (candidate == name) continue;
    size_t distance = EditDistance(name, candidate, limit);
    // Replacing every character of a short name is no typo ("X" is not "T").
    if (distance < best_distance && distance < name.size()) {
      best_distance = distance;
      best = candidate;
    }
  }
  return std::string(best);
}

std::string DidYouMean(std::string_view name, const std::vector<std::string_view>& candidates,
                       std::string_view open, std::string_view close) {
  std::string suggestion = SuggestName(name, candidates);
  if (suggestion.empty()) return "";
  std::string out = "; did you mean ";
  out.append(open).append(suggestion).append(close).append("?");
  return out;
}

}  // namespace concord
