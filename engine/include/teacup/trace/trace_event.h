// One thing that happened in a run, as the trace stream reports it. The studio, recordings
// and `teacup complete` consume these; the runtime produces them only when a sink is set.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <teacup/sdk/value.h>

namespace teacup::trace {

enum class EventKind : std::uint8_t {
    Emit,      // a task emitted a tuple (one event per emit call; `targets` lists receivers)
    Execute,   // a task started executing a tuple
    Ack,       // a bolt acked a tuple / a spout received ack(msgId) (then `root` is set)
    Fail,      // a bolt failed a tuple / a spout received fail(msgId)
    Timeout,   // a spout's pending tree expired (fail with reason timeout)
    Kill,      // a task was killed; `count` = messages lost from its queue
    Restart,   // the supervisor restarted a task
    Error,     // a component reported or threw an error; `text` holds the message
};

const char* eventKindName(EventKind kind);

struct TraceEvent {
    EventKind kind = EventKind::Emit;
    std::int64_t timeNanos = 0;     // scheduler time
    std::int32_t task = 0;          // task where it happened
    std::string stream;             // stream of the tuple (Emit/Execute/Ack/Fail)
    std::uint64_t tupleId = 0;      // trace id of the tuple (Emit: the new tuple)
    std::vector<std::uint64_t> roots;   // root ids the tuple belongs to
    std::vector<std::uint64_t> anchors; // Emit: trace ids of the anchor tuples
    std::vector<std::int32_t> targets;  // Emit: receiving task ids
    Value messageId;                // spout message id (spout Emit/Ack/Fail/Timeout)
    Values values;                  // Emit: the tuple's values
    std::int64_t count = 0;         // Kill: messages lost
    std::string text;               // Error: the message
};

// Receives events on the thread that produced them; implementations must be thread-safe when
// used with the threaded scheduler. Must not call back into the session.
class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void onEvent(const TraceEvent& event) = 0;
};

} // namespace teacup::trace
