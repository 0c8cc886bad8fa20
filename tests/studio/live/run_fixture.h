// Helpers shared by the live tests: load a topology file, the studio registry, and wait for a
// RunController to reach a state (QTRY_ on the worker's signals, never a sleep).
#pragma once

#include <memory>
#include <string>

#include <QTest>

#include <teacup/flux/flux.h>

#include "live/run_controller.h"
#include "live/studio_registry.h"

namespace teacup::studio::testing {

inline std::shared_ptr<const plugin::Registry> sharedRegistry() {
    static std::shared_ptr<const plugin::Registry> registry = loadStudioRegistry();
    return registry;
}

inline model::TopologySpec loadSpec(const std::string& path) {
    auto loaded = flux::loadFile(path);
    if (!loaded.ok()) qFatal("cannot load %s", path.c_str());
    return *loaded.spec;
}

inline runtime::SessionOptions simulatedOptions(std::uint64_t seed) {
    runtime::SessionOptions o;
    o.scheduler = runtime::SchedulerKind::Simulated;
    o.seed = seed;
    return o;
}

} // namespace teacup::studio::testing
