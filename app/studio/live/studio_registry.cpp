// loadStudioRegistry(): the CLI's plugin loading (search path, errors kept as warnings).
#include "live/studio_registry.h"

namespace teacup::studio {

std::shared_ptr<const plugin::Registry> loadStudioRegistry(const std::vector<std::string>& extraDirs,
                                                           QStringList* warnings) {
    auto registry = std::make_shared<plugin::Registry>();
    const auto errors = registry->loadDirectories(plugin::pluginSearchPath(extraDirs));
    if (warnings) {
        for (const auto& e : errors) warnings->push_back(QString::fromStdString(e.message));
        for (const auto& w : registry->warnings()) warnings->push_back(QString::fromStdString(w));
    }
    return registry;
}

} // namespace teacup::studio
