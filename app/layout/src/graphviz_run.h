// GraphvizRun: one laid-out Graphviz graph with exactly one owner per C handle (the shared
// context, the graph, its layout) and the process-wide lock and message capture around them.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include <graphviz/gvc.h>

#include <teacup/common/result.h>

namespace teacup::layout {

// Holds the library-wide Graphviz mutex for its whole life and routes every Graphviz message
// (errors and warnings, which cgraph prints to stderr by default) into a buffer instead.
// Restores the previous error callback and level when destroyed. One at a time per process.
class GraphvizMessages {
public:
    GraphvizMessages();
    ~GraphvizMessages();
    GraphvizMessages(const GraphvizMessages&) = delete;
    GraphvizMessages& operator=(const GraphvizMessages&) = delete;

    // Everything Graphviz reported since the last take(), trimmed, lines joined with "; ".
    std::string take();
    // True when Graphviz reported an error (not just a warning) since construction or the
    // last resetErrors().
    bool hadError() const;
    void resetErrors();

private:
    std::unique_lock<std::mutex> m_lock;
    agusererrf m_previousHandler = nullptr;
    agerrlevel_t m_previousLevel = AGWARN;
};

struct ContextDeleter {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};

// Owns the layout data gvLayout attaches to a graph (it has no handle of its own).
// gvFreeLayout is safe on a graph whose layout failed half-way, so adopt before laying out.
class LayoutOwner {
public:
    LayoutOwner() = default;
    ~LayoutOwner() {
        if (m_graph) gvFreeLayout(m_context, m_graph);
    }
    LayoutOwner(const LayoutOwner&) = delete;
    LayoutOwner& operator=(const LayoutOwner&) = delete;
    void adopt(GVC_t* context, Agraph_t* graph) {
        m_context = context;
        m_graph = graph;
    }

private:
    GVC_t* m_context = nullptr;  // not owned
    Agraph_t* m_graph = nullptr; // not owned
};

// The process's one Graphviz context, created on first use (call with the lock held, i.e.
// inside a GraphvizMessages scope) and freed by its static owner at exit. One context for the
// whole process, not one per call: Graphviz 2.42's pango text-layout plugin caches a pointer
// to the last font name, which lives in the context, so freeing a context and making another
// leaves that cache dangling (AddressSanitizer reports a heap-use-after-free in textspan_size).
GVC_t* sharedContext();

// A parsed and laid-out graph. Create with layOut(); read graph() and render with context().
// Member order is the teardown order, in reverse: the layout is freed first, then the graph,
// and only then are the message handler and lock released (the context outlives them all).
// Not movable, so it lives behind a unique_ptr; drop it before the next Graphviz call on the
// same thread, since it holds the library-wide lock.
class GraphvizRun {
public:
    // Parses `dot` and runs the `dot` layout engine. ErrorCode::Internal with Graphviz's message
    // when parsing or layout fails.
    static Result<std::unique_ptr<GraphvizRun>> layOut(const std::string& dot);

    ~GraphvizRun() = default;
    GraphvizRun(const GraphvizRun&) = delete;
    GraphvizRun& operator=(const GraphvizRun&) = delete;

    GVC_t* context() const { return m_context; }
    Agraph_t* graph() const { return m_graph.get(); }
    GraphvizMessages& messages() { return m_messages; }

private:
    GraphvizRun() = default;

    GraphvizMessages m_messages;
    GVC_t* m_context = nullptr;  // sharedContext(), not owned
    std::unique_ptr<Agraph_t, GraphDeleter> m_graph;
    LayoutOwner m_layout;
};

} // namespace teacup::layout
