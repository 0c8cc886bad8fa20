// Flux's beans (ObjectDef, BeanDef, SpoutDef/BoltDef, StreamDef, GroupingDef, IncludeDef)
// read from YAML nodes into the model, with the exact key sets Flux accepts.
#pragma once

#include <optional>

#include <yaml-cpp/yaml.h>

#include <teacup/model/topology_spec.h>

#include "flux/node_reader.h"

namespace teacup::flux {

// `index` is the 0-based place in its list, used to name an entry that has no id.
// Each returns nullopt (after an error) only when the item is not a map at all.
std::optional<model::BeanDef> readBean(NodeReader& reader, const YAML::Node& item, std::size_t index);
std::optional<model::ComponentDef> readComponent(NodeReader& reader, const YAML::Node& item, model::ComponentKind kind,
                                                 std::size_t index);
std::optional<model::StreamDef> readStream(NodeReader& reader, const YAML::Node& item, std::size_t index);
std::optional<model::IncludeDef> readInclude(NodeReader& reader, const YAML::Node& item, std::size_t index);

} // namespace teacup::flux
