// Routing of emitted tuples to the tasks of one subscriber: the Grouper interface, its
// construction parameters and the factory. The runtime owns the groupers; the algorithms live in
// the *_grouper.h files beside this one.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <teacup/sdk/custom_grouping.h>
#include <teacup/sdk/topology_context.h>
#include <teacup/sdk/value.h>

namespace teacup::grouping {

// Everything makeGrouper needs for one (emitting executor, output stream, subscriber) triple.
struct GrouperSpec {
    teacup::GroupingType type = teacup::GroupingType::Shuffle;
    std::vector<int> targetTasks; // the subscriber's task ids, ascending
    // FIELDS/PARTIAL_KEY: positions in the emitted stream's values, in the grouping's field order.
    std::vector<int> keyIndexes;
    std::vector<int> localTasks; // LOCAL_OR_SHUFFLE: subscriber tasks in the emitter's worker (may be empty)
    bool loadAware = true;       // shuffle flavour: !topology.disable.loadaware.messaging
    std::uint64_t seed = 0;      // from the run's seed; the only randomness source
    std::unique_ptr<teacup::CustomStreamGrouping> custom; // CUSTOM (already prepare()d by the caller)
};

// Chooses target tasks for tuples emitted on one stream towards one subscriber. One instance per
// emitting executor, shared by all the executor's tasks (Storm keeps shuffle cursors and partial
// key counters executor-wide, as its Executor builds them). Created by makeGrouper when the executor starts,
// used and destroyed by that executor's thread only; no method is thread-safe. Behaviour is a
// pure function of the spec (seed included) and the sequence of calls, so a simulated run repeats.
class Grouper {
public:
    virtual ~Grouper() = default;

    // Appends the chosen target task ids for one emitted tuple to `out` (does not clear it).
    // Appends nothing when there are no targets, for a DIRECT grouping, and for an empty tuple
    // under partial key grouping (Storm drops it). `values` may be shorter than a key index
    // refers to: a missing field hashes as null.
    virtual void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) = 0;

    // Load-aware shuffle only: called about once a second with each target's receive-queue fill
    // ratio (0..1); others ignore it. Must be called on the thread that calls chooseTasks (or
    // with chooseTasks otherwise excluded): it rebuilds the grouper's state.
    virtual void refreshLoad(const std::function<double(int task)>& load) { (void)load; }

    // Custom groupings only: how many task ids the user's chooseTasks returned that are not
    // targets of this subscription (they were dropped). Always 0 for the built-in groupings.
    virtual std::uint64_t invalidChoices() const { return 0; }
};

// Builds the grouper for `spec.type`:
// - SHUFFLE: load-aware or plain shuffle over all targets (spec.loadAware).
// - LOCAL_OR_SHUFFLE: the same shuffle over targets ∩ localTasks, or all targets if that is empty.
// - FIELDS: fields hash over keyIndexes; with no key indexes it is GLOBAL, as in Storm.
// - GLOBAL: lowest task id. ALL: every target. NONE: uniform random target per tuple.
// - PARTIAL_KEY: two-choice grouping; no key indexes means the no-fields form (key = values[0]).
// - CUSTOM: spec.custom's choices, filtered to targets; a null spec.custom chooses nothing.
// - DIRECT: chooses nothing (direct emits name their task and bypass groupers).
// Never returns null.
std::unique_ptr<Grouper> makeGrouper(GrouperSpec spec);

} // namespace teacup::grouping
