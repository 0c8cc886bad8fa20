// What travels between executors: a tuple, an acker message, an acker reply to a spout, a
// tick, or a supervisor command. Acker traffic uses small messages instead of full tuples,
// but is counted on Storm's `__ack_*` streams exactly as Storm counts those tuples.
#pragma once

#include <cstdint>

#include <teacup/sdk/tuple.h>

namespace teacup::runtime {

enum class MessageKind : std::uint8_t {
    Tuple,        // a user tuple for task `task`
    AckInit,      // spout → acker: (root, value = XOR of edges, sourceTask = spout task)
    AckAck,       // bolt → acker: (root, value = id ^ ackVal)
    AckFail,      // bolt → acker: (root)
    AckReset,     // bolt → acker: (root)
    SpoutAck,     // acker → spout: (root, nanos = complete latency)
    SpoutFail,    // acker → spout: (root)
    SpoutReset,   // acker → spout: (root)
    Tick,         // timer: spout/acker timeout rotation, or bolt tick tuple
    Kill,         // supervisor: kill task `task`
    Restart,      // supervisor: restart task `task` (value = generation it restarts)
    Activate,     // session: spouts activate / deactivate (value 1 / 0)
    SampleMetrics // timer (simulated scheduler): record a metrics sample
};

struct Message {
    MessageKind kind = MessageKind::Tuple;
    std::int32_t task = 0;
    std::int32_t sourceTask = 0;
    std::uint64_t root = 0;
    std::uint64_t value = 0;
    std::int64_t nanos = 0;
    Tuple tuple;
};

inline bool isAckerBound(MessageKind k) {
    return k == MessageKind::AckInit || k == MessageKind::AckAck || k == MessageKind::AckFail ||
           k == MessageKind::AckReset;
}

} // namespace teacup::runtime
