// GraphvizRun and GraphvizMessages: the only code that creates or frees Graphviz handles and
// the only place that touches cgraph's process-wide error state.
#include "graphviz_run.h"

namespace teacup::layout {

namespace {

// Graphviz keeps global state (error handler, plugin tables, a shared string dictionary) and
// some versions are not safe across threads even with separate contexts: one call at a time.
std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

// Written only while graphvizMutex() is held.
std::string& capturedText() {
    static std::string text;
    return text;
}

// cgraph hands a message over in pieces ("Error", ": ", "text\n"); keep them all.
int captureMessage(char* text) {
    if (text) capturedText() += text;
    return 0;
}

std::string tidy(const std::string& raw) {
    std::string out;
    std::string line;
    auto flush = [&] {
        const auto first = line.find_first_not_of(" \t");
        if (first != std::string::npos) {
            if (!out.empty()) out += "; ";
            out += line.substr(first, line.find_last_not_of(" \t") - first + 1);
        }
        line.clear();
    };
    for (char c : raw) {
        if (c == '\n') flush();
        else line += c;
    }
    flush();
    return out;
}

} // namespace

GraphvizMessages::GraphvizMessages() : m_lock(graphvizMutex()) {
    capturedText().clear();
    m_previousHandler = agseterrf(captureMessage);
    m_previousLevel = agseterr(AGWARN);  // warnings reach the handler too, not a temp file
    agreseterrors();
}

GraphvizMessages::~GraphvizMessages() {
    agseterr(m_previousLevel);
    agseterrf(m_previousHandler);
    capturedText().clear();
}

std::string GraphvizMessages::take() {
    std::string out = tidy(capturedText());
    capturedText().clear();
    return out;
}

bool GraphvizMessages::hadError() const { return agerrors() >= AGERR; }

void GraphvizMessages::resetErrors() { agreseterrors(); }

GVC_t* sharedContext() {
    static const std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
    return context.get();
}

Result<std::unique_ptr<GraphvizRun>> GraphvizRun::layOut(const std::string& dot) {
    std::unique_ptr<GraphvizRun> run(new GraphvizRun());
    run->m_context = sharedContext();
    if (!run->m_context)
        return makeError(ErrorCode::Internal, "Graphviz could not create a context: " + run->m_messages.take());
    run->m_graph.reset(agmemread(dot.c_str()));
    if (!run->m_graph)
        return makeError(ErrorCode::Internal,
                         "Graphviz could not parse the generated DOT text (a Teacup bug): " + run->m_messages.take());
    run->m_layout.adopt(run->context(), run->graph());
    if (gvLayout(run->context(), run->graph(), "dot") != 0)
        return makeError(ErrorCode::Internal, "Graphviz 'dot' layout failed: " + run->m_messages.take());
    run->m_messages.take();  // layout warnings (e.g. missing fonts) are not the caller's problem
    run->m_messages.resetErrors();
    return run;
}

} // namespace teacup::layout
