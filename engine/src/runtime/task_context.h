// The TopologyContext a task sees: read-only views of the physical plan plus the
// scheduler's clock and the task's seeded Random.
#pragma once

#include <teacup/runtime/physical_plan.h>
#include <teacup/sdk/topology_context.h>

#include "runtime/transport.h"

namespace teacup::runtime {

class TaskContextImpl final : public TopologyContext {
public:
    TaskContextImpl(const PhysicalPlan& plan, int taskId, Transport& transport, std::uint64_t seed);

    const std::string& topologyName() const override { return m_plan.topologyName; }
    const std::string& thisComponentId() const override { return m_component.id; }
    int thisTaskId() const override { return m_taskId; }
    int thisTaskIndex() const override { return m_plan.tasks[m_taskId - 1].index; }
    int thisWorkerIndex() const override { return m_plan.tasks[m_taskId - 1].worker; }
    std::span<const int> thisWorkerTasks() const override { return m_workerTasks; }
    const std::string& componentId(int taskId) const override;
    std::span<const int> componentTasks(const std::string& componentId) const override;
    std::vector<std::string> componentIds() const override;
    const Fields* componentOutputFields(const std::string& componentId, const std::string& streamId) const override;
    std::vector<std::string> thisStreams() const override;
    const std::vector<StreamInput>& thisSources() const override { return m_component.inputs; }
    const Config& config() const override { return m_component.config; }
    std::int64_t nowNanos() const override { return m_transport.now(); }
    Random& random() override { return m_random; }
    void addTaskHook(std::shared_ptr<TaskHook> hook) override;
    void reseed(std::uint64_t seed) { m_random.reseed(seed); }

    const std::vector<std::shared_ptr<TaskHook>>& hooks() const { return m_hooks; }
    bool hasHooks() const { return !m_hooks.empty(); }
    // cleanup(): the task closed normally (hooks get cleanup()); a killed task just drops them.
    void cleanupHooks();
    void dropHooks() { m_hooks.clear(); }

private:
    const PhysicalPlan& m_plan;
    const ComponentPlan& m_component;
    int m_taskId;
    Transport& m_transport;
    Random m_random;
    std::vector<int> m_workerTasks;
    std::vector<std::shared_ptr<TaskHook>> m_hooks;
};

} // namespace teacup::runtime
