// Reading yaml-cpp nodes the way SnakeYAML fills Flux's beans: typed values with YAML 1.1
// rules, coerced bean properties, merge keys, unknown-key checks and 1-based positions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <teacup/common/diagnostics.h>
#include <teacup/sdk/value.h>

#include "flux/position_map.h"

namespace teacup::flux {

// One reader per file being loaded; it reports into the caller's Diagnostics and never
// throws for bad input. Guards against alias bombs and self-referencing aliases with a node
// budget and a nesting limit. Single-threaded, lives for one load.
class NodeReader {
public:
    NodeReader(std::string file, const PositionMap& positions, Diagnostics& diagnostics);

    const std::string& file() const { return m_file; }
    Diagnostics& diagnostics() { return m_diagnostics; }

    SourceLocation at(const YAML::Mark& mark) const;
    SourceLocation at(const YAML::Node& node) const { return at(node.Mark()); }

    struct Entry {
        std::string key;
        YAML::Node value;
        SourceLocation keyLocation;
        SourceLocation valueLocation; // of the value; of the key when the value is empty
    };
    // A map's entries in file order, with `<<` merge keys applied. A key given twice keeps
    // its first place and its last value, as SnakeYAML does, with a warning.
    std::vector<Entry> entries(const YAML::Node& map);
    // An error for every key not in `allowed`: "unknown key 'k' in <where>", with a
    // did-you-mean hint or the list of allowed keys.
    void checkKeys(const std::vector<Entry>& entries, const std::vector<std::string>& allowed,
                   const std::string& where);

    // A value typed by YAML 1.1 rules: config values, arguments, property values.
    Value value(const YAML::Node& node);
    ValueList valueList(const Entry& entry, const std::string& what);

    // Bean properties, coerced as SnakeYAML coerces them into Flux's Java fields. `what`
    // names the property in messages ("parallelism of bolt 'count'"). Null values give
    // nullopt without a diagnostic; other failures report an error and give nullopt.
    std::optional<std::string> text(const Entry& entry, const std::string& what);
    std::optional<int> integer(const Entry& entry, const std::string& what);
    std::optional<bool> boolean(const Entry& entry, const std::string& what);
    // The items of a list; null gives an empty list. Anything else is an error.
    std::optional<std::vector<YAML::Node>> sequence(const Entry& entry, const std::string& what,
                                                    const std::string& hint);

private:
    std::vector<Entry> entriesAt(const YAML::Node& map, int depth, bool warnDuplicates);
    void mergeInto(std::vector<Entry>& merged, const YAML::Node& source, int depth);
    Value toValue(const YAML::Node& node, int depth);
    bool spend(const YAML::Node& node, int depth);

    std::string m_file;
    const PositionMap& m_positions;
    Diagnostics& m_diagnostics;
    long m_budget;
    bool m_budgetReported = false;
    bool m_depthReported = false;
};

// "a list", "a map", "a string" for messages about the wrong shape.
std::string describeNode(const YAML::Node& node);

} // namespace teacup::flux
