// What a running task may ask about itself and the topology (Storm's TopologyContext),
// plus the scheduler-owned clock and random source that make simulated runs repeatable.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <teacup/sdk/config.h>
#include <teacup/sdk/fields.h>
#include <teacup/sdk/random.h>
#include <teacup/sdk/task_hook.h>

namespace teacup {

// Grouping kinds as Storm and Flux name them; PartialKey is a Teacup addition to Flux.
enum class GroupingType { Shuffle, Fields, All, Global, None, Direct, LocalOrShuffle, PartialKey, Custom };

// One input of a bolt: component `component` stream `stream`, routed by `grouping`.
struct StreamInput {
    std::string component;
    std::string stream;
    GroupingType grouping = GroupingType::Shuffle;
    std::vector<std::string> fields; // FIELDS and PARTIAL_KEY only
};

// Implemented by the runtime; one per task, alive from open/prepare until close/cleanup.
// Every method is called from the task's own executor thread.
class TopologyContext {
public:
    virtual ~TopologyContext() = default;

    virtual const std::string& topologyName() const = 0;
    virtual const std::string& thisComponentId() const = 0;
    virtual int thisTaskId() const = 0;
    // Position of this task in its component's ascending task list (0-based).
    virtual int thisTaskIndex() const = 0;
    // Index of the simulated worker this task runs in (0-based).
    virtual int thisWorkerIndex() const = 0;
    virtual std::span<const int> thisWorkerTasks() const = 0;

    // Component id of a task; empty for an unknown task id.
    virtual const std::string& componentId(int taskId) const = 0;
    // Ascending task ids of a component; empty for an unknown component.
    virtual std::span<const int> componentTasks(const std::string& componentId) const = 0;
    virtual std::vector<std::string> componentIds() const = 0;
    // Declared fields of a component's stream; nullptr when not declared.
    virtual const Fields* componentOutputFields(const std::string& componentId,
                                                const std::string& streamId) const = 0;
    virtual std::vector<std::string> thisStreams() const = 0;
    virtual const std::vector<StreamInput>& thisSources() const = 0;

    // Topology config overlaid with the component's own config, as Storm merges them.
    virtual const Config& config() const = 0;

    // Scheduler time: simulated in the simulated scheduler, monotonic real time otherwise.
    virtual std::int64_t nowNanos() const = 0;
    std::int64_t nowMillis() const { return nowNanos() / 1'000'000; }
    // Seeded per task from the run's seed.
    virtual Random& random() = 0;
    // Registers a hook on this task (Storm's addTaskHook); its prepare() is called at once.
    virtual void addTaskHook(std::shared_ptr<TaskHook> hook) = 0;
};

} // namespace teacup
