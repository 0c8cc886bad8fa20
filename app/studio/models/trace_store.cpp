// TraceStore: builds tuple trees from Emit/Execute/Ack/Fail/Timeout events (see trace_store.h).
#include "models/trace_store.h"

#include <algorithm>

namespace teacup::studio {

QString rootStateName(RootState state) {
    switch (state) {
    case RootState::Pending: return QStringLiteral("pending");
    case RootState::Acked: return QStringLiteral("acked");
    case RootState::Failed: return QStringLiteral("failed");
    case RootState::TimedOut: return QStringLiteral("timed out");
    }
    return {};
}

QString tupleStateName(TupleState state) {
    switch (state) {
    case TupleState::Pending: return QStringLiteral("pending");
    case TupleState::Acked: return QStringLiteral("acked");
    case TupleState::Failed: return QStringLiteral("failed");
    }
    return {};
}

TraceStore::TraceStore(QObject* parent, int maxRoots) : QObject(parent), m_maxRoots(std::max(1, maxRoots)) {}

void TraceStore::setTasks(const QHash<QString, QList<int>>& tasksByComponent) {
    m_componentOfTask.clear();
    for (auto it = tasksByComponent.constBegin(); it != tasksByComponent.constEnd(); ++it)
        for (int t : it.value()) m_componentOfTask.insert(t, it.key());
}

void TraceStore::clear() {
    m_firstSeq += m_roots.size();
    m_roots.clear();
    m_seqOfRoot.clear();
    m_tuples.clear();
    Q_EMIT cleared();
}

const TraceRoot* TraceStore::rootAt(std::uint64_t seq) const {
    if (seq < m_firstSeq || seq >= endSeq()) return nullptr;
    return &m_roots[static_cast<std::size_t>(seq - m_firstSeq)];
}

const TraceRoot* TraceStore::root(std::uint64_t rootId) const { return rootAt(seqOf(rootId)); }

std::uint64_t TraceStore::seqOf(std::uint64_t rootId) const {
    auto it = m_seqOfRoot.find(rootId);
    return it == m_seqOfRoot.end() ? endSeq() : it->second;
}

const TraceTuple* TraceStore::tuple(std::uint64_t tupleId) const {
    auto it = m_tuples.find(tupleId);
    return it == m_tuples.end() ? nullptr : &it->second;
}

void TraceStore::append(const QVector<trace::TraceEvent>& batch) {
    TraceChanges changes;
    for (const auto& e : batch) {
        switch (e.kind) {
        case trace::EventKind::Emit: onEmit(e, changes); break;
        case trace::EventKind::Execute:
        case trace::EventKind::Ack:
        case trace::EventKind::Fail:
            if (e.tupleId != 0)
                onTupleEvent(e, changes);
            else if (e.kind != trace::EventKind::Execute)
                onRootEnd(e, e.kind == trace::EventKind::Ack ? RootState::Acked : RootState::Failed, changes);
            break;
        case trace::EventKind::Timeout: onRootEnd(e, RootState::TimedOut, changes); break;
        default: break;
        }
    }
    while (static_cast<int>(m_roots.size()) > m_maxRoots) evictOldest(changes);
    if (changes.addedRoots || changes.evictedRoots || !changes.changedRoots.empty() || !changes.addedNodes.empty() ||
        !changes.changedTuples.empty())
        Q_EMIT changed(changes);
}

void TraceStore::onEmit(const trace::TraceEvent& e, TraceChanges& changes) {
    if (e.roots.empty()) return; // untracked tuple: in no tree
    TraceTuple t;
    t.tupleId = e.tupleId;
    t.task = e.task;
    t.component = componentOfTask(e.task);
    t.stream = QString::fromStdString(e.stream);
    t.values = e.values;
    t.anchors = e.anchors;
    t.targets = e.targets;
    t.emitNanos = e.timeNanos;
    const bool spoutRoot = e.anchors.empty();
    std::vector<std::uint64_t> roots = e.roots;
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    for (std::uint64_t r : roots) {
        if (spoutRoot && m_seqOfRoot.find(r) == m_seqOfRoot.end()) {
            TraceRoot root;
            root.rootId = r;
            root.tupleId = e.tupleId;
            root.spoutTask = e.task;
            root.component = t.component;
            root.stream = t.stream;
            root.messageId = e.messageId;
            root.values = e.values;
            root.emitNanos = e.timeNanos;
            m_seqOfRoot[r] = endSeq();
            m_roots.push_back(std::move(root));
            ++changes.addedRoots;
        }
        auto it = m_seqOfRoot.find(r);
        if (it == m_seqOfRoot.end()) continue; // the root was evicted (or never seen)
        auto& root = m_roots[static_cast<std::size_t>(it->second - m_firstSeq)];
        std::uint64_t parent = 0;
        for (std::uint64_t a : e.anchors) {
            const bool inTree =
                std::any_of(root.nodes.begin(), root.nodes.end(), [a](const auto& n) { return n.first == a; });
            if (inTree) {
                parent = a;
                break;
            }
        }
        if (parent == 0 && !root.nodes.empty()) parent = root.tupleId;
        root.nodes.emplace_back(e.tupleId, parent);
        ++t.refs;
        changes.addedNodes.emplace_back(r, e.tupleId);
    }
    if (t.refs > 0) m_tuples[e.tupleId] = std::move(t);
}

void TraceStore::onTupleEvent(const trace::TraceEvent& e, TraceChanges& changes) {
    auto it = m_tuples.find(e.tupleId);
    if (it == m_tuples.end()) return;
    if (e.kind == trace::EventKind::Execute)
        ++it->second.executed;
    else if (e.kind == trace::EventKind::Ack)
        ++it->second.acked;
    else
        ++it->second.failed;
    changes.changedTuples.push_back(e.tupleId);
}

void TraceStore::onRootEnd(const trace::TraceEvent& e, RootState state, TraceChanges& changes) {
    if (e.roots.empty()) return;
    auto it = m_seqOfRoot.find(e.roots.front());
    if (it == m_seqOfRoot.end()) return;
    auto& root = m_roots[static_cast<std::size_t>(it->second - m_firstSeq)];
    root.state = state;
    root.endNanos = e.timeNanos;
    changes.changedRoots.push_back(root.rootId);
}

void TraceStore::evictOldest(TraceChanges& changes) {
    auto& root = m_roots.front();
    for (const auto& [tupleId, parent] : root.nodes) {
        auto it = m_tuples.find(tupleId);
        if (it != m_tuples.end() && --it->second.refs <= 0) m_tuples.erase(it);
    }
    m_seqOfRoot.erase(root.rootId);
    changes.evictedRootIds.push_back(root.rootId);
    m_roots.pop_front();
    ++m_firstSeq;
    ++changes.evictedRoots;
    if (changes.addedRoots > 0 && static_cast<std::uint64_t>(changes.addedRoots) > m_roots.size())
        changes.addedRoots = static_cast<int>(m_roots.size());
}

} // namespace teacup::studio
