// Edit distance and closest-candidate search behind every "did you mean" hint.
#include "model/spelling.h"

#include <algorithm>

namespace teacup::model {

namespace {

// Longer words tolerate more typos; short ones only one, so `to` never suggests `id`.
std::size_t allowedDistance(std::size_t length) {
    if (length < 4) return 1;
    if (length < 12) return 2;
    return 3;
}

std::string_view lastDottedPart(std::string_view name) {
    auto dot = name.find_last_of(".$");
    return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    // Three rolling rows are enough for the swap rule, which looks two rows back.
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2.swap(prev);
        prev.swap(cur);
    }
    return prev[m];
}

std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    if (word.empty()) return std::nullopt;
    // A bare class name that matches a candidate's last part exactly is the best hint.
    for (const auto& c : candidates)
        if (c != word && lastDottedPart(c) == word) return c;

    const std::size_t limit = allowedDistance(word.size());
    std::optional<std::string> best;
    std::size_t bestDistance = limit + 1;
    for (const auto& c : candidates) {
        if (c == word) continue;
        std::size_t d = editDistance(word, c);
        // A bare name is compared with the candidate's last part as well.
        if (lastDottedPart(word) == word) d = std::min(d, editDistance(word, lastDottedPart(c)));
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
    auto match = closestMatch(word, candidates);
    return match ? "did you mean '" + *match + "'?" : std::string{};
}

} // namespace teacup::model
