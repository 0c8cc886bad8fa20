// The plugin contract: a shared library registers component factories by className and
// reports the SDK version it was built against. Loaded with dlopen by the engine.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/component_args.h>
#include <teacup/sdk/custom_grouping.h>
#include <teacup/sdk/spout.h>

// Bumped whenever a type in teacup/sdk changes layout or a virtual signature. The loader
// refuses a plugin built against another version, naming the .so.
#define TEACUP_SDK_VERSION 2

namespace teacup {

// Factories return nullptr after calling args.refuse(reason) when the arguments do not fit.
using SpoutFactory = std::function<std::unique_ptr<Spout>(const ComponentArgs& args)>;
using BoltFactory = std::function<std::unique_ptr<Bolt>(const ComponentArgs& args)>;
using BasicBoltFactory = std::function<std::unique_ptr<BasicBolt>(const ComponentArgs& args)>;
using GroupingFactory = std::function<std::unique_ptr<CustomStreamGrouping>(const ComponentArgs& args)>;

// A line of documentation shown by `teacup components` and the studio palette.
struct ComponentDoc {
    std::string summary;  // one sentence: what it does
    std::string args;     // constructorArgs / properties it accepts, in Flux terms
    std::string outputs;  // declared streams and fields
};

// Implemented by the engine; valid only during the plugin's register call. Registering a
// className twice keeps the first and reports the second as a warning naming both plugins.
class PluginRegistrar {
public:
    virtual ~PluginRegistrar() = default;
    virtual void registerSpout(const std::string& className, SpoutFactory factory, ComponentDoc doc = {}) = 0;
    virtual void registerBolt(const std::string& className, BoltFactory factory, ComponentDoc doc = {}) = 0;
    virtual void registerBasicBolt(const std::string& className, BasicBoltFactory factory,
                                   ComponentDoc doc = {}) = 0;
    virtual void registerGrouping(const std::string& className, GroupingFactory factory,
                                  ComponentDoc doc = {}) = 0;
};

} // namespace teacup

#define TEACUP_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))

// Defines the two entry points a plugin must export. `NAME` is the pack name (e.g. "core");
// the body registers factories on `registrar` and must not throw.
#define TEACUP_PLUGIN(NAME, registrar)                                                          \
    static void teacupPluginRegister(teacup::PluginRegistrar& registrar);                       \
    TEACUP_PLUGIN_EXPORT int teacup_plugin_sdk_version() noexcept { return TEACUP_SDK_VERSION; } \
    TEACUP_PLUGIN_EXPORT const char* teacup_plugin_name() noexcept { return NAME; }               \
    TEACUP_PLUGIN_EXPORT int teacup_plugin_register(teacup::PluginRegistrar* r) noexcept {       \
        try {                                                                                   \
            teacupPluginRegister(*r);                                                           \
            return 0;                                                                           \
        } catch (...) {                                                                         \
            return 1;                                                                           \
        }                                                                                       \
    }                                                                                           \
    static void teacupPluginRegister(teacup::PluginRegistrar& registrar)
