// Shared CLI helpers.
#include "cli_common.h"

#include <cmath>
#include <iostream>

namespace teacup::cli {

void printDiagnostics(const Diagnostics& diagnostics, std::ostream& out) {
    for (const auto& d : diagnostics.items()) out << d.format() << '\n';
}

std::optional<model::TopologySpec> loadTopology(const std::string& path, const LoadFlags& flags) {
    flux::LoadOptions options;
    options.filterFile = flags.filter;
    options.envFilter = flags.envFilter;
    auto result = flux::loadFile(path, options);
    printDiagnostics(result.diagnostics, std::cerr);
    if (!result.ok()) return std::nullopt;
    return std::move(result.spec);
}

void loadPlugins(plugin::Registry& registry, const std::vector<std::string>& extra) {
    for (const auto& e : registry.loadDirectories(plugin::pluginSearchPath(extra)))
        std::cerr << "warning: " << e.message << '\n';
    for (const auto& w : registry.warnings()) std::cerr << "warning: " << w << '\n';
}

std::optional<std::int64_t> parseDuration(const std::string& text) {
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(text, &used);
    } catch (...) {
        return std::nullopt;
    }
    const std::string unit = text.substr(used);
    double scale = 1e9;
    if (unit == "ms")
        scale = 1e6;
    else if (unit == "us")
        scale = 1e3;
    else if (unit == "m" || unit == "min")
        scale = 60e9;
    else if (unit == "h")
        scale = 3600e9;
    else if (!unit.empty() && unit != "s")
        return std::nullopt;
    if (!std::isfinite(v) || v < 0) return std::nullopt;
    return static_cast<std::int64_t>(v * scale);
}

Value parseScalar(const std::string& text) {
    if (text == "true") return Value(true);
    if (text == "false") return Value(false);
    if (text == "null" || text == "~") return Value();
    try {
        std::size_t used = 0;
        const long long i = std::stoll(text, &used);
        if (used == text.size()) return Value::integer(i);
        const double d = std::stod(text, &used);
        if (used == text.size()) return Value(d);
    } catch (...) {
    }
    return Value(text);
}

nlohmann::json toJson(const Value& v) {
    switch (v.kind()) {
    case ValueKind::Null: return nullptr;
    case ValueKind::Bool: return v.asBool();
    case ValueKind::Int:
    case ValueKind::Long: return v.asInt();
    case ValueKind::Double: return v.asDouble();
    case ValueKind::String: return v.asString();
    case ValueKind::Bytes: return v.asBytes().data;
    case ValueKind::List: {
        auto a = nlohmann::json::array();
        for (const auto& e : v.asList()) a.push_back(toJson(e));
        return a;
    }
    case ValueKind::Map: {
        auto o = nlohmann::json::object();
        for (const auto& [k, e] : v.asMap()) o[k] = toJson(e);
        return o;
    }
    }
    return nullptr;
}

Value fromJson(const nlohmann::json& j) {
    if (j.is_null()) return Value();
    if (j.is_boolean()) return Value(j.get<bool>());
    if (j.is_number_integer()) return Value::integer(j.get<std::int64_t>());
    if (j.is_number_unsigned()) return Value::integer(static_cast<std::int64_t>(j.get<std::uint64_t>()));
    if (j.is_number_float()) return Value(j.get<double>());
    if (j.is_string()) return Value(j.get<std::string>());
    if (j.is_array()) {
        ValueList l;
        for (const auto& e : j) l.push_back(fromJson(e));
        return Value(std::move(l));
    }
    ValueMap m;
    for (auto it = j.begin(); it != j.end(); ++it) m[it.key()] = fromJson(it.value());
    return Value(std::move(m));
}

} // namespace teacup::cli
