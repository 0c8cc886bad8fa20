// Registry of component classes: lookup, schema discovery by instantiating a component once,
// and the plugin search path.
#include <teacup/plugin/registry.h>

#include <cstdlib>
#include <filesystem>

#include "plugin/builtins.h"
#include "plugin/schema_declarer.h"

namespace teacup::plugin {


void Registry::add(ComponentClass cls) {
    if (const auto* existing = find(cls.className)) {
        m_warnings.push_back("class '" + cls.className + "' from " + cls.origin + " is already registered by " +
                             existing->origin + "; keeping the first");
        return;
    }
    m_classes.push_back(std::move(cls));
}

const ComponentClass* Registry::find(const std::string& className) const {
    for (const auto& c : m_classes)
        if (c.className == className) return &c;
    return nullptr;
}

std::optional<model::ClassKind> Registry::classKind(const std::string& className) const {
    if (const auto* c = find(className)) return c->kind;
    return std::nullopt;
}

std::vector<std::string> Registry::classNames() const {
    std::vector<std::string> out;
    for (const auto& c : m_classes) out.push_back(c.className);
    return out;
}

ComponentArgs makeComponentArgs(const model::ComponentDef& def) {
    ComponentArgs args;
    args.componentId = def.id;
    args.className = def.object.className;
    args.constructorArgs = def.object.constructorArgs;
    args.properties = def.object.properties;
    args.configMethods = def.object.configMethods;
    return args;
}

namespace {

template <typename Instance> Result<model::ComponentSchema> schemaOf(Instance instance, const ComponentArgs& args) {
    if (!instance) {
        std::string why = args.error().empty() ? "the factory built no instance" : args.error();
        return makeError(ErrorCode::InvalidInput, why);
    }
    SchemaDeclarer declarer;
    instance->declareOutputFields(declarer);
    auto schema = declarer.take();
    schema.componentConfig = instance->componentConfiguration();
    return schema;
}

} // namespace

Result<model::ComponentSchema> Registry::describe(const model::ComponentDef& def) const {
    const ComponentClass* cls = find(def.object.className);
    if (!cls) return makeError(ErrorCode::NotFound, "unknown className '" + def.object.className + "'");
    const ComponentArgs args = makeComponentArgs(def);
    try {
        switch (cls->kind) {
        case model::ClassKind::Spout: return schemaOf(cls->spout(args), args);
        case model::ClassKind::Bolt:
            if (cls->basic) return schemaOf(cls->basicBolt(args), args);
            return schemaOf(cls->bolt(args), args);
        case model::ClassKind::Grouping: break;
        }
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InvalidInput, "constructing " + def.object.className + " threw: " + e.what());
    } catch (...) {
        return makeError(ErrorCode::InvalidInput, "constructing " + def.object.className + " threw");
    }
    return makeError(ErrorCode::InvalidInput, "'" + def.object.className + "' is a grouping, not a spout or bolt");
}

std::vector<std::string> pluginSearchPath(const std::vector<std::string>& extra) {
    std::vector<std::string> dirs;
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) dirs.push_back((exe.parent_path().parent_path() / "lib" / "teacup" / "plugins").string());
    if (const char* env = std::getenv("TEACUP_PLUGIN_PATH")) {
        std::string s(env);
        std::size_t start = 0;
        while (start <= s.size()) {
            auto end = s.find(':', start);
            if (end == std::string::npos) end = s.size();
            if (end > start) dirs.push_back(s.substr(start, end - start));
            start = end + 1;
        }
    }
    dirs.insert(dirs.end(), extra.begin(), extra.end());
    return dirs;
}

} // namespace teacup::plugin
