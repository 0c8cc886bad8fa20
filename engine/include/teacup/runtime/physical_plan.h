// Storm's physical model of a topology: task ids (numbered as Storm numbers them, system
// components included), executors as contiguous task ranges, executors dealt to workers.
#pragma once

#include <string>
#include <vector>

#include <teacup/common/result.h>
#include <teacup/model/catalog.h>
#include <teacup/model/topology_spec.h>
#include <teacup/sdk/config.h>
#include <teacup/sdk/topology_context.h>

namespace teacup::runtime {

inline const std::string kAckerComponent = "__acker";
inline const std::string kSystemComponent = "__system";
inline const std::string kAckInitStream = "__ack_init";
inline const std::string kAckAckStream = "__ack_ack";
inline const std::string kAckFailStream = "__ack_fail";
inline const std::string kAckResetTimeoutStream = "__ack_reset_timeout";
inline const std::string kTickStream = "__tick";

struct TaskInfo {
    int taskId = 0;
    int componentIndex = 0;  // into PhysicalPlan::components
    int index = 0;           // position within the component's tasks
    int executor = 0;        // into PhysicalPlan::executors
    int worker = 0;
};

struct ExecutorInfo {
    int firstTask = 0;       // Storm's executor id [firstTask, lastTask]
    int lastTask = 0;
    int componentIndex = 0;
    int worker = 0;
};

struct ComponentPlan {
    std::string id;
    model::ComponentKind kind = model::ComponentKind::Bolt;
    bool system = false;                     // __acker
    const model::ComponentDef* def = nullptr; // null for system components
    std::vector<int> tasks;                  // ascending
    std::vector<int> executors;              // indexes into PhysicalPlan::executors
    std::vector<model::DeclaredStream> streams;
    std::vector<StreamInput> inputs;
    Config config;                           // topology config overlaid with allowed component keys

    const model::DeclaredStream* findStream(const std::string& s) const {
        for (const auto& d : streams)
            if (d.id == s) return &d;
        return nullptr;
    }
};

// One subscription as the runtime routes it (a Flux stream after TopologyBuilder's rule that a
// later grouping for the same source component and stream replaces the earlier one).
struct Subscription {
    int fromComponent = 0;   // index into PhysicalPlan::components
    std::string stream;
    int toComponent = 0;
    int inputIndex = 0;      // position in the subscriber's ComponentPlan::inputs
    GroupingType grouping = GroupingType::Shuffle;
    std::vector<std::string> fields;
    const model::ObjectDef* customClass = nullptr;  // CUSTOM only; points into the spec
};

struct PhysicalPlan {
    std::string topologyName;
    Config config;                    // effective topology config (defaults + file + overrides)
    int workers = 1;
    int ackers = 0;
    bool ackingEnabled = true;
    std::vector<ComponentPlan> components;  // sorted by id in Java String order
    std::vector<TaskInfo> tasks;            // tasks[taskId - 1]
    std::vector<ExecutorInfo> executors;    // sorted by first task
    std::vector<Subscription> subscriptions;

    const ComponentPlan* component(const std::string& id) const {
        for (const auto& c : components)
            if (c.id == id) return &c;
        return nullptr;
    }
    int componentIndex(const std::string& id) const {
        for (std::size_t i = 0; i < components.size(); ++i)
            if (components[i].id == id) return static_cast<int>(i);
        return -1;
    }
    const TaskInfo* task(int taskId) const {
        if (taskId < 1 || taskId > static_cast<int>(tasks.size())) return nullptr;
        return &tasks[taskId - 1];
    }
    const ComponentPlan& componentOfTask(int taskId) const { return components[tasks[taskId - 1].componentIndex]; }
};

// Storm's config defaults merged with the topology's config and then `overrides`.
Config effectiveConfig(const model::TopologySpec& spec, const Config& overrides);

// Builds the plan. `spec` must outlive the plan (ComponentPlan::def points into it).
Result<PhysicalPlan> buildPlan(const model::TopologySpec& spec, const model::ComponentCatalog& catalog,
                               const Config& overrides);

} // namespace teacup::runtime
