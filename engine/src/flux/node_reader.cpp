// yaml-cpp nodes to typed values and coerced bean properties, following SnakeYAML inside
// Storm's Flux (docs/topology-format.md, "YAML 1.1 scalars").
#include "flux/node_reader.h"

#include <algorithm>
#include <limits>

#include "flux/yaml11_scalar.h"
#include "model/spelling.h"

namespace teacup::flux {

namespace {

// SnakeYAML refuses documents nested deeper than 50; a little slack for Teacup's own maps.
constexpr int kMaxDepth = 64;
// Values visited per file, counting every alias expansion (SnakeYAML caps aliases at 50).
constexpr long kNodeBudget = 200'000;

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

} // namespace

std::string describeNode(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
    case YAML::NodeType::Null: return "an empty value";
    case YAML::NodeType::Undefined: break;
    }
    return "nothing";
}

NodeReader::NodeReader(std::string file, const PositionMap& positions, Diagnostics& diagnostics)
    : m_file(std::move(file)), m_positions(positions), m_diagnostics(diagnostics), m_budget(kNodeBudget) {}

SourceLocation NodeReader::at(const YAML::Mark& mark) const {
    if (mark.line < 0 || mark.column < 0) return {m_file, 0, 0};
    auto p = m_positions.original(mark.line, mark.column);
    return {m_file, p.line + 1, p.column + 1};
}

bool NodeReader::spend(const YAML::Node& node, int depth) {
    if (depth > kMaxDepth) {
        if (!m_depthReported)
            m_diagnostics.error(at(node), "values nest deeper than " + std::to_string(kMaxDepth) + " levels",
                                "check for an alias that refers to itself (&a [*a])");
        m_depthReported = true;
        return false;
    }
    if (--m_budget < 0) {
        if (!m_budgetReported)
            m_diagnostics.error(at(node), "the file expands to more than " + std::to_string(kNodeBudget) + " values",
                                "aliases (*name) repeat whole subtrees; use fewer of them");
        m_budgetReported = true;
        return false;
    }
    return true;
}

std::vector<NodeReader::Entry> NodeReader::entries(const YAML::Node& map) { return entriesAt(map, 0, true); }

std::vector<NodeReader::Entry> NodeReader::entriesAt(const YAML::Node& map, int depth, bool warnDuplicates) {
    std::vector<Entry> out;
    std::vector<YAML::Node> merges;
    if (!map.IsMap() || !spend(map, depth)) return out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        // Copies: yaml-cpp's iterator hands out a temporary pair, so references would dangle.
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        if (!key.IsScalar() && !key.IsNull()) {
            m_diagnostics.error(at(key), "a map key must be a plain word, not " + describeNode(key),
                                "keys are words such as id, className or a config key");
            continue;
        }
        if (key.IsScalar() && key.Scalar() == "<<" && key.Tag() == "?") {
            merges.push_back(value);
            continue;
        }
        Entry e{key.Scalar(), value, at(key), {}};
        e.valueLocation = value.IsNull() ? e.keyLocation : at(value);
        auto same = std::find_if(out.begin(), out.end(), [&](const Entry& o) { return o.key == e.key; });
        if (same == out.end()) {
            out.push_back(std::move(e));
            continue;
        }
        if (warnDuplicates)
            m_diagnostics.warning(e.keyLocation, "key '" + e.key + "' is given twice; the later value wins, as in Flux",
                                  "remove one of them");
        same->value = e.value;
        same->valueLocation = e.valueLocation;
    }
    for (const auto& source : merges) mergeInto(out, source, depth + 1);
    return out;
}

// YAML merge keys: explicit keys win, then earlier merged maps win over later ones.
void NodeReader::mergeInto(std::vector<Entry>& merged, const YAML::Node& source, int depth) {
    std::vector<YAML::Node> maps;
    if (source.IsMap()) {
        maps.push_back(source);
    } else if (source.IsSequence()) {
        for (const auto& item : source) maps.push_back(item);
    }
    for (const auto& m : maps) {
        if (!m.IsMap()) {
            m_diagnostics.error(at(m), "a '<<' merge key needs a map or a list of maps, not " + describeNode(m),
                                "write <<: *anchor where the anchor names a map");
            continue;
        }
        for (auto& e : entriesAt(m, depth, false)) {
            bool present = std::any_of(merged.begin(), merged.end(), [&](const Entry& o) { return o.key == e.key; });
            if (!present) merged.push_back(std::move(e));
        }
    }
    if (maps.empty())
        m_diagnostics.error(at(source), "a '<<' merge key needs a map or a list of maps, not " + describeNode(source),
                            "write <<: *anchor where the anchor names a map");
}

