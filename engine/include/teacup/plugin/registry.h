// The component classes Teacup can build: engine built-ins plus every plugin loaded from the
// plugin path. It is the model::ComponentCatalog that validation uses and the factory source
// the runtime instantiates tasks from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <teacup/common/result.h>
#include <teacup/model/catalog.h>
#include <teacup/sdk/plugin.h>

namespace teacup::plugin {

struct ComponentClass {
    std::string className;
    model::ClassKind kind = model::ClassKind::Bolt;
    bool basic = false;          // a BasicBolt (auto-anchor, auto-ack)
    ComponentDoc doc;
    std::string origin;          // "built-in" or the plugin's .so path
    SpoutFactory spout;
    BoltFactory bolt;
    BasicBoltFactory basicBolt;
    GroupingFactory grouping;
};

// Load plugins first (single thread), then share it read-only: const methods are safe from
// any thread. It must outlive every Session built from it, because component instances run
// code from the plugins it keeps loaded; plugins are unloaded when it is destroyed.
class Registry final : public model::ComponentCatalog {
public:
    Registry();   // with the engine's built-in classes
    ~Registry() override;
    Registry(const Registry&) = delete;
    Registry& operator=(const Registry&) = delete;

    // Loads one plugin .so. Errors name the file: not loadable, missing entry points, SDK
    // version mismatch, or a register call that failed.
    Status loadPlugin(const std::string& path);
    // Loads every `*.so` in each directory (missing directories are skipped). Returns the
    // errors of plugins that failed; the others stay loaded.
    std::vector<Error> loadDirectories(const std::vector<std::string>& dirs);

    const ComponentClass* find(const std::string& className) const;
    const std::vector<ComponentClass>& classes() const { return m_classes; }
    // Warnings gathered while loading (duplicate classNames).
    const std::vector<std::string>& warnings() const { return m_warnings; }

    // model::ComponentCatalog
    std::optional<model::ClassKind> classKind(const std::string& className) const override;
    Result<model::ComponentSchema> describe(const model::ComponentDef& def) const override;
    std::vector<std::string> classNames() const override;

    // Adds one class; used by the loader and by tests that register classes in-process.
    void add(ComponentClass cls);

private:
    struct Library;
    std::vector<ComponentClass> m_classes;
    std::vector<std::string> m_warnings;
    std::vector<std::unique_ptr<Library>> m_libraries;
};

// The built-in plugin directory (`<executable dir>/../lib/teacup/plugins`) followed by the
// entries of TEACUP_PLUGIN_PATH (colon separated), then `extra`.
std::vector<std::string> pluginSearchPath(const std::vector<std::string>& extra = {});

// ComponentArgs for a component definition (constructorArgs, properties, configMethods).
ComponentArgs makeComponentArgs(const model::ComponentDef& def);

// Storm's MockedSources (`teacup complete --mock`): replaces spout `spoutId` of `spec` by the
// built-in MockSpout, which declares the same streams (from `registry`) and emits `tuples` in
// order, each a map {"stream": id, "values": [...]} with the tuple's index as message id.
// Errors name the spout: no such spout, or its class cannot describe its streams.
Status mockSpout(model::TopologySpec& spec, const Registry& registry, const std::string& spoutId, ValueList tuples);

} // namespace teacup::plugin
