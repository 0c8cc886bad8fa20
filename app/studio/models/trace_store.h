// TraceStore: the tuple trees of a run rebuilt from trace events: every spout root (its
// message id, values, ack state and complete latency) and every tuple anchored to it. The
// source the tuple-tree models read; bounded by a maximum number of roots kept.
#pragma once

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <utility>
#include <vector>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVector>

#include <teacup/trace/trace_event.h>

namespace teacup::studio {

enum class RootState { Pending, Acked, Failed, TimedOut };
enum class TupleState { Pending, Acked, Failed };

QString rootStateName(RootState state);   // "pending", "acked", "failed", "timed out"
QString tupleStateName(TupleState state); // "pending", "acked", "failed"

// One spout tuple that started a tree (Storm's root / message id).
struct TraceRoot {
    std::uint64_t rootId = 0;
    std::uint64_t tupleId = 0; // trace id of the spout tuple (the tree's top node)
    int spoutTask = 0;
    QString component;
    QString stream;
    Value messageId;
    Values values;
    std::int64_t emitNanos = 0;
    std::int64_t endNanos = -1; // when acked, failed or timed out
    RootState state = RootState::Pending;
    // The tree: tuples in emission order with the tuple they hang under (0 for the top node).
    std::vector<std::pair<std::uint64_t, std::uint64_t>> nodes;

    double completeLatencyMs() const { return endNanos < 0 ? -1.0 : static_cast<double>(endNanos - emitNanos) / 1e6; }
};

// One emitted tuple belonging to at least one kept root.
struct TraceTuple {
    std::uint64_t tupleId = 0;
    int task = 0;
    QString component;
    QString stream;
    Values values;
    std::vector<std::uint64_t> anchors;
    std::vector<int> targets;
    std::int64_t emitNanos = 0;
    int executed = 0;
    int acked = 0;
    int failed = 0;
    int refs = 0; // kept roots whose tree holds it

    // Failed when any receiver failed it, acked once every receiver acked it.
    TupleState state() const {
        if (failed > 0) return TupleState::Failed;
        return acked >= static_cast<int>(targets.size()) ? TupleState::Acked : TupleState::Pending;
    }
};

// What one append() changed, in the order it happened; models turn it into row signals.
struct TraceChanges {
    int evictedRoots = 0; // removed from the front
    int addedRoots = 0;   // appended at the back
    std::vector<std::uint64_t> evictedRootIds;
    std::vector<std::uint64_t> changedRoots;                         // state changed (root ids)
    std::vector<std::pair<std::uint64_t, std::uint64_t>> addedNodes; // (root id, tuple id)
    std::vector<std::uint64_t> changedTuples;                        // executed/acked/failed counts changed
};

// GUI thread only. Feed it RunController::traceEvents batches; read roots by sequence number
// (the n-th root ever seen is sequence n, starting at 0; evicted ones are gone).
class TraceStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMaxRoots = 20'000;
    explicit TraceStore(QObject* parent = nullptr, int maxRoots = kDefaultMaxRoots);

    // Task ids per component id (RunController::started); names the task of each event.
    void setTasks(const QHash<QString, QList<int>>& tasksByComponent);
    QString componentOfTask(int task) const { return m_componentOfTask.value(task); }
    void append(const QVector<trace::TraceEvent>& batch);
    void clear();

    std::uint64_t firstSeq() const { return m_firstSeq; }
    std::uint64_t endSeq() const { return m_firstSeq + m_roots.size(); }
    const TraceRoot* rootAt(std::uint64_t seq) const;
    const TraceRoot* root(std::uint64_t rootId) const;
    // Sequence number of `rootId`, or endSeq() when it is not kept.
    std::uint64_t seqOf(std::uint64_t rootId) const;
    const TraceTuple* tuple(std::uint64_t tupleId) const;

Q_SIGNALS:
    void changed(const teacup::studio::TraceChanges& changes);
    void cleared();

private:
    void onEmit(const trace::TraceEvent& e, TraceChanges& changes);
    void onTupleEvent(const trace::TraceEvent& e, TraceChanges& changes);
    void onRootEnd(const trace::TraceEvent& e, RootState state, TraceChanges& changes);
    void evictOldest(TraceChanges& changes);

    int m_maxRoots;
    QHash<int, QString> m_componentOfTask;
    std::deque<TraceRoot> m_roots;
    std::uint64_t m_firstSeq = 0;
    std::unordered_map<std::uint64_t, std::uint64_t> m_seqOfRoot;
    std::unordered_map<std::uint64_t, TraceTuple> m_tuples;
};

} // namespace teacup::studio
