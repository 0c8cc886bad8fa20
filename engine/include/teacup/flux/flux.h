// Reading and writing Flux YAML (Storm's declarative topology format): substitution,
// includes, YAML 1.1 scalars as SnakeYAML reads them, and positions for every diagnostic.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <teacup/common/diagnostics.h>
#include <teacup/model/topology_spec.h>

namespace teacup::flux {

struct LoadOptions {
    // Java .properties file for `${key}` placeholders (Flux --filter).
    std::string filterFile;
    // Substitute `${ENV-NAME}` from the environment (Flux --env-filter).
    bool envFilter = false;
};

// `spec` is set whenever the text parsed as YAML, even with semantic errors, so tools can
// show what they could read; `diagnostics` holds every problem found while loading.
struct LoadResult {
    std::optional<model::TopologySpec> spec;
    Diagnostics diagnostics;
    bool ok() const { return spec.has_value() && !diagnostics.hasErrors(); }
};

// Never throws; a missing or unreadable file is a diagnostic naming the path.
LoadResult loadFile(const std::string& path, const LoadOptions& options = {});
// `displayName` is used as the file name in diagnostics; includes resolve relative to the
// current directory.
LoadResult loadText(const std::string& text, const std::string& displayName, const LoadOptions& options = {});

// Clean Flux YAML for a model, in Flux's key order. loadText(writeYaml(m)) gives back m.
std::string writeYaml(const model::TopologySpec& spec);

// The shortest YAML text that reads back as the same double, always with a float shape
// (`1000.0`, `.nan`, `-.inf`), as writeYaml writes doubles.
std::string formatYamlDouble(double d);

} // namespace teacup::flux
