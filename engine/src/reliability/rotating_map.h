// Storm's RotatingMap: keys live in the newest of N buckets; each rotate() drops the oldest
// bucket and hands its entries to the caller. Gives Storm's timeout granularity: an entry
// put just before a rotation expires after N-1 to N rotations.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace teacup::reliability {

// Not thread-safe: owned by one task and touched only on its executor's thread.
template <typename K, typename V> class RotatingMap {
public:
    explicit RotatingMap(std::size_t buckets) : m_buckets(buckets < 2 ? 2 : buckets) {}

    // Inserts into the newest bucket, removing the key from every other bucket (Storm's put).
    void put(const K& key, V value) {
        for (std::size_t i = 1; i < m_buckets.size(); ++i) m_buckets[i].erase(key);
        m_buckets[0][key] = std::move(value);
    }
    V* find(const K& key) {
        for (auto& b : m_buckets) {
            auto it = b.find(key);
            if (it != b.end()) return &it->second;
        }
        return nullptr;
    }
    std::optional<V> remove(const K& key) {
        for (auto& b : m_buckets) {
            auto it = b.find(key);
            if (it != b.end()) {
                V v = std::move(it->second);
                b.erase(it);
                return v;
            }
        }
        return std::nullopt;
    }
    // Moves an existing entry to the newest bucket; false when absent.
    bool touch(const K& key) {
        auto v = remove(key);
        if (!v) return false;
        m_buckets[0][key] = std::move(*v);
        return true;
    }
    // Drops the oldest bucket and returns its entries, in no particular order.
    std::vector<std::pair<K, V>> rotate() {
        std::vector<std::pair<K, V>> expired;
        auto& oldest = m_buckets.back();
        expired.reserve(oldest.size());
        for (auto& kv : oldest) expired.emplace_back(kv.first, std::move(kv.second));
        m_buckets.pop_back();
        m_buckets.emplace_front();
        return expired;
    }
    std::size_t size() const {
        std::size_t n = 0;
        for (const auto& b : m_buckets) n += b.size();
        return n;
    }
    void clear() {
        for (auto& b : m_buckets) b.clear();
    }

private:
    std::deque<std::unordered_map<K, V>> m_buckets;
};

} // namespace teacup::reliability
