// makeGrouper: Storm's GrouperFactory choices mapped onto Teacup's groupers.
#include "grouping/grouper.h"

#include <algorithm>
#include <iterator>

#include "grouping/basic_groupers.h"
#include "grouping/custom_grouper.h"
#include "grouping/load_aware_shuffle_grouper.h"
#include "grouping/partial_key_grouper.h"
#include "grouping/shuffle_grouper.h"

namespace teacup::grouping {
namespace {

std::vector<int> sortedUnique(std::vector<int> tasks) {
    std::sort(tasks.begin(), tasks.end());
    tasks.erase(std::unique(tasks.begin(), tasks.end()), tasks.end());
    return tasks;
}

std::unique_ptr<Grouper> makeShuffle(std::vector<int> targets, bool loadAware, std::uint64_t seed) {
    if (loadAware) return std::make_unique<LoadAwareShuffleGrouper>(std::move(targets), seed);
    return std::make_unique<ShuffleGrouper>(std::move(targets), seed);
}

// Local-or-shuffle: the targets in the emitter's worker if there are any, else all of them.
std::vector<int> localOrAll(const std::vector<int>& targets, const std::vector<int>& localTasks) {
    const std::vector<int> local = sortedUnique(localTasks);
    std::vector<int> both;
    std::set_intersection(targets.begin(), targets.end(), local.begin(), local.end(), std::back_inserter(both));
    return both.empty() ? targets : both;
}

} // namespace

std::unique_ptr<Grouper> makeGrouper(GrouperSpec spec) {
    std::vector<int> targets = sortedUnique(std::move(spec.targetTasks));
    using teacup::GroupingType;
    switch (spec.type) {
    case GroupingType::Shuffle: return makeShuffle(std::move(targets), spec.loadAware, spec.seed);
    case GroupingType::LocalOrShuffle:
        return makeShuffle(localOrAll(targets, spec.localTasks), spec.loadAware, spec.seed);
    case GroupingType::Fields:
        // Storm turns a fields grouping on no fields into its global grouper.
        if (spec.keyIndexes.empty()) return std::make_unique<GlobalGrouper>(targets);
        return std::make_unique<FieldsGrouper>(std::move(targets), std::move(spec.keyIndexes));
    case GroupingType::Global: return std::make_unique<GlobalGrouper>(targets);
    case GroupingType::All: return std::make_unique<AllGrouper>(std::move(targets));
    case GroupingType::None: return std::make_unique<NoneGrouper>(std::move(targets), spec.seed);
    case GroupingType::PartialKey:
        return std::make_unique<PartialKeyGrouper>(std::move(targets), std::move(spec.keyIndexes));
    case GroupingType::Custom:
        if (!spec.custom) return std::make_unique<EmptyGrouper>();
        return std::make_unique<CustomGrouper>(std::move(targets), std::move(spec.custom));
    case GroupingType::Direct: return std::make_unique<EmptyGrouper>();
    }
    return std::make_unique<EmptyGrouper>();
}

} // namespace teacup::grouping
