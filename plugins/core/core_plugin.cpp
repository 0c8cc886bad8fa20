// The core pack's plugin entry points (teacup_plugin_sdk_version, _name, _register); the
// only translation unit of libteacup-core.so that is not also compiled into the tests.
#include <teacup/sdk/plugin.h>

#include "core_components.h"

TEACUP_PLUGIN("core", registrar) { teacup::core::registerCoreComponents(registrar); }
