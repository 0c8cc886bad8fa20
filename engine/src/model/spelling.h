// "Did you mean ...?" hints for misspelt keys, ids and class names: edit distance and the
// closest candidate. Shared by the Flux reader and topology validation.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace teacup::model {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost 1 (so `FEILDS` is one step from `FIELDS`).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or nullopt when none is close enough to be a likely typo.
// Class names also match on their last dotted part, so `SplitSentence` finds
// `teacup.core.SplitSentence`. Ties go to the earlier candidate.
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// `did you mean 'x'?` or an empty string when nothing is close.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace teacup::model