void NodeReader::checkKeys(const std::vector<Entry>& entries, const std::vector<std::string>& allowed,
                           const std::string& where) {
    for (const auto& e : entries) {
        if (std::find(allowed.begin(), allowed.end(), e.key) != allowed.end()) continue;
        std::string hint = model::didYouMean(e.key, allowed);
        if (hint.empty()) hint = "allowed keys: " + joined(allowed);
        m_diagnostics.error(e.keyLocation, "unknown key '" + e.key + "' in " + where, hint);
    }
}

Value NodeReader::value(const YAML::Node& node) { return toValue(node, 0); }

Value NodeReader::toValue(const YAML::Node& node, int depth) {
    if (!spend(node, depth)) return {};
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null: return node.Tag() == "tag:yaml.org,2002:str" ? Value(std::string()) : Value();
    case YAML::NodeType::Scalar: {
        ScalarValue s = resolveScalar(node.Scalar(), node.Tag());
        if (!s.problem.empty()) {
            if (s.isError) m_diagnostics.error(at(node), s.problem, "quote the value to keep it as a string");
            else m_diagnostics.warning(at(node), s.problem, "quote the value, or remove its tag");
        }
        return s.value;
    }
    case YAML::NodeType::Sequence: {
        ValueList list;
        for (const auto& item : node) list.push_back(toValue(item, depth + 1));
        return Value(std::move(list));
    }
    case YAML::NodeType::Map: {
        ValueMap map;
        for (const auto& e : entriesAt(node, depth + 1, true)) map[e.key] = toValue(e.value, depth + 1);
        return Value(std::move(map));
    }
    }
    return {};
}

ValueList NodeReader::valueList(const Entry& entry, const std::string& what) {
    const YAML::Node& v = entry.value;
    auto items = sequence(entry, what, v.IsScalar() ? "write a list: [" + v.Scalar() + "]" : "write a list");
    ValueList out;
    if (!items) return out;
    for (const auto& item : *items) out.push_back(value(item));
    return out;
}

std::optional<std::string> NodeReader::text(const Entry& entry, const std::string& what) {
    const YAML::Node& v = entry.value;
    if (v.IsNull()) return std::nullopt;
    if (v.IsScalar()) return v.Scalar();
    m_diagnostics.error(entry.valueLocation, what + " must be a single value, not " + describeNode(v),
                        "write one word, or quote the text");
    return std::nullopt;
}

std::optional<int> NodeReader::integer(const Entry& entry, const std::string& what) {
    const YAML::Node& v = entry.value;
    if (v.IsScalar()) {
        IntParse parsed = constructInt(v.Scalar());
        if (parsed.value && *parsed.value >= std::numeric_limits<int>::min() &&
            *parsed.value <= std::numeric_limits<int>::max())
            return static_cast<int>(*parsed.value);
    }
    m_diagnostics.error(entry.valueLocation, what + " must be a whole number, not " + describeNode(v),
                        "Flux reads " + entry.key + " as a Java int: write e.g. " + entry.key + ": 2");
    return std::nullopt;
}

std::optional<bool> NodeReader::boolean(const Entry& entry, const std::string& what) {
    const YAML::Node& v = entry.value;
    if (v.IsScalar())
        if (auto b = boolWord(v.Scalar())) return b;
    m_diagnostics.error(entry.valueLocation, what + " must be true or false, not " + describeNode(v),
                        "write " + entry.key + ": true (or false)");
    return std::nullopt;
}

std::optional<std::vector<YAML::Node>> NodeReader::sequence(const Entry& entry, const std::string& what,
                                                            const std::string& hint) {
    const YAML::Node& v = entry.value;
    std::vector<YAML::Node> items;
    if (v.IsNull()) return items;
    if (!v.IsSequence()) {
        m_diagnostics.error(entry.valueLocation, what + " must be a list, not " + describeNode(v), hint);
        return std::nullopt;
    }
    if (!spend(v, 0)) return std::nullopt;
    for (const auto& item : v) items.push_back(item);
    return items;
}

} // namespace teacup::flux
