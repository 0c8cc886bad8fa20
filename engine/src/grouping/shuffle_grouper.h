// Storm's plain ShuffleGrouping (used when topology.disable.loadaware.messaging is true):
// one seeded permutation, then round-robin over it. The load-aware default is in
// load_aware_shuffle_grouper.h.
#pragma once

#include <cstdint>
#include <vector>

#include "grouping/grouper.h"

namespace teacup::grouping {

// Permutes the targets once at construction (Fisher–Yates from teacup::Random(seed); Storm shuffles
// with an unseeded java.util.Random, so only the shape matches, not the order). Each call then
// returns the next permutation element, starting at element 1 and wrapping to element 0 at the
// end of each cycle, as Storm's cursor does. Never reshuffles.
class ShuffleGrouper final : public Grouper {
public:
    ShuffleGrouper(std::vector<int> targets, std::uint64_t seed);
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;
    // The permutation, in the order element 0, 1, ... (exposed for tests).
    const std::vector<int>& permutation() const { return m_choices; }

private:
    std::vector<int> m_choices;
    std::size_t m_current = 0; // index of the element returned last
};

} // namespace teacup::grouping
