// TopologyContext over the physical plan.
#include "runtime/task_context.h"

namespace teacup::runtime {

TaskContextImpl::TaskContextImpl(const PhysicalPlan& plan, int taskId, Transport& transport, std::uint64_t seed)
    : m_plan(plan), m_component(plan.componentOfTask(taskId)), m_taskId(taskId), m_transport(transport),
      m_random(seed) {
    const int worker = plan.tasks[taskId - 1].worker;
    for (const auto& t : plan.tasks)
        if (t.worker == worker) m_workerTasks.push_back(t.taskId);
}

const std::string& TaskContextImpl::componentId(int taskId) const {
    static const std::string none;
    if (taskId == -1) return kSystemComponent;
    const TaskInfo* t = m_plan.task(taskId);
    return t ? m_plan.components[t->componentIndex].id : none;
}

std::span<const int> TaskContextImpl::componentTasks(const std::string& componentId) const {
    const ComponentPlan* c = m_plan.component(componentId);
    if (!c) return {};
    return c->tasks;
}

std::vector<std::string> TaskContextImpl::componentIds() const {
    std::vector<std::string> ids;
    for (const auto& c : m_plan.components) ids.push_back(c.id);
    return ids;
}

const Fields* TaskContextImpl::componentOutputFields(const std::string& componentId,
                                                     const std::string& streamId) const {
    const ComponentPlan* c = m_plan.component(componentId);
    if (!c) return nullptr;
    const auto* s = c->findStream(streamId);
    return s ? &s->fields : nullptr;
}

std::vector<std::string> TaskContextImpl::thisStreams() const {
    std::vector<std::string> out;
    for (const auto& s : m_component.streams) out.push_back(s.id);
    return out;
}

void TaskContextImpl::addTaskHook(std::shared_ptr<TaskHook> hook) {
    if (!hook) return;
    hook->prepare(m_component.config, *this);
    m_hooks.push_back(std::move(hook));
}

void TaskContextImpl::cleanupHooks() {
    for (auto& h : m_hooks) h->cleanup();
    m_hooks.clear();
}

} // namespace teacup::runtime
