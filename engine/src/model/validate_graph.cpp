// Validation of the shape of the graph: cycles among bolts (Teacup requires a DAG, unlike
// Storm), bolts without input (Flux drops them) and repeated subscriptions.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "model/validation_context.h"

namespace teacup::model {

namespace {

// Bolt-to-bolt edges in file order; the stream is kept to place the diagnostic.
struct Edge {
    std::string to;
    const StreamDef* stream;
};

std::map<std::string, std::vector<Edge>> boltEdges(const TopologySpec& spec) {
    std::map<std::string, std::vector<Edge>> edges;
    for (const auto& s : spec.streams) {
        const ComponentDef* from = spec.findComponent(s.from);
        const ComponentDef* to = spec.findComponent(s.to);
        if (from && to && from->kind == ComponentKind::Bolt && to->kind == ComponentKind::Bolt)
            edges[s.from].push_back({s.to, &s});
    }
    return edges;
}

// Depth-first search with colours; each back edge closes one cycle, reported once per
// set of bolts so a tangle does not flood the output.
class CycleFinder {
public:
    CycleFinder(ValidationContext& ctx) : m_ctx(ctx), m_edges(boltEdges(ctx.spec)) {}

    void run() {
        for (const auto& b : m_ctx.spec.bolts)
            if (m_state[b.id] == State::New) visit(b.id);
    }

private:
    enum class State { New, OnPath, Done };

    void visit(const std::string& id) {
        m_state[id] = State::OnPath;
        m_path.push_back(id);
        for (const auto& e : m_edges[id]) {
            State st = m_state[e.to];
            if (st == State::New) visit(e.to);
            else if (st == State::OnPath) report(e);
        }
        m_path.pop_back();
        m_state[id] = State::Done;
    }

    void report(const Edge& closing) {
        auto start = std::find(m_path.begin(), m_path.end(), closing.to);
        std::vector<std::string> cycle(start, m_path.end());
        std::set<std::string> members(cycle.begin(), cycle.end());
        if (!m_reported.insert(members).second) return;
        std::string path;
        for (const auto& id : cycle) path += id + " \u2192 ";
        path += closing.to;
        m_ctx.error(closing.stream->location, "cycle among bolts: " + path,
                    "Teacup needs the bolts to form a DAG (tuple trees must end); remove one of these streams");
    }

    ValidationContext& m_ctx;
    std::map<std::string, std::vector<Edge>> m_edges;
    std::map<std::string, State> m_state;
    std::vector<std::string> m_path;
    std::set<std::set<std::string>> m_reported;
};

void checkInputs(ValidationContext& ctx) {
    std::set<std::string> targets;
    for (const auto& s : ctx.spec.streams) targets.insert(s.to);
    for (const auto& b : ctx.spec.bolts)
        if (!b.id.empty() && !targets.count(b.id))
            ctx.warning(b.location, "bolt '" + b.id + "' has no input stream; Flux drops a bolt with no input stream",
                        "add a stream with to: " + b.id + ", or remove the bolt");
}

void checkRepeatedSubscriptions(ValidationContext& ctx) {
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (const auto& s : ctx.spec.streams)
        if (!seen.emplace(s.from, s.to, s.grouping.streamId).second)
            ctx.warning(
                s.location,
                "stream " + s.from + " -> " + s.to + " on '" + s.grouping.streamId +
                    "' is given twice; the later grouping replaces the earlier one, as Storm's TopologyBuilder does",
                "remove one of the two streams");
}

} // namespace

void validateGraph(ValidationContext& ctx) {
    CycleFinder(ctx).run();
    checkInputs(ctx);
    checkRepeatedSubscriptions(ctx);
}

} // namespace teacup::model
