// Node and edge positions from Graphviz's `dot` layout, for the studio canvas to draw a
// topology without Graphviz. Plain values: the caller owns the result, nothing is cached.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <teacup/common/result.h>
#include <teacup/model/topology_spec.h>

namespace teacup::layout {

// Units are points (1/72 inch, Graphviz's unit). The origin is the top-left corner of the
// graph's bounding box and y grows downward, as in a QGraphicsScene; (x, y) is the centre.
struct NodeLayout {
    std::string id;  // component id (or the id of a "(missing)" node, see toDot)
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

// `points` are the cubic Bézier control points of the edge's spline (1 + 3n points, same
// coordinates as the nodes), followed by the arrow tip when Graphviz draws an arrowhead.
struct EdgeLayout {
    std::string from;
    std::string to;
    std::string label;  // edgeLabel(stream), newlines as '\n'
    std::vector<std::pair<double, double>> points;
};

struct GraphLayout {
    double width = 0;   // bounding box, points
    double height = 0;
    std::vector<NodeLayout> nodes;  // in toDot order: spouts, bolts, then missing ids
    std::vector<EdgeLayout> edges;  // in spec.streams order
};

// Lays out toDot(spec) with `dot` (rankdir=LR, so data flows left to right). An empty
// topology gives an empty layout. ErrorCode::Internal when Graphviz rejects the graph or the
// layout fails, with Graphviz's message. Never prints; safe to call from any thread (Graphviz
// calls are serialised inside the library).
Result<GraphLayout> computeLayout(const model::TopologySpec& spec);

} // namespace teacup::layout
