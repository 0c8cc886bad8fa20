// What validation needs to know about component classes, without knowing where they come
// from (plugins, built-ins, shell wrappers): the plugin registry implements it, tests fake it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <teacup/common/result.h>
#include <teacup/model/topology_spec.h>
#include <teacup/sdk/config.h>
#include <teacup/sdk/fields.h>

namespace teacup::model {

struct DeclaredStream {
    std::string id;
    bool direct = false;
    Fields fields;
};

// The output schema and component configuration of one component instance.
struct ComponentSchema {
    std::vector<DeclaredStream> streams;
    Config componentConfig;
    // Problems the component reported while declaring (duplicate stream, `__` stream id...).
    std::vector<std::string> declareErrors;

    const DeclaredStream* findStream(const std::string& id) const {
        for (const auto& s : streams)
            if (s.id == id) return &s;
        return nullptr;
    }
};

enum class ClassKind { Spout, Bolt, Grouping };

// Thread-compatible: const methods may be called from any thread once loading is done.
class ComponentCatalog {
public:
    virtual ~ComponentCatalog() = default;
    // Kind of a registered class, or nullopt when no plugin registers it.
    virtual std::optional<ClassKind> classKind(const std::string& className) const = 0;
    // Builds one instance of `def` with its arguments to learn its streams. An Error carries
    // the factory's refusal message (the caller adds the YAML position).
    virtual Result<ComponentSchema> describe(const ComponentDef& def) const = 0;
    // Every registered className, for "did you mean" hints and the studio palette.
    virtual std::vector<std::string> classNames() const = 0;
};

// Every problem in `spec` at once: structure (unknown components, streams, fields, cycles,
// parallelism, ids) and classes (unknown, wrong kind, Java-only, refused arguments).
Diagnostics validateTopology(const TopologySpec& spec, const ComponentCatalog& catalog);

} // namespace teacup::model
