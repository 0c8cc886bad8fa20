// computeLayout: reads node centres, sizes and edge splines out of a `dot` layout and turns
// them into plain values in top-left-origin points for the studio canvas.
#include <teacup/layout/graph_layout.h>

#include <algorithm>

#include <teacup/layout/dot_writer.h>

#include "graphviz_run.h"
#include "node_order.h"

namespace teacup::layout {

namespace {

constexpr double kPointsPerInch = 72.0;

// Graphviz's y axis points up from the bottom of the bounding box; the canvas's points down
// from its top-left corner.
struct Flip {
    double left = 0;
    double top = 0;
    std::pair<double, double> operator()(pointf p) const { return {p.x - left, top - p.y}; }
};

NodeLayout readNode(Agnode_t* node, const std::string& id, const Flip& flip) {
    const auto [x, y] = flip(ND_coord(node));
    return NodeLayout{id, x, y, ND_width(node) * kPointsPerInch, ND_height(node) * kPointsPerInch};
}

std::vector<std::pair<double, double>> readSpline(Agedge_t* edge, const Flip& flip) {
    std::vector<std::pair<double, double>> points;
    const splines* spl = ED_spl(edge);
    if (!spl || spl->size < 1) return points;
    const bezier& curve = spl->list[0];
    for (int i = 0; i < curve.size; ++i)
        points.push_back(flip(curve.list[i]));
    if (curve.eflag) points.push_back(flip(curve.ep));
    return points;
}

// Nodes and edges come back in creation order: nodeOrder(spec) and spec.streams' order.
std::vector<Agedge_t*> edgesInCreationOrder(Agraph_t* graph) {
    std::vector<Agedge_t*> edges;
    for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n))
        for (Agedge_t* e = agfstout(graph, n); e; e = agnxtout(graph, e))
            edges.push_back(e);
    std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
    return edges;
}

// Graphviz never drops or invents nodes or edges; if it did, positions would be misattributed.
Error countMismatch(std::size_t nodes, std::size_t edges, std::size_t components, std::size_t streams) {
    return makeError(ErrorCode::Internal, "Graphviz returned " + std::to_string(nodes) + " nodes and " +
                                              std::to_string(edges) + " edges for " + std::to_string(components) +
                                              " components and " + std::to_string(streams) + " streams");
}

} // namespace

Result<GraphLayout> computeLayout(const model::TopologySpec& spec) {
    auto run = GraphvizRun::layOut(toDot(spec));
    if (!run) return run.error();
    Agraph_t* graph = (*run)->graph();

    const boxf box = GD_bb(graph);
    const Flip flip{box.LL.x, box.UR.y};
    GraphLayout layout;
    layout.width = box.UR.x - box.LL.x;
    layout.height = box.UR.y - box.LL.y;
    const auto ids = nodeOrder(spec);
    std::size_t index = 0;
    for (Agnode_t* n = agfstnode(graph); n && index < ids.size(); n = agnxtnode(graph, n))
        layout.nodes.push_back(readNode(n, ids[index++], flip));

    const auto edges = edgesInCreationOrder(graph);
    if (layout.nodes.size() != ids.size() || edges.size() != spec.streams.size())
        return countMismatch(layout.nodes.size(), edges.size(), ids.size(), spec.streams.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto& stream = spec.streams[i];
        layout.edges.push_back(EdgeLayout{stream.from, stream.to, edgeLabel(stream), readSpline(edges[i], flip)});
    }
    return layout;
}

} // namespace teacup::layout
