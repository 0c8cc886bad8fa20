// The collector a Spout emits through (Storm's SpoutOutputCollector).
#pragma once

#include <span>
#include <string>

#include <teacup/sdk/output_fields_declarer.h>
#include <teacup/sdk/value.h>

namespace teacup {

// Implemented by the runtime; call it only from the spout's own thread (open, nextTuple,
// ack, fail). A non-null message id starts a tuple tree that ends in ack(msgId) or
// fail(msgId) on this same task; a null message id emits unreliably. Emit rules as in
// OutputCollector. With `topology.acker.executors: 0`, ack(msgId) runs inside emit, before
// emit returns, as it does in Storm.
class SpoutOutputCollector {
public:
    virtual ~SpoutOutputCollector() = default;

    // Returns the task ids the tuple was sent to; valid until the next call on this collector.
    virtual std::span<const int> emit(const std::string& streamId, Values values, Value messageId) = 0;
    virtual void emitDirect(int taskId, const std::string& streamId, Values values, Value messageId) = 0;
    virtual void reportError(const std::string& message) = 0;
    // Trees this task has open (message id set and acking on).
    virtual int pendingCount() const = 0;

    std::span<const int> emit(Values values, Value messageId = {}) {
        return emit(kDefaultStream, std::move(values), std::move(messageId));
    }
};

} // namespace teacup
