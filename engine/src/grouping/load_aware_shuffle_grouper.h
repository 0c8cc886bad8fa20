// Storm's LoadAwareShuffleGrouping, Storm's default shuffle: a weighted ring of target slots read
// round-robin and rebuilt on every load refresh. The plain flavour is shuffle_grouper.h.
#pragma once

#include <cstdint>
#include <vector>

#include <teacup/sdk/random.h>

#include "grouping/grouper.h"

namespace teacup::grouping {

// Ring of capacity = 1 (one target) or max(1000, 5·n) slots, each naming a target. Every target
// has a weight in [0, 100], starting at 100. A rebuild gives target t floor(w_t / Σw · capacity)
// slots, fills the remainder with copies of random earlier slots, Fisher–Yates shuffles the
// ring, and restarts reading at slot 0; reads then cycle through the ring. refreshLoad first
// updates the weights the way Storm does (load ≤ min load + 0.05 → +1, capped at 100; otherwise
// −10, floored at 0) and then rebuilds. All randomness comes from teacup::Random(seed).
// Simplification: Storm also narrows the targets to a locality scope (worker, host, rack) and
// widens it under load; Teacup treats all targets as one scope (see README.md).
class LoadAwareShuffleGrouper final : public Grouper {
public:
    LoadAwareShuffleGrouper(std::vector<int> targets, std::uint64_t seed);
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;
    void refreshLoad(const std::function<double(int task)>& load) override;

    // Current weight of `task`, or -1 when it is not a target (for tests and the studio).
    int weight(int task) const;
    std::size_t capacity() const { return m_ring.size(); }

private:
    void rebuildRing();

    std::vector<int> m_targets;
    std::vector<int> m_weights;        // parallel to m_targets
    std::vector<double> m_loads;       // parallel to m_targets; scratch for refreshLoad
    std::vector<std::uint32_t> m_ring; // target positions; empty when there are no targets
    std::size_t m_current = 0;         // slot returned last; m_ring.size() - 1 right after a rebuild
    teacup::Random m_random;
};

} // namespace teacup::grouping
