// The order toDot declares nodes in, shared privately with computeLayout so positions are
// matched to component ids by position rather than by parsing names back out of Graphviz.
#pragma once

#include <string>
#include <vector>

#include <teacup/model/topology_spec.h>

namespace teacup::layout {

// Spouts, then bolts, then ids that streams name but the spec does not define (first use
// order). Each id appears once. Graphviz hands nodes back in this (creation) order.
std::vector<std::string> nodeOrder(const model::TopologySpec& spec);

} // namespace teacup::layout
