// Fields, global, all and none groupings, as Storm's GrouperFactory defines them.
#include "grouping/basic_groupers.h"

#include <algorithm>

#include "grouping/java_hash.h"

namespace teacup::grouping {

FieldsGrouper::FieldsGrouper(std::vector<int> targets, std::vector<int> keyIndexes)
    : m_targets(std::move(targets)), m_keyIndexes(std::move(keyIndexes)) {}

std::int32_t FieldsGrouper::keyHash(const teacup::Values& values) const {
    // Arrays.deepHashCode over the selected values, without building the selection.
    std::uint32_t h = 1;
    for (int index : m_keyIndexes) {
        const bool present = index >= 0 && static_cast<std::size_t>(index) < values.size();
        const std::int32_t e = present ? javaHashCode(values[static_cast<std::size_t>(index)]) : 0;
        h = 31U * h + static_cast<std::uint32_t>(e);
    }
    return static_cast<std::int32_t>(h);
}

void FieldsGrouper::chooseTasks(int, const teacup::Values& values, std::vector<int>& out) {
    if (m_targets.empty()) return;
    const int n = static_cast<int>(m_targets.size());
    out.push_back(m_targets[static_cast<std::size_t>(fieldsIndex(keyHash(values), n))]);
}

GlobalGrouper::GlobalGrouper(const std::vector<int>& targets) {
    if (targets.empty()) return;
    m_hasTarget = true;
    m_lowest = *std::min_element(targets.begin(), targets.end());
}

void GlobalGrouper::chooseTasks(int, const teacup::Values&, std::vector<int>& out) {
    if (m_hasTarget) out.push_back(m_lowest);
}

void AllGrouper::chooseTasks(int, const teacup::Values&, std::vector<int>& out) {
    out.insert(out.end(), m_targets.begin(), m_targets.end());
}

void NoneGrouper::chooseTasks(int, const teacup::Values&, std::vector<int>& out) {
    if (m_targets.empty()) return;
    out.push_back(m_targets[m_random.nextInt(static_cast<std::uint32_t>(m_targets.size()))]);
}

} // namespace teacup::grouping
