// Classes compiled into the engine itself (not in a plugin): the mock spout that
// `teacup complete` substitutes for mocked spouts.
#pragma once

#include <teacup/plugin/registry.h>

namespace teacup::plugin {

inline const std::string kMockSpoutClass = "teacup.builtin.MockSpout";

void registerBuiltins(Registry& registry);

} // namespace teacup::plugin
