// Adapter from a user's CustomStreamGrouping (plugin code) to the runtime's Grouper: forwards
// each tuple and keeps only the returned ids that are targets of the subscription.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <teacup/sdk/custom_grouping.h>

#include "grouping/grouper.h"

namespace teacup::grouping {

// Owns the user object (already prepare()d). Returned ids are kept in the user's order,
// duplicates included (Storm sends one copy per listed id); ids that are not targets are dropped
// and counted in invalidChoices(), where Storm would try to send to them. Exceptions thrown by
// the user's chooseTasks propagate unchanged to the caller: the emitting component's executor
// loop handles them like any exception from that component's code.
class CustomGrouper final : public Grouper {
public:
    CustomGrouper(std::vector<int> targets, std::unique_ptr<teacup::CustomStreamGrouping> custom);
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;
    std::uint64_t invalidChoices() const override { return m_invalid; }

private:
    std::vector<int> m_targets; // ascending, for binary search
    std::unique_ptr<teacup::CustomStreamGrouping> m_custom;
    std::uint64_t m_invalid = 0;
};

} // namespace teacup::grouping
