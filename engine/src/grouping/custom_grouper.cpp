// Custom grouping adapter: user choices filtered to the subscription's targets.
#include "grouping/custom_grouper.h"

#include <algorithm>

namespace teacup::grouping {

CustomGrouper::CustomGrouper(std::vector<int> targets, std::unique_ptr<teacup::CustomStreamGrouping> custom)
    : m_targets(std::move(targets)), m_custom(std::move(custom)) {}

void CustomGrouper::chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) {
    const std::vector<int> chosen = m_custom->chooseTasks(sourceTask, values);
    for (int task : chosen) {
        if (std::binary_search(m_targets.begin(), m_targets.end(), task))
            out.push_back(task);
        else
            ++m_invalid;
    }
}

} // namespace teacup::grouping
