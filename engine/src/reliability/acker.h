// The acker's per-root XOR ledger (Storm's Acker bolt): tracks every tuple tree, tells the
// spout task when a tree completes (ledger 0), fails, or has its timeout reset. See
// docs/design/acker.md.
#pragma once

#include <cstdint>
#include <optional>

#include "reliability/rotating_map.h"

namespace teacup::reliability {

struct AckerReply {
    enum class Kind { Ack, Fail, ResetTimeout };
    Kind kind = Kind::Ack;
    int spoutTask = 0;
    std::uint64_t root = 0;
    std::int64_t deltaNanos = 0;  // time since the ledger entry was created (complete latency)
};

// Owned by one __acker task; every call happens on that task's executor thread.
class Acker {
public:
    // Storm's TIMEOUT_BUCKET_NUM: entries die silently 2T–3T after their last put.
    static constexpr std::size_t kTimeoutBuckets = 3;

    Acker() : m_pending(kTimeoutBuckets) {}

    std::optional<AckerReply> init(std::uint64_t root, std::uint64_t value, int spoutTask, std::int64_t now);
    std::optional<AckerReply> ack(std::uint64_t root, std::uint64_t value, std::int64_t now);
    std::optional<AckerReply> fail(std::uint64_t root, std::int64_t now);
    std::optional<AckerReply> resetTimeout(std::uint64_t root, std::int64_t now);
    // Rotates the ledger on the acker's tick; returns how many entries expired silently.
    std::size_t tick();

    std::size_t pending() const { return m_pending.size(); }
    void clear() { m_pending.clear(); }

private:
    struct Entry {
        std::uint64_t value = 0;
        std::int64_t startNanos = 0;
        int spoutTask = -1;
        bool failed = false;
    };
    Entry& entry(std::uint64_t root, std::int64_t now, bool reinsert);
    std::optional<AckerReply> settle(std::uint64_t root, bool reset, std::int64_t now);

    RotatingMap<std::uint64_t, Entry> m_pending;
};

} // namespace teacup::reliability
