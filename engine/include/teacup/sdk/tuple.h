// A tuple as a component sees it (Storm's Tuple): values, field names, where it came from,
// and the acking identity the runtime attaches. Handles are cheap to copy and share one body.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <teacup/sdk/fields.h>
#include <teacup/sdk/value.h>

namespace teacup {

// Root id -> XOR of edge ids of this tuple (Storm's MessageId.anchorsToIds). Almost every
// tuple has one root, so the first entry is stored inline.
class AnchorMap {
public:
    using Entry = std::pair<std::uint64_t, std::uint64_t>;

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    const Entry& at(std::size_t i) const { return i == 0 ? m_first : m_more[i - 1]; }

    // XORs `edge` into the entry for `root`, adding the root if it is new.
    void xorInto(std::uint64_t root, std::uint64_t edge) {
        for (std::size_t i = 0; i < m_size; ++i) {
            Entry& e = i == 0 ? m_first : m_more[i - 1];
            if (e.first == root) {
                e.second ^= edge;
                return;
            }
        }
        if (m_size == 0)
            m_first = {root, edge};
        else
            m_more.emplace_back(root, edge);
        ++m_size;
    }

    // Empties the map, keeping its storage (the runtime reuses tuple bodies).
    void clear() {
        m_size = 0;
        m_more.clear();
    }

    template <typename F> void forEach(F&& f) const {
        for (std::size_t i = 0; i < m_size; ++i) f(at(i).first, at(i).second);
    }

private:
    std::uint32_t m_size = 0;
    Entry m_first{0, 0};
    std::vector<Entry> m_more;
};

// The shared body of a tuple. Filled by the runtime; components read it through Tuple.
// `ackVal` is the one mutable part: the executor that received this copy XORs in the edge
// ids of children anchored to it (Storm's TupleImpl.ackVal). Only that executor touches it.
struct TupleBody {
    Values values;
    std::shared_ptr<const Fields> fields;
    const std::string* sourceComponent = nullptr; // owned by the running topology
    const std::string* sourceStream = nullptr;    // owned by the running topology
    std::int32_t sourceTask = 0;
    std::int32_t inputIndex = 0; // the receiver's input (source component, stream) it came in on
    std::uint64_t id = 0;   // trace id, unique within a run
    AnchorMap anchors;      // Storm's message id
    std::uint64_t ackVal = 0;
    std::int64_t executeStartNanos = 0; // for processLatency
    std::atomic<std::uint32_t> refs{1};
    // Called instead of `delete` when the last handle lets go, when set: the runtime hands the
    // body back to the pool of the executor that made it (bodies are reused, not freed on
    // another thread). Bodies built without it are deleted.
    void (*recycle)(TupleBody*) = nullptr;
    void* pool = nullptr;
};

// A reference-counted handle to a TupleBody. Copying shares the body (Java reference
// semantics): a bolt may keep a Tuple and ack it later from its own executor.
class Tuple {
public:
    Tuple() = default;
    explicit Tuple(TupleBody* adopt) : m_body(adopt) {}
    Tuple(const Tuple& o) : m_body(o.m_body) { retain(); }
    Tuple(Tuple&& o) noexcept : m_body(std::exchange(o.m_body, nullptr)) {}
    Tuple& operator=(Tuple o) noexcept {
        std::swap(m_body, o.m_body);
        return *this;
    }
    ~Tuple() { release(); }

    bool valid() const { return m_body != nullptr; }
    std::size_t size() const { return m_body->values.size(); }
    const Values& values() const { return m_body->values; }
    const Value& value(std::size_t i) const { return m_body->values.at(i); }
    const Fields& fields() const { return *m_body->fields; }
    bool contains(const std::string& field) const { return m_body->fields->contains(field); }
    // The value of a named field; a null Value when the stream has no such field.
    const Value& valueByField(const std::string& field) const {
        static const Value none;
        auto i = m_body->fields->fieldIndex(field);
        return i && *i < m_body->values.size() ? m_body->values[*i] : none;
    }
    const std::string& stringAt(std::size_t i) const { return value(i).asString(); }
    std::int64_t intAt(std::size_t i) const { return value(i).asInt(); }
    const std::string& sourceComponent() const { return *m_body->sourceComponent; }
    const std::string& sourceStreamId() const { return *m_body->sourceStream; }
    int sourceTask() const { return m_body->sourceTask; }
    std::uint64_t id() const { return m_body->id; }
    const AnchorMap& anchors() const { return m_body->anchors; }

    // For the runtime only: the body this handle points at.
    TupleBody* body() const { return m_body; }
    bool operator==(const Tuple& o) const { return m_body == o.m_body; }

private:
    void retain() {
        if (m_body) m_body->refs.fetch_add(1, std::memory_order_relaxed);
    }
    void release() {
        if (m_body && m_body->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            if (m_body->recycle)
                m_body->recycle(m_body);
            else
                delete m_body;
        }
    }
    TupleBody* m_body = nullptr;
};

} // namespace teacup
