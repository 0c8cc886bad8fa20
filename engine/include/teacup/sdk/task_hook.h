// Task hooks (Storm's ITaskHook): callbacks a component registers on its own task to watch
// what the task does — every emit (the sends to the acker included, as in Storm), spout acks
// and fails, bolt executes, acks and fails. Register one from open()/prepare() with
// TopologyContext::addTaskHook; it lives as long as the task instance and is dropped when the
// task is killed (the restarted instance registers its own).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include <teacup/sdk/config.h>
#include <teacup/sdk/tuple.h>
#include <teacup/sdk/value.h>

namespace teacup {

class TopologyContext;

// One emit: user streams, and the task's own sends on `__ack_init`, `__ack_ack`,
// `__ack_fail` and `__ack_reset_timeout` (values: root id and XOR value, as Storm sends them).
struct EmitInfo {
    const Values& values;
    const std::string& stream;
    int taskId = 0;
    std::span<const int> outTasks;  // receiving task ids
};

struct SpoutAckInfo {
    const Value& messageId;
    int spoutTaskId = 0;
    std::optional<std::int64_t> completeLatencyMs;
};

struct SpoutFailInfo {
    const Value& messageId;
    int spoutTaskId = 0;
    std::optional<std::int64_t> failLatencyMs;
};

struct BoltExecuteInfo {
    const Tuple& tuple;
    int executingTaskId = 0;
    std::optional<std::int64_t> executeLatencyMs;
};

struct BoltAckInfo {
    const Tuple& tuple;
    int ackingTaskId = 0;
    std::optional<std::int64_t> processLatencyMs;
};

struct BoltFailInfo {
    const Tuple& tuple;
    int failingTaskId = 0;
    std::optional<std::int64_t> failLatencyMs;
};

// Every callback runs on the task's own executor thread, synchronously, in the order the
// events happen. Exceptions thrown by a hook are treated like the component's own.
class TaskHook {
public:
    virtual ~TaskHook() = default;
    virtual void prepare(const Config& /*config*/, TopologyContext& /*context*/) {}
    virtual void cleanup() {}
    virtual void emit(const EmitInfo& /*info*/) {}
    virtual void spoutAck(const SpoutAckInfo& /*info*/) {}
    virtual void spoutFail(const SpoutFailInfo& /*info*/) {}
    virtual void boltExecute(const BoltExecuteInfo& /*info*/) {}
    virtual void boltAck(const BoltAckInfo& /*info*/) {}
    virtual void boltFail(const BoltFailInfo& /*info*/) {}
};

} // namespace teacup
