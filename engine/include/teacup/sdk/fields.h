// Declared field names of a stream (Storm's Fields): order, lookup by name, selection of a
// sub-key. Duplicate names are reported by the declarer, never by this type.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <teacup/sdk/value.h>

namespace teacup {

class Fields {
public:
    Fields() = default;
    Fields(std::initializer_list<std::string> names) : m_names(names) {}
    explicit Fields(std::vector<std::string> names) : m_names(std::move(names)) {}

    std::size_t size() const { return m_names.size(); }
    bool empty() const { return m_names.empty(); }
    const std::string& get(std::size_t i) const { return m_names.at(i); }
    const std::vector<std::string>& names() const { return m_names; }
    auto begin() const { return m_names.begin(); }
    auto end() const { return m_names.end(); }

    // Position of a field, or nullopt when the stream does not declare it. Linear: streams
    // have a handful of fields, and the runtime resolves grouping keys to indexes once.
    std::optional<std::size_t> fieldIndex(const std::string& name) const {
        auto it = std::find(m_names.begin(), m_names.end(), name);
        if (it == m_names.end()) return std::nullopt;
        return static_cast<std::size_t>(it - m_names.begin());
    }
    bool contains(const std::string& name) const { return fieldIndex(name).has_value(); }

    // First name that appears twice, or nullopt.
    std::optional<std::string> duplicate() const {
        for (std::size_t i = 0; i < m_names.size(); ++i)
            for (std::size_t j = i + 1; j < m_names.size(); ++j)
                if (m_names[i] == m_names[j]) return m_names[i];
        return std::nullopt;
    }

    bool operator==(const Fields&) const = default;

private:
    std::vector<std::string> m_names;
};

} // namespace teacup
