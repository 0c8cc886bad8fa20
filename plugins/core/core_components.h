// The whole core pack in one call: registers every component, grouping and alias of
// plugins/core on a registrar. The plugin entry point and the tests both use it.
#pragma once

#include <teacup/sdk/plugin.h>

namespace teacup::core {

void registerCoreComponents(PluginRegistrar& registrar);

} // namespace teacup::core
