// The studio's plugin registry: engine built-ins plus every plugin on the search path, loaded
// the way the `teacup` CLI loads them (plugin::pluginSearchPath), ready to share read-only.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <QStringList>

#include <teacup/plugin/registry.h>

namespace teacup::studio {

// Loads plugins from the built-in folder, TEACUP_PLUGIN_PATH and `extraDirs`. Plugins that fail
// to load are skipped; their messages (and duplicate-class warnings) go to `warnings`.
// Call on the GUI thread before any run; the registry must outlive every RunController using it.
std::shared_ptr<const plugin::Registry> loadStudioRegistry(const std::vector<std::string>& extraDirs = {},
                                                           QStringList* warnings = nullptr);

} // namespace teacup::studio
