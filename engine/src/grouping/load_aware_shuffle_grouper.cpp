// Load-aware shuffle grouping: ring construction and weight update of Storm's
// LoadAwareShuffleGrouping, without its locality scopes.
#include "grouping/load_aware_shuffle_grouper.h"

#include <algorithm>
#include <utility>

namespace teacup::grouping {
namespace {

constexpr int kMaxWeight = 100;
constexpr int kWeightGain = 1;
constexpr int kWeightLoss = 10;
constexpr double kLoadTolerance = 0.05; // within 5% of the least loaded target still counts as idle
constexpr std::size_t kMinCapacity = 1000;
constexpr std::size_t kSlotsPerTarget = 5;

} // namespace

LoadAwareShuffleGrouper::LoadAwareShuffleGrouper(std::vector<int> targets, std::uint64_t seed)
    : m_targets(std::move(targets)), m_weights(m_targets.size(), kMaxWeight), m_random(seed) {
    if (m_targets.empty()) return;
    const std::size_t n = m_targets.size();
    m_ring.resize(n == 1 ? 1 : std::max(kMinCapacity, kSlotsPerTarget * n));
    rebuildRing();
}

void LoadAwareShuffleGrouper::chooseTasks(int, const teacup::Values&, std::vector<int>& out) {
    if (m_ring.empty()) return;
    ++m_current;
    if (m_current >= m_ring.size()) m_current = 0;
    out.push_back(m_targets[m_ring[m_current]]);
}

void LoadAwareShuffleGrouper::refreshLoad(const std::function<double(int task)>& load) {
    if (m_ring.empty()) return;
    m_loads.resize(m_targets.size());
    std::transform(m_targets.begin(), m_targets.end(), m_loads.begin(), load);
    const double minLoad = *std::min_element(m_loads.begin(), m_loads.end());
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        if (m_loads[i] <= minLoad + kLoadTolerance)
            m_weights[i] = std::min(kMaxWeight, m_weights[i] + kWeightGain);
        else
            m_weights[i] = std::max(0, m_weights[i] - kWeightLoss);
    }
    rebuildRing();
}

int LoadAwareShuffleGrouper::weight(int task) const {
    const auto it = std::find(m_targets.begin(), m_targets.end(), task);
    return it == m_targets.end() ? -1 : m_weights[static_cast<std::size_t>(it - m_targets.begin())];
}

void LoadAwareShuffleGrouper::rebuildRing() {
    long long weightSum = 0;
    for (int w : m_weights) weightSum += w;
    // The least loaded target always gains weight, so the sum stays positive after any refresh;
    // guard anyway so that the ring can never be left without a slot to copy.
    if (weightSum <= 0) {
        std::fill(m_weights.begin(), m_weights.end(), kMaxWeight);
        weightSum = static_cast<long long>(kMaxWeight) * static_cast<long long>(m_weights.size());
    }
    const std::size_t capacity = m_ring.size();
    std::size_t filled = 0;
    for (std::size_t t = 0; t < m_targets.size(); ++t) {
        // Same double arithmetic and truncation as Storm.
        const auto count = static_cast<std::size_t>(
            (static_cast<double>(m_weights[t]) / static_cast<double>(weightSum)) * static_cast<double>(capacity));
        for (std::size_t i = 0; i < count && filled < capacity; ++i) m_ring[filled++] = static_cast<std::uint32_t>(t);
    }
    if (filled == 0) m_ring[filled++] = 0;
    for (; filled < capacity; ++filled) m_ring[filled] = m_ring[m_random.nextInt(static_cast<std::uint32_t>(filled))];
    for (std::size_t i = capacity; i > 1; --i)
        std::swap(m_ring[i - 1], m_ring[m_random.nextInt(static_cast<std::uint32_t>(i))]);
    m_current = capacity - 1; // the next read is slot 0
}

} // namespace teacup::grouping
