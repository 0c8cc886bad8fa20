// The collector a Bolt emits, acks and fails through (Storm's OutputCollector).
#pragma once

#include <initializer_list>
#include <span>
#include <string>

#include <teacup/sdk/output_fields_declarer.h>
#include <teacup/sdk/tuple.h>

namespace teacup {

// Implemented by the runtime; call it only from the bolt's own execute/prepare thread.
// Emit rules follow Storm: an undeclared stream, a regular emit on a stream with a direct
// subscriber, an emitDirect to a task that subscribes with a regular grouping, or a value
// count that differs from the declared fields throw EmitError. A declared stream with no
// subscriber, or an emitDirect to a task that does not subscribe, delivers nowhere.
class OutputCollector {
public:
    virtual ~OutputCollector() = default;

    // Returns the task ids the tuple was sent to; the span stays valid until the next call
    // on this collector.
    virtual std::span<const int> emit(const std::string& streamId, std::span<const Tuple> anchors,
                                      Values values) = 0;
    virtual void emitDirect(int taskId, const std::string& streamId, std::span<const Tuple> anchors,
                            Values values) = 0;
    // Ack, fail or reset the timeout of a tuple this task received. Acking twice or acking a
    // tuple of another task breaks the tree's ledger exactly as it does in Storm.
    virtual void ack(const Tuple& input) = 0;
    virtual void fail(const Tuple& input) = 0;
    virtual void resetTimeout(const Tuple& input) = 0;
    // Records `message` as the component's last error (shown in statistics and the log).
    virtual void reportError(const std::string& message) = 0;

    std::span<const int> emit(Values values) { return emit(kDefaultStream, std::span<const Tuple>(), std::move(values)); }
    std::span<const int> emit(const Tuple& anchor, Values values) {
        return emit(kDefaultStream, std::span<const Tuple>(&anchor, 1), std::move(values));
    }
    std::span<const int> emit(const std::string& streamId, const Tuple& anchor, Values values) {
        return emit(streamId, std::span<const Tuple>(&anchor, 1), std::move(values));
    }
    std::span<const int> emit(const std::string& streamId, Values values) {
        return emit(streamId, std::span<const Tuple>(), std::move(values));
    }
    void emitDirect(int taskId, const Tuple& anchor, Values values) {
        emitDirect(taskId, kDefaultStream, std::span<const Tuple>(&anchor, 1), std::move(values));
    }
    void emitDirect(int taskId, Values values) { emitDirect(taskId, kDefaultStream, std::span<const Tuple>(), std::move(values)); }
};

} // namespace teacup
