// Merging one included file into the including topology, as Flux merges TopologyDefs.
#include "flux/include_merger.h"

#include <algorithm>
#include <set>

namespace teacup::flux {

namespace {

// Ids are compared with what `into` held before this include, so duplicates inside the
// included file survive to be reported by validation instead of being merged away.
template <typename T> void mergeById(std::vector<T>& into, std::vector<T>& included, bool override) {
    std::set<std::string> existing;
    for (const auto& item : into) existing.insert(item.id);
    for (auto& item : included) {
        if (!existing.count(item.id)) {
            into.push_back(std::move(item));
            continue;
        }
        if (!override) continue;
        auto it = std::find_if(into.begin(), into.end(), [&](const T& o) { return o.id == item.id; });
        *it = std::move(item);
    }
}

} // namespace

void mergeInclude(model::TopologySpec& into, model::TopologySpec included, bool override) {
    if (!included.name.empty() && (into.name.empty() || override)) {
        into.name = included.name;
        into.nameLocation = included.nameLocation;
    }
    for (auto& [key, location] : included.configLocations) {
        if (into.config.count(key) && !override) continue;
        auto value = included.config.find(key);
        if (value == included.config.end()) continue;
        into.config[key] = value->second;
        into.configLocations.emplace_back(key, location);
    }
    mergeById(into.components, included.components, override);
    mergeById(into.spouts, included.spouts, override);
    mergeById(into.bolts, included.bolts, override);
    for (auto& s : included.streams) into.streams.push_back(std::move(s));
}

} // namespace teacup::flux
