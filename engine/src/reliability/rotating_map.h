// Storm's RotatingMap: keys live in the newest of N buckets; each rotate() drops the oldest
// bucket and hands its entries to the caller. Gives Storm's timeout granularity: an entry
// put just before a rotation expires after N-1 to N rotations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace teacup::reliability {

// Not thread-safe: owned by one task and touched only on its executor's thread.
//
// One hash map holds every entry with the rotation ("generation") it was put in; an entry of
// generation g sits in bucket (current - g). That is Storm's bucket arithmetic with a single
// lookup per find/remove instead of one per bucket; rotate() scans for the oldest bucket's
// entries, which is cheap at timeout granularity.
template <typename K, typename V> class RotatingMap {
public:
    explicit RotatingMap(std::size_t buckets) : m_buckets(buckets < 2 ? 2 : buckets) {}

    // Inserts into the newest bucket, removing the key from every other bucket (Storm's put).
    void put(const K& key, V value) { m_entries.insert_or_assign(key, Slot{std::move(value), m_generation}); }
    V* find(const K& key) {
        auto it = m_entries.find(key);
        return it == m_entries.end() ? nullptr : &it->second.value;
    }
    std::optional<V> remove(const K& key) {
        auto it = m_entries.find(key);
        if (it == m_entries.end()) return std::nullopt;
        V v = std::move(it->second.value);
        m_entries.erase(it);
        return v;
    }
    // Moves an existing entry to the newest bucket; false when absent.
    bool touch(const K& key) {
        auto it = m_entries.find(key);
        if (it == m_entries.end()) return false;
        it->second.generation = m_generation;
        return true;
    }
    // Drops the oldest bucket and returns its entries, in the map's iteration order (the same
    // for the same sequence of operations, which keeps simulated runs repeatable).
    std::vector<std::pair<K, V>> rotate() {
        std::vector<std::pair<K, V>> expired;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (m_generation - it->second.generation >= m_buckets - 1) {
                expired.emplace_back(it->first, std::move(it->second.value));
                it = m_entries.erase(it);
            } else {
                ++it;
            }
        }
        ++m_generation;
        return expired;
    }
    std::size_t size() const { return m_entries.size(); }
    void clear() { m_entries.clear(); }

private:
    struct Slot {
        V value;
        std::uint64_t generation;
    };
    std::uint64_t m_buckets;
    std::uint64_t m_generation = 0;
    std::unordered_map<K, Slot> m_entries;
};

} // namespace teacup::reliability
