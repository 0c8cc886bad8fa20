// The Session behind teacup::runtime::Session: owns the spec copy, the plan, the runtime
// core and one scheduler, and routes every public call to it.
#pragma once

#include <memory>

#include <teacup/runtime/session.h>

#include "runtime/runtime_core.h"
#include "runtime/sim_scheduler.h"
#include "runtime/threaded_scheduler.h"

namespace teacup::runtime {

class SessionImpl final : public Session {
public:
    SessionImpl(model::TopologySpec spec, const plugin::Registry& registry, SessionOptions options);
    ~SessionImpl() override;
    Status init();

    const PhysicalPlan& plan() const override { return m_plan; }
    const SessionOptions& options() const override { return m_options; }
    Status start() override;
    void pause() override;
    void resume() override;
    void stop() override;
    Result<bool> step() override;
    Status runUntil(std::int64_t timeNanos) override;
    Result<bool> runUntilIdle(std::int64_t limitNanos, std::int64_t quietNanos) override;
    Result<bool> runUntilCondition(const std::function<bool()>& done, std::int64_t limitNanos) override;
    std::int64_t now() const override;
    Status killTask(int taskId) override;
    TaskState taskState(int taskId) const override;
    std::shared_ptr<const metrics::MetricsSnapshot> metrics() const override;
    std::shared_ptr<const metrics::MetricsSnapshot> snapshotNow() override;
    void setTraceSink(std::shared_ptr<trace::TraceSink> sink) override;
    bool spoutsExhausted() const override;
    std::vector<std::string> errors() const override;

    std::int64_t deliveries() const;

private:
    Status requireSim() const;
    model::TopologySpec m_spec;
    const plugin::Registry& m_registry;
    SessionOptions m_options;
    PhysicalPlan m_plan;
    std::unique_ptr<RuntimeCore> m_core;
    std::unique_ptr<SimScheduler> m_sim;
    std::unique_ptr<ThreadedScheduler> m_threaded;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace teacup::runtime
