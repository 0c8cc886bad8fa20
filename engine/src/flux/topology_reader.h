// The top level of a Flux file (TopologyDef): name, includes, config, components, spouts,
// bolts, streams, and the keys Teacup refuses or ignores (topologySource, workerHooks).
#pragma once

#include <yaml-cpp/yaml.h>

#include <teacup/model/topology_spec.h>

#include "flux/node_reader.h"

namespace teacup::flux {

// `root` must be a map. In an included file (`isInclude`), nested includes are ignored
// with a warning, as Flux reads includes one level deep.
model::TopologySpec readTopology(NodeReader& reader, const YAML::Node& root, bool isInclude);

} // namespace teacup::flux
