// Validation of config values for the keys Teacup reads (Storm's names, storm.md §4), and
// of component config keys Storm would strip (Executor.normalizedComponentConf, §1.10).
#include <array>
#include <cmath>

#include "model/validation_context.h"

namespace teacup::model {

namespace {

struct IntegerKey {
    const char* key;
    std::int64_t minimum;
};

// Storm validates these with its Integer validators at submit; whole-number doubles pass.
constexpr std::array<IntegerKey, 4> kIntegerKeys{{
    {"topology.workers", 1},
    {"topology.acker.executors", 0},
    {"topology.max.spout.pending", 1},
    {"topology.message.timeout.secs", 1},
}};
constexpr std::array<const char*, 2> kBooleanKeys{"topology.enable.message.timeouts", "topology.debug"};

// Keys a component may set for itself; other Storm keys in a component's config are dropped.
constexpr std::array<const char*, 9> kComponentOverridable{
    "topology.debug",
    "topology.max.spout.pending",
    "topology.max.task.parallelism",
    "topology.transactional.id",
    "topology.tick.tuple.freq.secs",
    "topology.sleep.spout.wait.strategy.time.ms",
    "topology.spout.wait.strategy",
    "topology.state.provider",
    "topology.state.provider.config",
};

SourceLocation configLocation(const ValidationContext& ctx, const std::string& key) {
    const auto& locations = ctx.spec.configLocations;
    for (auto it = locations.rbegin(); it != locations.rend(); ++it)
        if (it->first == key) return it->second;
    return ctx.spec.nameLocation;
}

std::string shown(const Value& v) {
    switch (v.kind()) {
    case ValueKind::String: return "the string '" + v.asString() + "'";
    case ValueKind::Bool: return v.asBool() ? "true" : "false";
    case ValueKind::Double: return std::to_string(v.asDouble());
    case ValueKind::List: return "a list";
    case ValueKind::Map: return "a map";
    default: return "a " + std::string(v.isNull() ? "null" : "non-number") + " value";
    }
}

void checkInteger(ValidationContext& ctx, const IntegerKey& spec, const Value& v) {
    const std::string key = spec.key;
    if (v.isNull()) return; // Storm's validators let null through: the default applies
    const bool whole = v.isInteger() || (v.kind() == ValueKind::Double && std::isfinite(v.asDouble()) &&
                                         std::floor(v.asDouble()) == v.asDouble());
    if (!whole) {
        std::string hint = v.isString() ? "write " + key + ": " + v.asString() + " without quotes"
                                        : "write a whole number, e.g. " + key + ": " + std::to_string(spec.minimum + 1);
        ctx.error(configLocation(ctx, key), key + " must be an integer, not " + shown(v), hint);
        return;
    }
    if (v.asInt() < spec.minimum)
        ctx.error(configLocation(ctx, key),
                  key + " must be at least " + std::to_string(spec.minimum) + ", got " + std::to_string(v.asInt()),
                  "use " + std::to_string(spec.minimum) + " or more");
}

void checkTopologyConfig(ValidationContext& ctx) {
    const Config& config = ctx.spec.config;
    for (const auto& k : kIntegerKeys)
        if (auto it = config.find(k.key); it != config.end()) checkInteger(ctx, k, it->second);
    for (const char* key : kBooleanKeys) {
        auto it = config.find(key);
        if (it == config.end() || it->second.isBool() || it->second.isNull()) continue;
        ctx.error(configLocation(ctx, key), std::string(key) + " must be true or false, not " + shown(it->second),
                  "write " + std::string(key) + ": true (or false) without quotes");
    }
}

bool stormKey(const std::string& key) { return key.rfind("topology.", 0) == 0 || key.rfind("storm.", 0) == 0; }

bool overridable(const std::string& key) {
    if (key.rfind("topology.bolts.", 0) == 0) return true; // windowing keys
    for (const char* k : kComponentOverridable)
        if (key == k) return true;
    return false;
}

void checkComponentConfig(ValidationContext& ctx, const ComponentDef& c, const Config& config) {
    for (const auto& [key, value] : config)
        if (stormKey(key) && !overridable(key))
            ctx.warning(c.location,
                        "'" + key + "' in the config of " + describeComponent(c) +
                            " is ignored: Storm lets a component override only a few topology.* keys",
                        "set it in the topology config instead");
}

} // namespace

void validateConfig(ValidationContext& ctx) {
    checkTopologyConfig(ctx);
    for (const auto* list : {&ctx.spec.spouts, &ctx.spec.bolts})
        for (const auto& c : *list) {
            checkComponentConfig(ctx, c, c.config);
            if (auto schema = ctx.schemas.find(c.id); schema != ctx.schemas.end())
                checkComponentConfig(ctx, c, schema->second.componentConfig);
        }
}

} // namespace teacup::model
