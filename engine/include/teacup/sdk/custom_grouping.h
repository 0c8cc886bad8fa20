// A user-defined stream grouping (Storm's CustomStreamGrouping).
#pragma once

#include <span>
#include <string>
#include <vector>

#include <teacup/sdk/topology_context.h>
#include <teacup/sdk/value.h>

namespace teacup {

// One instance per emitting executor and subscription, as Storm creates groupers.
// chooseTasks runs on the emitting executor's thread; every returned id must be one of
// `targetTasks`, others are dropped and reported.
class CustomStreamGrouping {
public:
    virtual ~CustomStreamGrouping() = default;
    virtual void prepare(const TopologyContext& context, const std::string& sourceComponent,
                         const std::string& streamId, std::span<const int> targetTasks) = 0;
    virtual std::vector<int> chooseTasks(int sourceTaskId, const Values& values) = 0;
};

} // namespace teacup
