// The topology as a user wrote it (Flux YAML's model): components, subscriptions, config,
// with the source position of every part for diagnostics. No runtime state lives here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <teacup/common/diagnostics.h>
#include <teacup/sdk/component_args.h>
#include <teacup/sdk/config.h>
#include <teacup/sdk/topology_context.h>

namespace teacup::model {

// A Flux object definition (className + constructorArgs + properties + configMethods).
// `ref`/`reflist` arguments stay as one-key maps ({ref: id}) until a consumer resolves them.
struct ObjectDef {
    std::string className;
    ValueList constructorArgs;
    std::vector<std::pair<std::string, Value>> properties;
    std::vector<ConfigMethodCall> configMethods;
    std::string factory;      // Flux `factory` (static factory method), rarely used
    ValueList factoryArgs;
    SourceLocation location;  // of the `className` value (of the map when there is none)
};

// An entry of Flux `components`: a named object other definitions can reference.
struct BeanDef {
    std::string id;
    ObjectDef object;
    SourceLocation location;
};

enum class ComponentKind { Spout, Bolt };

// A spout or bolt (Flux VertexDef).
struct ComponentDef {
    std::string id;
    ComponentKind kind = ComponentKind::Bolt;
    ObjectDef object;
    int parallelism = 1;                 // executors (Storm's parallelism hint)
    std::optional<int> numTasks;         // Flux numTasks; unset means = parallelism
    Config config;                       // per-component config (Flux `config:`)
    SourceLocation location;             // of the `id` value (of the map when there is none)
    SourceLocation parallelismLocation;
};

struct GroupingDef {
    GroupingType type = GroupingType::Shuffle;
    std::string streamId = "default";
    std::vector<std::string> fields;     // Flux `args`
    std::optional<ObjectDef> customClass;
    SourceLocation location;             // of `type`
    SourceLocation fieldsLocation;       // of `args`
};

// One subscription: bolt `to` reads stream `grouping.streamId` of `from`.
struct StreamDef {
    std::string name;  // optional label, unused by the runtime
    std::string from;
    std::string to;
    GroupingDef grouping;
    SourceLocation location;      // of the list item
    SourceLocation fromLocation;
    SourceLocation toLocation;
};

struct IncludeDef {
    bool resource = false;
    std::string file;
    bool override = false;
    SourceLocation location;
};

struct TopologySpec {
    std::string name;
    Config config;
    std::vector<BeanDef> components;
    std::vector<ComponentDef> spouts;
    std::vector<ComponentDef> bolts;
    std::vector<StreamDef> streams;
    std::vector<IncludeDef> includes;
    std::string sourceFile;  // where it was loaded from; empty when built in code
    SourceLocation nameLocation;
    // Position of each config value (for diagnostics on bad values), in file order; after
    // includes a key may appear twice, and the last entry is the one in effect.
    std::vector<std::pair<std::string, SourceLocation>> configLocations;

    const ComponentDef* findComponent(const std::string& id) const {
        for (const auto& c : spouts)
            if (c.id == id) return &c;
        for (const auto& c : bolts)
            if (c.id == id) return &c;
        return nullptr;
    }
    ComponentDef* findComponent(const std::string& id) {
        return const_cast<ComponentDef*>(static_cast<const TopologySpec*>(this)->findComponent(id));
    }
};

// Flux grouping type names (SHUFFLE, FIELDS, ...); PARTIAL_KEY is Teacup's addition.
const char* groupingTypeName(GroupingType type);
std::optional<GroupingType> parseGroupingType(const std::string& name);

} // namespace teacup::model
