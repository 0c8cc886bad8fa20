// A plugin that reports SDK version 999, written by hand instead of with TEACUP_PLUGIN, so
// tests/sdk can check that the loader refuses it with a message naming this .so.
#include <teacup/sdk/plugin.h>

TEACUP_PLUGIN_EXPORT int teacup_plugin_sdk_version() noexcept { return 999; }
TEACUP_PLUGIN_EXPORT const char* teacup_plugin_name() noexcept { return "wrong-version"; }
TEACUP_PLUGIN_EXPORT int teacup_plugin_register(teacup::PluginRegistrar* registrar) noexcept {
    // Never reached: the loader checks the version first. Registering nothing either way.
    (void)registrar;
    return 0;
}
