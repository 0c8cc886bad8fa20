// Storm's acker algorithm (storm.md §3.5): init/ack XOR into the ledger, fail and reset
// re-insert as newest, and after each message the zero test comes first.
#include "reliability/acker.h"

namespace teacup::reliability {

Acker::Entry& Acker::entry(std::uint64_t root, std::int64_t now, bool reinsert) {
    if (m_pending.find(root)) {
        if (reinsert) m_pending.touch(root);
        return *m_pending.find(root);
    }
    Entry fresh;
    fresh.startNanos = now;
    m_pending.put(root, fresh);
    return *m_pending.find(root);
}

std::optional<AckerReply> Acker::settle(std::uint64_t root, bool reset, std::int64_t now) {
    Entry* e = m_pending.find(root);
    if (!e || e->spoutTask < 0) return std::nullopt;  // no spout known yet: nobody to tell
    AckerReply reply;
    reply.spoutTask = e->spoutTask;
    reply.root = root;
    reply.deltaNanos = now - e->startNanos;
    if (e->value == 0) {
        reply.kind = AckerReply::Kind::Ack;
        m_pending.remove(root);
        return reply;
    }
    if (e->failed) {
        reply.kind = AckerReply::Kind::Fail;
        m_pending.remove(root);
        return reply;
    }
    if (reset) {
        reply.kind = AckerReply::Kind::ResetTimeout;
        return reply;
    }
    return std::nullopt;
}

std::optional<AckerReply> Acker::init(std::uint64_t root, std::uint64_t value, int spoutTask, std::int64_t now) {
    Entry& e = entry(root, now, false);
    e.value ^= value;
    e.spoutTask = spoutTask;
    return settle(root, false, now);
}

std::optional<AckerReply> Acker::ack(std::uint64_t root, std::uint64_t value, std::int64_t now) {
    Entry& e = entry(root, now, false);  // Storm 2.x does not move an acked entry to the newest bucket
    e.value ^= value;
    return settle(root, false, now);
}

std::optional<AckerReply> Acker::fail(std::uint64_t root, std::int64_t now) {
    Entry& e = entry(root, now, true);
    e.failed = true;
    return settle(root, false, now);
}

std::optional<AckerReply> Acker::resetTimeout(std::uint64_t root, std::int64_t now) {
    entry(root, now, true);
    return settle(root, true, now);
}

std::size_t Acker::tick() { return m_pending.rotate().size(); }

} // namespace teacup::reliability
