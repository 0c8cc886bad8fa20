// Trace sinks and the canonical event text that determinism hashes are computed over.
#include <teacup/trace/sinks.h>

#include <cstdio>

namespace teacup::trace {

const char* eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::Emit: return "emit";
    case EventKind::Execute: return "execute";
    case EventKind::Ack: return "ack";
    case EventKind::Fail: return "fail";
    case EventKind::Timeout: return "timeout";
    case EventKind::Kill: return "kill";
    case EventKind::Restart: return "restart";
    case EventKind::Error: return "error";
    }
    return "?";
}

namespace {

void appendValue(std::string& out, const Value& v) {
    switch (v.kind()) {
    case ValueKind::Null: out += "null"; break;
    case ValueKind::Bool: out += v.asBool() ? "true" : "false"; break;
    case ValueKind::Int: out += std::to_string(v.rawInt()); break;
    case ValueKind::Long: out += std::to_string(v.rawLong()) + "L"; break;
    case ValueKind::Double: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", v.asDouble());
        out += buf;
        break;
    }
    case ValueKind::String: out += '"' + v.asString() + '"'; break;
    case ValueKind::Bytes: out += "bytes(" + std::to_string(v.asBytes().data.size()) + ")"; break;
    case ValueKind::List: {
        out += '[';
        bool first = true;
        for (const auto& e : v.asList()) {
            if (!first) out += ',';
            first = false;
            appendValue(out, e);
        }
        out += ']';
        break;
    }
    case ValueKind::Map: {
        out += '{';
        bool first = true;
        for (const auto& [k, e] : v.asMap()) {
            if (!first) out += ',';
            first = false;
            out += k + ':';
            appendValue(out, e);
        }
        out += '}';
        break;
    }
    }
}

template <typename T> void appendList(std::string& out, const char* name, const std::vector<T>& items) {
    if (items.empty()) return;
    out += ' ';
    out += name;
    out += '=';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(items[i]);
    }
}

} // namespace

std::string formatEvent(const TraceEvent& e) {
    std::string out = std::to_string(e.timeNanos) + ' ' + eventKindName(e.kind) + " task=" + std::to_string(e.task);
    if (!e.stream.empty()) out += " stream=" + e.stream;
    if (e.tupleId) out += " tuple=" + std::to_string(e.tupleId);
    appendList(out, "roots", e.roots);
    appendList(out, "anchors", e.anchors);
    appendList(out, "targets", e.targets);
    if (!e.messageId.isNull()) {
        out += " msg=";
        appendValue(out, e.messageId);
    }
    if (!e.values.empty()) {
        out += " values=";
        appendValue(out, Value(ValueList(e.values)));
    }
    if (e.count) out += " count=" + std::to_string(e.count);
    if (!e.text.empty()) out += " text=" + e.text;
    return out;
}

void HashingSink::onEvent(const TraceEvent& event) {
    const std::string line = formatEvent(event);
    std::lock_guard lock(m_mutex);
    for (unsigned char c : line) {
        m_hash ^= c;
        m_hash *= 1099511628211ULL;
    }
    m_hash ^= '\n';
    m_hash *= 1099511628211ULL;
    ++m_count;
}

std::uint64_t HashingSink::hash() const {
    std::lock_guard lock(m_mutex);
    return m_hash;
}

std::uint64_t HashingSink::count() const {
    std::lock_guard lock(m_mutex);
    return m_count;
}

std::string HashingSink::hex() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash()));
    return buf;
}

void CollectingSink::onEvent(const TraceEvent& event) {
    std::lock_guard lock(m_mutex);
    m_events.push_back(event);
}

std::vector<TraceEvent> CollectingSink::take() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_events, {});
}

std::size_t CollectingSink::size() const {
    std::lock_guard lock(m_mutex);
    return m_events.size();
}

void RingSink::onEvent(const TraceEvent& event) {
    std::lock_guard lock(m_mutex);
    if (m_events.size() >= m_capacity) {
        m_events.pop_front();
        ++m_dropped;
    }
    m_events.push_back(event);
}

std::vector<TraceEvent> RingSink::drain() {
    std::lock_guard lock(m_mutex);
    std::vector<TraceEvent> out(std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
    m_events.clear();
    return out;
}

std::uint64_t RingSink::dropped() const {
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace teacup::trace
