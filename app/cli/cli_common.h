// Helpers every `teacup` subcommand shares: loading a topology with its diagnostics printed,
// the plugin registry, value/JSON conversion and duration parsing. Only app/cli prints and
// chooses exit codes.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <teacup/flux/flux.h>
#include <teacup/plugin/registry.h>
#include <teacup/sdk/value.h>

namespace teacup::cli {

enum ExitCode { kOk = 0, kBadInput = 1, kUsage = 2 };

struct LoadFlags {
    std::string filter;
    bool envFilter = false;
};

// Prints diagnostics to stderr; returns the spec only when it loaded without errors.
std::optional<model::TopologySpec> loadTopology(const std::string& path, const LoadFlags& flags);

// Loads plugins from the built-in path, TEACUP_PLUGIN_PATH and `extra`; failures are warnings.
void loadPlugins(plugin::Registry& registry, const std::vector<std::string>& extra);

// `10s`, `500ms`, `2m`, `1.5s`, or a bare number of seconds → nanoseconds.
std::optional<std::int64_t> parseDuration(const std::string& text);

// A --set value: integers, decimals, true/false, null, else the text as a string.
Value parseScalar(const std::string& text);

nlohmann::json toJson(const Value& v);
Value fromJson(const nlohmann::json& j);

void printDiagnostics(const Diagnostics& diagnostics, std::ostream& out);

} // namespace teacup::cli
