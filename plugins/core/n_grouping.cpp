// NGrouping (see n_grouping.h).
#include "n_grouping.h"

#include <algorithm>

#include "arg_checks.h"

namespace teacup::core {

NGrouping::NGrouping(int n) : m_n(n) {}

void NGrouping::prepare(const TopologyContext& context, const std::string& sourceComponent,
                        const std::string& streamId, std::span<const int> targetTasks) {
    (void)context;
    (void)sourceComponent;
    (void)streamId;
    std::vector<int> sorted(targetTasks.begin(), targetTasks.end());
    std::sort(sorted.begin(), sorted.end());
    sorted.resize(std::min(sorted.size(), static_cast<std::size_t>(m_n)));
    m_chosen = std::move(sorted);
}

std::vector<int> NGrouping::chooseTasks(int sourceTaskId, const Values& values) {
    (void)sourceTaskId;
    (void)values;
    return m_chosen;
}

std::unique_ptr<CustomStreamGrouping> makeNGrouping(const ComponentArgs& args) {
    const auto n = integerValue(args.arg(0));
    if (args.argCount() != 1 || !n || *n < 1 || *n > INT32_MAX)
        return refuseArgs<CustomStreamGrouping>(args, "NGrouping expects constructorArgs [n (int >= 1)]");
    if (!checkPropertiesAndMethods(args, "NGrouping", {})) return nullptr;
    return std::make_unique<NGrouping>(static_cast<int>(*n));
}

void registerNGrouping(PluginRegistrar& registrar) {
    const ComponentDoc doc{"Storm's NGrouping: sends every tuple to the n lowest-numbered target tasks.",
                           "constructorArgs: [n (int >= 1)]", "a grouping (customClass of a CUSTOM stream)"};
    registrar.registerGrouping("org.apache.storm.testing.NGrouping", makeNGrouping, doc);
    registrar.registerGrouping("teacup.core.NGrouping", makeNGrouping, doc);
}

} // namespace teacup::core
