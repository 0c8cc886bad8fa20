// dlopen-based plugin loading: one RAII owner per handle, SDK version check, and a
// registrar that tags every class with the .so it came from.
#include <teacup/plugin/registry.h>

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>

#include "plugin/builtins.h"

namespace teacup::plugin {

struct Registry::Library {
    void* handle = nullptr;
    std::string path;
    ~Library() {
        if (handle) dlclose(handle);
    }
};

Registry::Registry() { registerBuiltins(*this); }

namespace {

class Registrar final : public PluginRegistrar {
public:
    Registrar(Registry& registry, std::string origin) : m_registry(registry), m_origin(std::move(origin)) {}
    void registerSpout(const std::string& name, SpoutFactory f, ComponentDoc doc) override {
        ComponentClass c = base(name, model::ClassKind::Spout, std::move(doc));
        c.spout = std::move(f);
        m_registry.add(std::move(c));
    }
    void registerBolt(const std::string& name, BoltFactory f, ComponentDoc doc) override {
        ComponentClass c = base(name, model::ClassKind::Bolt, std::move(doc));
        c.bolt = std::move(f);
        m_registry.add(std::move(c));
    }
    void registerBasicBolt(const std::string& name, BasicBoltFactory f, ComponentDoc doc) override {
        ComponentClass c = base(name, model::ClassKind::Bolt, std::move(doc));
        c.basic = true;
        c.basicBolt = std::move(f);
        m_registry.add(std::move(c));
    }
    void registerGrouping(const std::string& name, GroupingFactory f, ComponentDoc doc) override {
        ComponentClass c = base(name, model::ClassKind::Grouping, std::move(doc));
        c.grouping = std::move(f);
        m_registry.add(std::move(c));
    }

private:
    ComponentClass base(const std::string& name, model::ClassKind kind, ComponentDoc doc) const {
        ComponentClass c;
        c.className = name;
        c.kind = kind;
        c.doc = std::move(doc);
        c.origin = m_origin;
        return c;
    }
    Registry& m_registry;
    std::string m_origin;
};

} // namespace

Status Registry::loadPlugin(const std::string& path) {
    for (const auto& lib : m_libraries)
        if (lib->path == path) return {};
    auto lib = std::make_unique<Library>();
    lib->path = path;
    lib->handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!lib->handle) {
        const char* why = dlerror();
        return makeError(ErrorCode::Plugin, path + ": cannot load plugin: " + (why ? why : "unknown error"));
    }
    using VersionFn = int (*)();
    using RegisterFn = int (*)(PluginRegistrar*);
    auto version = reinterpret_cast<VersionFn>(dlsym(lib->handle, "teacup_plugin_sdk_version"));
    auto reg = reinterpret_cast<RegisterFn>(dlsym(lib->handle, "teacup_plugin_register"));
    if (!version || !reg)
        return makeError(ErrorCode::Plugin, path + ": not a Teacup plugin (teacup_plugin_sdk_version or "
                                                   "teacup_plugin_register missing; use the TEACUP_PLUGIN macro)");
    if (version() != TEACUP_SDK_VERSION)
        return makeError(ErrorCode::Plugin, path + ": built against SDK version " + std::to_string(version()) +
                                                ", this Teacup has SDK version " +
                                                std::to_string(TEACUP_SDK_VERSION) + "; rebuild the plugin");
    Registrar registrar(*this, path);
    if (reg(&registrar) != 0)
        return makeError(ErrorCode::Plugin, path + ": the plugin's register function failed");
    m_libraries.push_back(std::move(lib));
    return {};
}

std::vector<Error> Registry::loadDirectories(const std::vector<std::string>& dirs) {
    std::vector<Error> errors;
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) continue;
        std::vector<std::string> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
            if (entry.path().extension() == ".so") files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());  // deterministic order → deterministic "first wins"
        for (const auto& f : files)
            if (auto st = loadPlugin(f); !st.ok()) errors.push_back(st.error());
    }
    return errors;
}

Registry::~Registry() {
    // Factories hold code from the libraries: drop them before the libraries unload.
    m_classes.clear();
    m_libraries.clear();
}

} // namespace teacup::plugin
