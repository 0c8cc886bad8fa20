// Plain shuffle grouping: Storm's ShuffleGrouping cursor over a seeded permutation.
#include "grouping/shuffle_grouper.h"

#include <teacup/sdk/random.h>

#include <utility>

namespace teacup::grouping {

ShuffleGrouper::ShuffleGrouper(std::vector<int> targets, std::uint64_t seed) : m_choices(std::move(targets)) {
    teacup::Random random(seed);
    for (std::size_t i = m_choices.size(); i > 1; --i)
        std::swap(m_choices[i - 1], m_choices[random.nextInt(static_cast<std::uint32_t>(i))]);
}

void ShuffleGrouper::chooseTasks(int, const teacup::Values&, std::vector<int>& out) {
    if (m_choices.empty()) return;
    // Storm increments first and reads; reaching the size resets to 0 and reads element 0.
    ++m_current;
    if (m_current >= m_choices.size()) m_current = 0;
    out.push_back(m_choices[m_current]);
}

} // namespace teacup::grouping
