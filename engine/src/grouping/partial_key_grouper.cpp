// Partial key grouping: key bytes, candidate choice through a bit-exact java.util.Random, and the
// balanced choice between the two candidates, as Storm's PartialKeyGrouping does them.
#include "grouping/partial_key_grouper.h"

#include <algorithm>

#include "grouping/java_hash.h"
#include "grouping/java_random.h"
#include "grouping/java_to_string.h"

namespace teacup::grouping {

void partialKeyBytes(const teacup::Values& values, std::span<const int> keyIndexes, std::string& out) {
    out.clear();
    if (keyIndexes.empty()) {
        if (!values.empty()) appendJavaToString(values.front(), out);
        return;
    }
    for (int index : keyIndexes) {
        const bool present = index >= 0 && static_cast<std::size_t>(index) < values.size();
        const auto h = static_cast<std::uint32_t>(present ? javaHashCode(values[static_cast<std::size_t>(index)]) : 0);
        out.push_back(static_cast<char>(h >> 24)); // ByteBuffer.putInt is big-endian
        out.push_back(static_cast<char>(h >> 16));
        out.push_back(static_cast<char>(h >> 8));
        out.push_back(static_cast<char>(h));
    }
}

std::array<int, 2> partialKeyCandidateIndexes(std::string_view keyBytes, int n) {
    if (n <= 0) return {0, 0};
    JavaRandom random(javaBytesHashCode(keyBytes)); // the int seed widened to long
    const int first = random.nextInt(n);
    int second = random.nextInt(n);
    if (second == first) second = (second + 1) % n;
    return {first, second};
}

PartialKeyGrouper::PartialKeyGrouper(std::vector<int> targets, std::vector<int> keyIndexes)
    : m_targets(std::move(targets)), m_keyIndexes(std::move(keyIndexes)), m_counts(m_targets.size(), 0) {}

void PartialKeyGrouper::chooseTasks(int, const teacup::Values& values, std::vector<int>& out) {
    if (m_targets.empty() || values.empty()) return;
    partialKeyBytes(values, m_keyIndexes, m_keyBytes);
    const auto [first, second] = partialKeyCandidateIndexes(m_keyBytes, static_cast<int>(m_targets.size()));
    const auto chosen = static_cast<std::size_t>(
        m_counts[static_cast<std::size_t>(second)] < m_counts[static_cast<std::size_t>(first)] ? second : first);
    ++m_counts[chosen];
    out.push_back(m_targets[chosen]);
}

std::uint64_t PartialKeyGrouper::sentTo(int task) const {
    const auto it = std::find(m_targets.begin(), m_targets.end(), task);
    return it == m_targets.end() ? 0 : m_counts[static_cast<std::size_t>(it - m_targets.begin())];
}

} // namespace teacup::grouping
