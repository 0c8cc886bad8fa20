// org.apache.storm.testing.NGrouping (alias teacup.core.NGrouping): a custom grouping that
// sends every tuple to the n lowest-numbered target tasks.
#pragma once

#include <memory>
#include <vector>

#include <teacup/sdk/custom_grouping.h>
#include <teacup/sdk/plugin.h>

namespace teacup::core {

// prepare keeps the n lowest of the (ascending) target ids, all of them when there are
// fewer than n; chooseTasks returns that same list for every tuple.
class NGrouping : public CustomStreamGrouping {
public:
    explicit NGrouping(int n);
    void prepare(const TopologyContext& context, const std::string& sourceComponent, const std::string& streamId,
                 std::span<const int> targetTasks) override;
    std::vector<int> chooseTasks(int sourceTaskId, const Values& values) override;

private:
    int m_n;
    std::vector<int> m_chosen;
};

std::unique_ptr<CustomStreamGrouping> makeNGrouping(const ComponentArgs& args);
void registerNGrouping(PluginRegistrar& registrar);

} // namespace teacup::core
