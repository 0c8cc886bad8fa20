// Topology and component configuration as components see it: Storm's config map with
// Storm's key names (see docs/topology-format.md for every key Teacup reads).
#pragma once

#include <map>
#include <optional>
#include <string>

#include <teacup/sdk/value.h>

namespace teacup {

using Config = std::map<std::string, Value>;

// Typed reads that tolerate a missing or null key (Storm's ObjectReader style).
inline std::optional<std::int64_t> configInt(const Config& c, const std::string& key) {
    auto it = c.find(key);
    if (it == c.end() || !it->second.isNumber()) return std::nullopt;
    return it->second.asInt();
}
inline bool configBool(const Config& c, const std::string& key, bool fallback) {
    auto it = c.find(key);
    if (it == c.end() || !it->second.isBool()) return fallback;
    return it->second.asBool();
}
inline std::string configString(const Config& c, const std::string& key, const std::string& fallback) {
    auto it = c.find(key);
    if (it == c.end() || !it->second.isString()) return fallback;
    return it->second.asString();
}

} // namespace teacup
