// Storm's PartialKeyGrouping ("power of two choices"): each key has two candidate tasks drawn
// from java.util.Random seeded by the key, and each tuple goes to the candidate this grouper has
// sent fewer tuples to (Storm's PartialKeyGrouping).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grouping/grouper.h"

namespace teacup::grouping {

// Replaces `out` with the key bytes Storm derives from a tuple. With key indexes: for each
// selected value, the 4 bytes (big-endian) of its javaHashCode (0 for null or a missing field).
// Without key indexes: the UTF-8 bytes of values[0].toString() (Java uses the platform charset,
// UTF-8 on Linux; see java_to_string.h). Precondition: values is not empty.
void partialKeyBytes(const teacup::Values& values, std::span<const int> keyIndexes, std::string& out);

// Positions (into the ascending target list of size n > 0) of the two candidates for a key:
// r = java.util.Random(Arrays.hashCode(keyBytes)); c1 = r.nextInt(n); c2 = r.nextInt(n), moved
// to (c2 + 1) % n when equal to c1. With n = 1 both are 0.
std::array<int, 2> partialKeyCandidateIndexes(std::string_view keyBytes, int n);

// One per emitting executor: the per-target counters are this executor's alone, as in Storm.
// chooseTasks appends exactly one target, except for an empty tuple, which Storm drops. Between
// two candidates with equal counts the first wins. Reuses one key buffer: no allocation per
// tuple once the buffer has grown to the key's size.
class PartialKeyGrouper final : public Grouper {
public:
    PartialKeyGrouper(std::vector<int> targets, std::vector<int> keyIndexes);
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;
    // Tuples this grouper has sent to `task` so far (0 for a non-target).
    std::uint64_t sentTo(int task) const;

private:
    std::vector<int> m_targets;
    std::vector<int> m_keyIndexes;
    std::vector<std::uint64_t> m_counts; // parallel to m_targets
    std::string m_keyBytes;
};

} // namespace teacup::grouping
