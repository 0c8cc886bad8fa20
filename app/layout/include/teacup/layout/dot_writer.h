// DOT text for a topology: one node per spout and bolt, one edge per subscription, labelled the
// way Storm users read a topology. Pure text; Graphviz itself is only needed to lay it out.
#pragma once

#include <string>

#include <teacup/model/topology_spec.h>

namespace teacup::layout {

// The topology as a Graphviz `digraph` with rankdir=LR. Spouts are square-cornered orange boxes
// (class "spout" in SVG), bolts rounded blue boxes (class "bolt"); each node's label is
// "id\nShortClassName\n×parallelism" (plus "(N tasks)" when numTasks differs). An edge runs
// from `from` to `to` and is labelled with the stream (when not "default") above the grouping,
// e.g. "FIELDS(word)", "SHUFFLE", "CUSTOM(NGrouping)". A subscription naming a component the
// spec does not define gets a dashed "(missing)" node instead of failing, so a half-edited
// topology still draws. Every id and label is escaped, so any string is safe. Deterministic:
// the same spec always gives the same text. Thread-safe (touches no Graphviz state).
std::string toDot(const model::TopologySpec& spec);

// Edge label text without DOT escaping ("errors\nSHUFFLE"); computeLayout reports it.
std::string edgeLabel(const model::StreamDef& stream);

// The last segment of a Java or C++ class name: "org.apache.storm.Foo" and "teacup::core::Foo"
// both give "Foo". Empty input gives an empty string.
std::string shortClassName(const std::string& className);

} // namespace teacup::layout
